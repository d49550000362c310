using System.Collections.Generic;
using System.Globalization;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>core validateTopologySpreadConstraints over the settings, in the API server's order; each error carries its PG18xx rule.</summary>
    internal static class TopologySpreadChecks
    {
        public const string MaxSkew = "PG1820", TopologyKey = "PG1821", WhenUnsatisfiable = "PG1822", Repeat = "PG1823", MinDomains = "PG1824", InclusionPolicy = "PG1825", MatchLabelKeys = "PG1826";

        private static readonly string[] Actions = { "DoNotSchedule", "ScheduleAnyway" };
        private static readonly string[] Policies = { "Honor", "Ignore" };

        public const string NotPositiveError = "must be greater than zero";

        private static readonly RuleDescriptor SelectorRule = new(AffinityChecks.Selector, "label selector", RuleSeverity.Error, Categories.Workloads);

        public static List<RuleError> Errors(WorkloadSpec workload)
        {
            var errors = new List<RuleError>();
            var constraints = SettingsView.PodSpec(workload).Items("topologySpreadConstraints");
            for (int i = 0; i < constraints.Count; i++)
            {
                var c = constraints[i];
                long maxSkew = c.Integer("maxSkew") ?? 0;
                if (maxSkew <= 0) Add(c.PathOf("maxSkew"), MaxSkew, c.PathOf("maxSkew") + ": Invalid value: " + K8sText.Value(maxSkew) + ": " + NotPositiveError);
                string key = c.Text("topologyKey") ?? "";
                if (key.Length == 0) Add(c.PathOf("topologyKey"), TopologyKey, c.PathOf("topologyKey") + ": Required value: can not be empty");
                string action = c.Text("whenUnsatisfiable") ?? "";
                if (System.Array.IndexOf(Actions, action) < 0)
                {
                    Add(c.PathOf("whenUnsatisfiable"), WhenUnsatisfiable, c.PathOf("whenUnsatisfiable") + ": Unsupported value: " + K8sText.Quote(action) + ": " + K8sFieldError.SupportedValues(Actions));
                }
                for (int j = i + 1; j < constraints.Count; j++)
                {
                    if ((constraints[j].Text("topologyKey") ?? "") == key && (constraints[j].Text("whenUnsatisfiable") ?? "") == action)
                    {
                        // sic: the pair is named as if it were a field, and reported on the first of the two.
                        string path = c.Path + ".{topologyKey, whenUnsatisfiable}";
                        Add(path, Repeat, path + ": Duplicate value: " + K8sText.Quote("{" + key + ", " + action + "}"));
                        break;
                    }
                }
                if (c.Integer("minDomains") is long minDomains)
                {
                    string path = c.PathOf("minDomains");
                    if (minDomains <= 0) Add(path, MinDomains, path + ": Invalid value: " + K8sText.Value(minDomains) + ": " + NotPositiveError);
                    if (action != "DoNotSchedule") Add(path, MinDomains, path + ": Invalid value: " + K8sText.Value(minDomains) + ": can only use minDomains if whenUnsatisfiable=DoNotSchedule, not " + action);
                }
                foreach (var field in new[] { "nodeAffinityPolicy", "nodeTaintsPolicy" })
                {
                    if (c.Text(field) is { } policy && System.Array.IndexOf(Policies, policy) < 0)
                    {
                        Add(c.PathOf(field), InclusionPolicy, c.PathOf(field) + ": Unsupported value: " + K8sText.Quote(policy) + ": " + K8sFieldError.SupportedValues(Policies));
                    }
                }
                LabelKeys(c);
                var sink = new FindingSink();
                LongTail.ValidateLabelSelector(sink, SelectorRule, c.At("labelSelector"), allowInvalidLabelValue: false);
                foreach (var f in sink.Findings) errors.Add(new RuleError(AffinityChecks.Selector, f.Path, f.Message));
            }
            return errors;

            void Add(string path, string id, string message) => errors.Add(new RuleError(id, path, message));

            // validateMatchLabelKeysInTopologySpread: the keys need a labelSelector, are qualified names, and are not keys of the selector.
            void LabelKeys(SettingsView c)
            {
                var keys = c.Texts("matchLabelKeys");
                if (keys.Count == 0) return;
                var selectorKeys = new HashSet<string>(System.StringComparer.Ordinal);
                var selector = c.At("labelSelector");
                if (selector.Exists)
                {
                    foreach (var k in selector.Keys("matchLabels")) selectorKeys.Add(k);
                    foreach (var e in selector.Items("matchExpressions")) selectorKeys.Add(e.Text("key") ?? "");
                }
                else
                {
                    Add(c.PathOf("matchLabelKeys"), MatchLabelKeys, c.PathOf("matchLabelKeys") + ": Forbidden: must not be specified when labelSelector is not set");
                }
                for (int i = 0; i < keys.Count; i++)
                {
                    string path = c.PathOf("matchLabelKeys[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                    foreach (var msg in K8sFormats.QualifiedName(keys[i])) Add(path, MatchLabelKeys, path + ": Invalid value: " + K8sText.Quote(keys[i]) + ": " + msg);
                    if (selectorKeys.Contains(keys[i])) Add(path, MatchLabelKeys, path + ": Invalid value: " + K8sText.Quote(keys[i]) + ": exists in both matchLabelKeys and labelSelector");
                }
            }
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>One error of a scheduling check, with the ID of the rule that reports it.</summary>
    internal readonly struct RuleError
    {
        public RuleError(string id, string path, string message)
        {
            Id = id;
            Path = path;
            Message = message;
        }

        public string Id { get; }

        public string Path { get; }

        public string Message { get; }

        /// <summary>Reports the errors of <paramref name="rule"/> among <paramref name="errors"/>.</summary>
        public static void ReportMine(IEnumerable<RuleError> errors, RuleDescriptor rule, FindingSink sink)
        {
            foreach (var e in errors)
            {
                if (e.Id == rule.Id) sink.Report(rule, e.Path, e.Message);
            }
        }
    }

    /// <summary>
    /// core validateAffinity over the settings, in the API server's order: validateNodeAffinity (ValidateNodeSelector,
    /// ValidatePreferredSchedulingTerms) and validatePodAffinity / validatePodAntiAffinity (validatePodAffinityTerms,
    /// validateWeightedPodAffinityTerms → validatePodAffinityTerm). Each error carries its PG18xx rule.
    /// </summary>
    internal static class AffinityChecks
    {
        public const string Terms = "PG1810", Requirement = "PG1811", KeysAndValues = "PG1812", Weight = "PG1813", TopologyKey = "PG1814", Namespace = "PG1815", LabelKeys = "PG1816", Selector = "PG1830";

        public static List<RuleError> Errors(WorkloadSpec workload)
        {
            var errors = new List<RuleError>();
            var affinity = SettingsView.PodSpec(workload).At("affinity");
            if (!affinity.Exists) return errors;

            var node = affinity.At("nodeAffinity");
            var required = node.At("requiredDuringSchedulingIgnoredDuringExecution");
            if (required.Exists)
            {
                var terms = required.Items("nodeSelectorTerms");
                if (terms.Count == 0) Add(new K8sFieldError("", K8sErrorType.Required, null, "must have at least one node selector term"), Terms, required.PathOf("nodeSelectorTerms"));
                foreach (var term in terms) NodeSelectorTerm(term, allowInvalidLabelValue: false);
            }
            foreach (var preferred in node.Items("preferredDuringSchedulingIgnoredDuringExecution"))
            {
                WeightOf(preferred);
                NodeSelectorTerm(preferred.At("preference"), allowInvalidLabelValue: true);
            }

            foreach (var kind in new[] { "podAffinity", "podAntiAffinity" })
            {
                var pod = affinity.At(kind);
                foreach (var term in pod.Items("requiredDuringSchedulingIgnoredDuringExecution")) PodAffinityTerm(term);
                foreach (var weighted in pod.Items("preferredDuringSchedulingIgnoredDuringExecution"))
                {
                    WeightOf(weighted);
                    PodAffinityTerm(weighted.At("podAffinityTerm"));
                }
            }
            return errors;

            void Add(K8sFieldError e, string id, string basePath) => errors.Add(new RuleError(id, e.PathUnder(basePath), e.Render(basePath)));

            void WeightOf(SettingsView weighted)
            {
                long weight = weighted.Integer("weight") ?? 0;
                if (weight <= 0 || weight > 100) Add(new K8sFieldError("weight", K8sErrorType.Invalid, weight, "must be in the range 1-100"), Weight, weighted.Path);
            }

            void NodeSelectorTerm(SettingsView term, bool allowInvalidLabelValue)
            {
                foreach (var rq in term.Items("matchExpressions"))
                {
                    string op = rq.Text("operator") ?? "";
                    var values = rq.Texts("values");
                    switch (op)
                    {
                        case "In":
                        case "NotIn":
                            if (values.Count == 0) Add(new K8sFieldError("values", K8sErrorType.Required, null, K8sLabelSelector.InNotInNeedValuesError), Requirement, rq.Path);
                            break;
                        case "Exists":
                        case "DoesNotExist":
                            if (values.Count > 0) Add(new K8sFieldError("values", K8sErrorType.Forbidden, null, K8sLabelSelector.ExistsTakesNoValuesError), Requirement, rq.Path);
                            break;
                        case "Gt":
                        case "Lt":
                            if (values.Count != 1) Add(new K8sFieldError("values", K8sErrorType.Required, null, "must be specified single value when `operator` is 'Lt' or 'Gt'"), Requirement, rq.Path);
                            break;
                        default:
                            Add(new K8sFieldError("operator", K8sErrorType.Invalid, op, K8sLabelSelector.InvalidOperatorError), Requirement, rq.Path);
                            break;
                    }
                    string key = rq.Text("key") ?? "";
                    foreach (var msg in K8sFormats.QualifiedName(key)) Add(new K8sFieldError("key", K8sErrorType.Invalid, key, msg), KeysAndValues, rq.Path);
                    if (allowInvalidLabelValue) continue;
                    for (int k = 0; k < values.Count; k++)
                    {
                        foreach (var msg in K8sFormats.LabelValue(values[k])) Add(new K8sFieldError("values[" + k.ToString(CultureInfo.InvariantCulture) + "]", K8sErrorType.Invalid, values[k], msg), KeysAndValues, rq.Path);
                    }
                }
                foreach (var rq in term.Items("matchFields"))
                {
                    string op = rq.Text("operator") ?? "";
                    var values = rq.Texts("values");
                    if (op == "In" || op == "NotIn")
                    {
                        if (values.Count != 1) Add(new K8sFieldError("values", K8sErrorType.Required, null, "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"), KeysAndValues, rq.Path);
                    }
                    else
                    {
                        Add(new K8sFieldError("operator", K8sErrorType.Invalid, op, K8sLabelSelector.InvalidOperatorError), KeysAndValues, rq.Path);
                    }
                    string key = rq.Text("key") ?? "";
                    if (key != "metadata.name")
                    {
                        Add(new K8sFieldError("key", K8sErrorType.Invalid, key, "not a valid field selector key"), KeysAndValues, rq.Path);
                        continue;
                    }
                    for (int k = 0; k < values.Count; k++)
                    {
                        foreach (var msg in K8sFormats.Dns1123Subdomain(values[k])) Add(new K8sFieldError("values[" + k.ToString(CultureInfo.InvariantCulture) + "]", K8sErrorType.Invalid, values[k], msg), KeysAndValues, rq.Path);
                    }
                }
            }

            void PodAffinityTerm(SettingsView term)
            {
                // ValidatePodAffinityTermSelector: both selectors, label values checked (AllowInvalidLabelValueInSelector is off on create).
                var sink = new FindingSink();
                LongTail.ValidateLabelSelector(sink, SelectorRule, term.At("labelSelector"), allowInvalidLabelValue: false);
                LongTail.ValidateLabelSelector(sink, SelectorRule, term.At("namespaceSelector"), allowInvalidLabelValue: false);
                foreach (var f in sink.Findings) errors.Add(new RuleError(Selector, f.Path, f.Message));
                foreach (var ns in term.Texts("namespaces"))
                {
                    // sic: an entry of namespaces is reported as "namespace", without its index.
                    foreach (var msg in K8sFormats.Dns1123Label(ns)) Add(new K8sFieldError("namespace", K8sErrorType.Invalid, ns, msg), Namespace, term.Path);
                }
                MatchLabelKeys(term);
                string topologyKey = term.Text("topologyKey") ?? "";
                if (topologyKey.Length == 0) Add(new K8sFieldError("topologyKey", K8sErrorType.Required, null, "can not be empty"), TopologyKey, term.Path);
                foreach (var msg in K8sFormats.QualifiedName(topologyKey)) Add(new K8sFieldError("topologyKey", K8sErrorType.Invalid, topologyKey, msg), TopologyKey, term.Path);
            }

            // validateMatchLabelKeysAndMismatchLabelKeys: keys need a labelSelector, are qualified names, and are not in both lists.
            void MatchLabelKeys(SettingsView term)
            {
                bool hasSelector = term.Any("labelSelector");
                var match = term.Texts("matchLabelKeys");
                var mismatch = term.Texts("mismatchLabelKeys");
                foreach (var (field, keys) in new[] { ("matchLabelKeys", match), ("mismatchLabelKeys", mismatch) })
                {
                    if (keys.Count == 0) continue;
                    if (!hasSelector)
                    {
                        Add(new K8sFieldError(field, K8sErrorType.Forbidden, null, "must not be specified when labelSelector is not set"), LabelKeys, term.Path);
                        continue;
                    }
                    for (int i = 0; i < keys.Count; i++)
                    {
                        foreach (var msg in K8sFormats.QualifiedName(keys[i])) Add(new K8sFieldError(field + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", K8sErrorType.Invalid, keys[i], msg), LabelKeys, term.Path);
                    }
                }
                for (int i = 0; i < match.Count; i++)
                {
                    if (mismatch.Contains(match[i])) Add(new K8sFieldError("matchLabelKeys[" + i.ToString(CultureInfo.InvariantCulture) + "]", K8sErrorType.Invalid, match[i], "exists in both matchLabelKeys and mismatchLabelKeys"), LabelKeys, term.Path);
                }
            }
        }

        /// <summary>A stand-in descriptor for the selector errors collected before they are handed to PG1830.</summary>
        private static readonly RuleDescriptor SelectorRule = new(Selector, "label selector", RuleSeverity.Error, Categories.Workloads);
    }
}

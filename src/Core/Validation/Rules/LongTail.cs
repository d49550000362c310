using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>A value printed exactly as given: Go's <c>%#v</c> of a slice or struct, or a placeholder for one that holds pointers.</summary>
    internal sealed class GoValue
    {
        private readonly string _text;

        public GoValue(string text) => _text = text;

        public override string ToString() => _text;

        /// <summary><c>[]string{"a", "b"}</c> (<c>[]string(nil)</c> when absent).</summary>
        public static GoValue Strings(IReadOnlyList<string>? items) => Slice("string", items, K8sText.Quote);

        /// <summary><c>[]int32{3, 1}</c>.</summary>
        public static GoValue Int32s(IReadOnlyList<long>? items) => Slice("int32", items, n => n.ToString(CultureInfo.InvariantCulture));

        /// <summary>An internal intstr.IntOrString value: its String() has a pointer receiver, so %#v prints the struct.</summary>
        public static GoValue IntOrString(IntOrStringValue v) =>
            new GoValue(v.IsString
                ? "intstr.IntOrString{Type:1, IntVal:0, StrVal:" + K8sText.Quote(v.Text) + "}"
                : "intstr.IntOrString{Type:0, IntVal:" + v.Number.ToString(CultureInfo.InvariantCulture) + ", StrVal:\"\"}");

        private static GoValue Slice<T>(string type, IReadOnlyList<T>? items, System.Func<T, string> render)
        {
            if (items is null) return new GoValue("[]" + type + "(nil)");
            var sb = new StringBuilder("[]").Append(type).Append('{');
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(render(items[i]));
            }
            return new GoValue(sb.Append('}').ToString());
        }
    }

    /// <summary>Reading the long tail (<see cref="WorkloadSpec.Settings"/>) the way the API server's validation walks it.</summary>
    internal static class LongTail
    {
        /// <summary>The Job spec's path: <c>spec</c> for a Job, <c>spec.jobTemplate.spec</c> for a CronJob; null for other kinds.</summary>
        public static string? JobSpecPath(WorkloadKind kind) => kind switch
        {
            WorkloadKind.Job => "spec",
            WorkloadKind.CronJob => "spec.jobTemplate.spec",
            _ => null,
        };

        /// <summary>
        /// Every container as podshelper.VisitContainersWithPath visits them (init containers, containers, ephemeral
        /// containers), each a view at its root path; the model's containers and those only the settings know.
        /// </summary>
        public static IReadOnlyList<SettingsView> Containers(WorkloadSpec workload)
        {
            // A dozen rules walk these views: built once per workload and thread, not per rule.
            return WorkloadMemo<SettingsView[]>.Get(ref t_containers, workload, BuildContainers);
        }

        [System.ThreadStatic] private static WorkloadMemo<SettingsView[]> t_containers;

        private static SettingsView[] BuildContainers(WorkloadSpec workload)
        {
            var pod = SettingsView.PodSpec(workload);
            var list = new List<SettingsView>();
            Add("initContainers", workload.Pod.InitContainers.Count);
            Add("containers", workload.Pod.Containers.Count);
            Add("ephemeralContainers", 0);
            return list.ToArray();

            void Add(string field, int modeled)
            {
                int n = System.Math.Max(modeled, pod.Count(field));
                for (int i = 0; i < n; i++) list.Add(pod.At(field + "[" + i.ToString(CultureInfo.InvariantCulture) + "]"));
            }
        }

        /// <summary>The names of the template's containers and init containers (from the model, and any only the settings hold).</summary>
        public static HashSet<string> ContainerNames(WorkloadSpec workload)
        {
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var c in workload.Pod.Containers) names.Add(c.Name);
            foreach (var c in workload.Pod.InitContainers) names.Add(c.Name);
            var pod = SettingsView.PodSpec(workload);
            foreach (var c in pod.Items("containers")) if (c.Text("name") is { } n) names.Add(n);
            foreach (var c in pod.Items("initContainers")) if (c.Text("name") is { } n) names.Add(n);
            return names;
        }

        /// <summary>An int-or-string leaf, or null when unset or of another type.</summary>
        public static IntOrStringValue? IntOrString(SettingsView view, string relative)
        {
            var leaf = view.Leaf(relative);
            if (leaf is null) return null;
            if (leaf.ValueKind == SettingValueKind.String) return IntOrStringValue.FromString(leaf.Text);
            if (leaf.ValueKind == SettingValueKind.Integer && long.TryParse(leaf.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return IntOrStringValue.FromInt(n);
            return null;
        }

        /// <summary>The integers of a list of numbers (items of another type are skipped: the decoder rejects them first).</summary>
        public static List<long> Integers(SettingsView view, string relative)
        {
            var list = new List<long>();
            foreach (var item in view.Items(relative)) if (item.Integer() is long v) list.Add(v);
            return list;
        }

        /// <summary>Whether the list at <paramref name="relative"/> is given at all (<c>[]</c> included).</summary>
        public static bool ListGiven(SettingsView view, string relative) => view.Any(relative);

        /// <summary>Reports a model-free check's error at <paramref name="basePath"/> under <paramref name="rule"/>.</summary>
        public static void Report(FindingSink sink, RuleDescriptor rule, string basePath, K8sFieldError error) =>
            sink.Report(rule, error.PathUnder(basePath), error.Render(basePath));

        /// <summary>field.Invalid with field.OmitValueType: <c>path: Invalid value: detail</c>.</summary>
        public static void InvalidOmitValue(FindingSink sink, RuleDescriptor rule, string path, string detail) =>
            sink.Report(rule, path, path + ": Invalid value: " + detail);

        /// <summary>field.TooMany: <c>path: Too many: must have at most N items</c> (TooMany prints no value).</summary>
        public static void TooMany(FindingSink sink, RuleDescriptor rule, string path, int max) =>
            sink.Report(rule, path, path + ": Too many: must have at most " + max.ToString(CultureInfo.InvariantCulture) + " items");

        /// <summary>
        /// apimachinery ValidateLabelSelector (<see cref="K8sLabelSelector.ValidateLabelSelector"/>) on a selector read from
        /// the settings at <paramref name="selector"/> (absent: nothing), reported under <paramref name="rule"/>.
        /// </summary>
        public static void ValidateLabelSelector(FindingSink sink, RuleDescriptor rule, SettingsView selector, bool allowInvalidLabelValue)
        {
            if (!selector.Exists) return;
            var matchLabels = new List<KeyValuePair<string, string>>();
            foreach (var key in selector.Keys("matchLabels")) matchLabels.Add(new KeyValuePair<string, string>(key, selector.Text("matchLabels" + SettingsView.Key(key)) ?? ""));
            foreach (var error in K8sLabelSelector.ValidateLabelSelector(matchLabels, Requirements(selector), allowInvalidLabelValue)) Report(sink, rule, selector.Path, error);
        }

        /// <summary>The matchExpressions of the selector at <paramref name="selector"/>, in order (missing fields are Go's zero values).</summary>
        public static List<LabelSelectorRequirement> Requirements(SettingsView selector)
        {
            var list = new List<LabelSelectorRequirement>();
            foreach (var e in selector.Items("matchExpressions")) list.Add(new LabelSelectorRequirement(e.Text("key") ?? "", e.Text("operator") ?? "", e.Texts("values")));
            return list;
        }
    }
}

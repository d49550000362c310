using System.Collections.Generic;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// A controller's selector as the API server sees it: the matchLabels ProbeGen writes (<see cref="PodTemplates.EffectiveSelectorLabels"/>)
    /// and the matchExpressions set through <c>[Set]</c> or captured from a manifest (<see cref="WorkloadSpec.Settings"/>).
    /// Shared by PG1411–PG1413 and PG1830.
    /// </summary>
    internal sealed class SelectorFacts
    {
        private SelectorFacts(bool given, EquatableArray<KeyValue> matchLabels, List<(LabelSelectorRequirement Requirement, string Path)> expressions, string path)
        {
            Given = given;
            MatchLabels = matchLabels;
            Expressions = expressions;
            Path = path;
        }

        /// <summary>Whether the manifest has a selector at all (nil selects nothing).</summary>
        public bool Given { get; }

        public EquatableArray<KeyValue> MatchLabels { get; }

        /// <summary>The matchExpressions entries with their field paths (<c>spec.selector.matchExpressions[0]</c>).</summary>
        public List<(LabelSelectorRequirement Requirement, string Path)> Expressions { get; }

        /// <summary>The selector's field path.</summary>
        public string Path { get; }

        public static SelectorFacts Of(WorkloadSpec w)
        {
            string path = w.Kind.SelectorPath();
            var labels = PodTemplates.EffectiveSelectorLabels(w);
            var expressions = new List<(LabelSelectorRequirement, string)>();
            var view = SettingsView.Of(w.Settings, path);
            foreach (var item in view.Items("matchExpressions"))
            {
                expressions.Add((new LabelSelectorRequirement(item.Text("key") ?? "", item.Text("operator") ?? "", item.Texts("values")), item.Path));
            }
            bool given = !labels.IsDefault || view.Exists;
            return new SelectorFacts(given, labels.IsDefault ? EquatableArray<KeyValue>.Empty : labels, expressions, path);
        }

        public Dictionary<string, string> MatchLabelMap()
        {
            var map = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var kv in MatchLabels) map[kv.Key] = kv.Value;
            return map;
        }

        public List<KeyValuePair<string, string>> MatchLabelPairs()
        {
            var list = new List<KeyValuePair<string, string>>(MatchLabels.Count);
            foreach (var kv in MatchLabels) list.Add(new KeyValuePair<string, string>(kv.Key, kv.Value));
            return list;
        }

        public List<LabelSelectorRequirement> Requirements()
        {
            var list = new List<LabelSelectorRequirement>(Expressions.Count);
            foreach (var e in Expressions) list.Add(e.Requirement);
            return list;
        }

        /// <summary>Go's <c>%#v</c> of a map[string]string, keys sorted: <c>map[string]string{"app":"web", "tier":"front"}</c>.</summary>
        public static string GoMap(EquatableArray<KeyValue> map)
        {
            var sorted = new List<KeyValue>(map);
            sorted.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
            var sb = new System.Text.StringBuilder("map[string]string{");
            for (int i = 0; i < sorted.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(K8sText.Quote(sorted[i].Key)).Append(':').Append(K8sText.Quote(sorted[i].Value));
            }
            return sb.Append('}').ToString();
        }
    }
}

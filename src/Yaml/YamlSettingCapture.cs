using System.Collections.Generic;
using ProbeGen.Core.Schema;

namespace ProbeGen.Yaml
{
    /// <summary>
    /// A parsed YAML subtree as a settings tree, each scalar as the API server receives it (go-yaml v2's YAML 1.1
    /// resolution: <c>yes</c> is true, <c>0755</c> is 493; merge keys applied in place; a key given twice: the last one):
    /// what the reader captures for a field no attribute models, so that import writes it as [Set] instead of losing it.
    /// Never throws.
    /// </summary>
    internal static class YamlSettingCapture
    {
        /// <summary>The tree of <paramref name="node"/>, or null with <paramref name="error"/> for what has no setting form (a null list item, a .nan, a non-scalar key).</summary>
        public static SettingNode? ToSettingNode(YNode node, out string? error) => ToSettingNode(node, out error, null);

        /// <summary>As <see cref="ToSettingNode(YNode, out string?)"/>, recording where each node and duplicate key sits in <paramref name="trace"/>.</summary>
        public static SettingNode? ToSettingNode(YNode node, out string? error, CaptureTrace? trace)
        {
            error = null;
            return Convert(node, ref error, 0, trace);
        }

        private static SettingNode? Convert(YNode node, ref string? error, int depth, CaptureTrace? trace)
        {
            if (depth > YamlLoader.MaxDepth)
            {
                error = "nested more than " + YamlLoader.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " levels";
                return null;
            }
            switch (node)
            {
                case YMapping m:
                {
                    var entries = new Dictionary<string, (YNode Key, YNode Value)>(System.StringComparer.Ordinal);
                    var order = new List<string>();
                    if (!Collect(m, explicitKeys: true, entries, order, new HashSet<YMapping>(), new HashSet<string>(System.StringComparer.Ordinal), ref error, trace)) return null;
                    var map = new SettingMap();
                    foreach (var key in order)
                    {
                        var (keyNode, valueNode) = entries[key];
                        // `field: null` is the field left out, as the API server decodes it.
                        if (valueNode is YScalar v && JsonScalar.Resolve(v).Kind == JsonKind.Null) continue;
                        var value = Convert(valueNode, ref error, depth + 1, trace);
                        if (value is null) return null;
                        map.Add(key, value);
                        trace?.Positions.Add(value, keyNode.Start);
                    }
                    return map;
                }
                case YSequence s:
                {
                    var seq = new SettingSequence();
                    foreach (var item in s.Items)
                    {
                        if (item is YScalar v && JsonScalar.Resolve(v).Kind == JsonKind.Null)
                        {
                            error = "a list item that is null";
                            return null;
                        }
                        var value = Convert(item, ref error, depth + 1, trace);
                        if (value is null) return null;
                        seq.Append(value);
                        trace?.Positions.Add(value, item.Start);
                    }
                    return seq;
                }
                case YScalar scalar:
                {
                    var j = JsonScalar.Resolve(scalar);
                    switch (j.Kind)
                    {
                        case JsonKind.String:
                            return new SettingScalar(SettingValueKind.String, j.Text);
                        case JsonKind.Bool:
                            return new SettingScalar(SettingValueKind.Bool, j.Text);
                        case JsonKind.Number:
                            return new SettingScalar(IsInteger(j.Text) ? SettingValueKind.Integer : SettingValueKind.Float, j.Text);
                        case JsonKind.Null:
                            error = "null";
                            return null;
                        default:
                            error = j.Describe() + " has no JSON form";
                            return null;
                    }
                }
                default:
                    error = "an unknown node";
                    return null;
            }
        }

        /// <summary>The keys of a mapping as the API server decodes them: merge keys (<c>&lt;&lt;: *base</c>) in place, a list's earlier maps first, the last of a key wins.</summary>
        private static bool Collect(YMapping map, bool explicitKeys, Dictionary<string, (YNode, YNode)> entries, List<string> order, HashSet<YMapping> visiting, HashSet<string> written, ref string? error, CaptureTrace? trace)
        {
            if (!visiting.Add(map)) return true;
            foreach (var entry in map.Entries)
            {
                if (entry.Key is YScalar { Plain: true, Tag: null, Value: "<<" })
                {
                    if (entry.Value is YMapping merged)
                    {
                        if (!Collect(merged, explicitKeys: false, entries, order, visiting, written, ref error, trace)) return false;
                    }
                    else if (entry.Value is YSequence list)
                    {
                        for (int i = list.Items.Count - 1; i >= 0; i--)
                        {
                            if (list.Items[i] is not YMapping item)
                            {
                                error = "a merge key (<<) whose list holds something other than a mapping";
                                return false;
                            }
                            if (!Collect(item, explicitKeys: false, entries, order, visiting, written, ref error, trace)) return false;
                        }
                    }
                    else
                    {
                        error = "a merge key (<<) whose value is not a mapping";
                        return false;
                    }
                    continue;
                }
                if (entry.Key is not YScalar keyScalar)
                {
                    error = "a mapping key that is not a scalar";
                    return false;
                }
                string? key = JsonScalar.KeyText(keyScalar, out string? keyError);
                if (key is null)
                {
                    error = keyError;
                    return false;
                }
                // Only a key written twice is a duplicate: one written over a merged one is what merge keys are for.
                if (explicitKeys && !written.Add(key)) trace?.Duplicates.Add((entry.Key, key));
                if (!entries.ContainsKey(key)) order.Add(key);
                entries[key] = (entry.Key, entry.Value);
            }
            visiting.Remove(map);
            return true;
        }

        private static bool IsInteger(string text)
        {
            int i = text.Length > 0 && text[0] == '-' ? 1 : 0;
            if (i == text.Length) return false;
            for (; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9') return false;
            }
            return true;
        }
    }

    /// <summary>Where a captured subtree's nodes sit in the YAML (map values: their key; list items: the item), and its keys given twice.</summary>
    internal sealed class CaptureTrace
    {
        public Dictionary<SettingNode, YamlPosition> Positions { get; } = new(ByReference.Instance);

        public List<(YNode Key, string Text)> Duplicates { get; } = new();

        private sealed class ByReference : IEqualityComparer<SettingNode>
        {
            public static readonly ByReference Instance = new();

            public bool Equals(SettingNode? x, SettingNode? y) => ReferenceEquals(x, y);

            public int GetHashCode(SettingNode obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }
}

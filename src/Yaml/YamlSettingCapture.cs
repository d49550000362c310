using ProbeGen.Core.Schema;

namespace ProbeGen.Yaml
{
    /// <summary>
    /// A parsed YAML subtree as a settings tree, each scalar as the API server receives it (go-yaml v2's YAML 1.1
    /// resolution: <c>yes</c> is true, <c>0755</c> is 493): what the reader captures for a field no attribute models, so
    /// that import writes it as [Set] instead of losing it. Never throws.
    /// </summary>
    internal static class YamlSettingCapture
    {
        /// <summary>The tree of <paramref name="node"/>, or null with <paramref name="error"/> for what has no setting form (a null list item, a .nan, a non-scalar key).</summary>
        public static SettingNode? ToSettingNode(YNode node, out string? error)
        {
            error = null;
            return Convert(node, ref error, 0);
        }

        private static SettingNode? Convert(YNode node, ref string? error, int depth)
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
                    var map = new SettingMap();
                    foreach (var entry in m.Entries)
                    {
                        if (entry.Key is not YScalar keyScalar)
                        {
                            error = "a mapping key that is not a scalar";
                            return null;
                        }
                        string? key = JsonScalar.KeyText(keyScalar, out string? keyError);
                        if (key is null)
                        {
                            error = keyError;
                            return null;
                        }
                        // `field: null` is the field left out, as the API server decodes it.
                        if (entry.Value is YScalar v && JsonScalar.Resolve(v).Kind == JsonKind.Null) continue;
                        var value = Convert(entry.Value, ref error, depth + 1);
                        if (value is null) return null;
                        if (!map.Add(key, value))
                        {
                            error = "the key " + JsonScalar.Excerpt(key) + " is given twice";
                            return null;
                        }
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
                        var value = Convert(item, ref error, depth + 1);
                        if (value is null) return null;
                        seq.Append(value);
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
}

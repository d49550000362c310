using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ProbeGen.Core.Schema;

namespace ProbeGen.Core.Emission
{
    /// <summary>
    /// Import's side of the volume attributes: the leading items of a pod's <c>volumes</c> (or a container's
    /// <c>volumeMounts</c>) that an attribute of <see cref="LoweredAttributes"/> carries become that attribute, in order;
    /// from the first item none carries, the rest stay <c>[Set]</c> at their own indices, so the list keeps its order and
    /// the attributes lower back to exactly the settings they replace. Never throws.
    /// </summary>
    public static class VolumeImport
    {
        /// <summary>
        /// Removes from <paramref name="settings"/> (root paths) what the attributes written for the list at
        /// <paramref name="listPath"/> carry, and returns those attributes' C# text (one per item, without indentation).
        /// Settings of an item the attribute has no argument for (<c>configMap.items</c>) stay for <c>[Set]</c>.
        /// </summary>
        public static List<string> Take(List<FieldSetting> settings, string listPath, LoweredScope scope, string listField)
        {
            var lines = new List<string>();
            var candidates = new List<LoweredAttribute>();
            foreach (var a in LoweredAttributes.All)
            {
                if (a.Scope == scope && a.IsListItem && a.BasePath == listField) candidates.Add(a);
            }
            if (candidates.Count == 0) return lines;
            for (int i = 0; ; i++)
            {
                string item = listPath + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                var under = new List<(int Index, string Relative)>();
                for (int k = 0; k < settings.Count; k++)
                {
                    string p = settings[k].Path;
                    if (p.Length > item.Length + 1 && p.StartsWith(item, System.StringComparison.Ordinal) && p[item.Length] == '.') under.Add((k, p.Substring(item.Length + 1)));
                }
                if (under.Count == 0) break;
                string? text = null;
                List<int>? consumed = null;
                LoweredAttribute? chosen = null;
                foreach (var a in candidates)
                {
                    if (Fits(a, settings, under, out text, out consumed)) { chosen = a; break; }
                    text = null;
                }
                if (text is null || consumed is null || chosen is null) break;
                string? volumeName = null;
                foreach (int k in consumed) if (settings[k].Path == item + ".name" && settings[k].ValueKind == SettingValueKind.String) volumeName = settings[k].Text;
                consumed.Sort();
                for (int k = consumed.Count - 1; k >= 0; k--) settings.RemoveAt(consumed[k]);
                lines.Add(text);
                // A ConfigMap or Secret volume's leading items: one [VolumeItem] each, right after the volume.
                if (volumeName is not null && chosen.Presence.Count > 0 && Contains(LoweredAttributes.VolumeItemSources, chosen.Presence[0]))
                    lines.AddRange(TakeItems(settings, item + "." + chosen.Presence[0] + ".items", volumeName));
            }
            return lines;
        }

        private static bool Contains(IReadOnlyList<string> list, string value)
        {
            foreach (string s in list) if (s == value) return true;
            return false;
        }

        /// <summary>
        /// The leading items of <paramref name="items"/> (a KeyToPath list) that are a key, a path and at most a mode, as
        /// [VolumeItem]s, removed from <paramref name="settings"/>; from the first item with anything else (or without a
        /// key or path) the rest stay <c>[Set]</c> at their own indices, which the [VolumeItem]s before them keep.
        /// </summary>
        private static List<string> TakeItems(List<FieldSetting> settings, string items, string volumeName)
        {
            var lines = new List<string>();
            for (int j = 0; ; j++)
            {
                string item = items + "[" + j.ToString(CultureInfo.InvariantCulture) + "]";
                int key = -1, path = -1, mode = -1;
                bool other = false;
                for (int k = 0; k < settings.Count; k++)
                {
                    string p = settings[k].Path;
                    if (p.Length <= item.Length + 1 || !p.StartsWith(item, System.StringComparison.Ordinal) || p[item.Length] != '.') continue;
                    string relative = p.Substring(item.Length + 1);
                    var kind = settings[k].ValueKind;
                    if (relative == "key" && kind == SettingValueKind.String) key = k;
                    else if (relative == "path" && kind == SettingValueKind.String) path = k;
                    else if (relative == "mode" && kind == SettingValueKind.Integer) mode = k;
                    else other = true;
                }
                if (other || key < 0 || path < 0) break;
                string? octal = null;
                if (mode >= 0)
                {
                    if (!long.TryParse(settings[mode].Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) || FileModes.Octal(n) is not { } o) break;
                    octal = o;
                }
                lines.Add("[VolumeItem(" + CSharpLiteral.Of(volumeName) + ", " + CSharpLiteral.Of(settings[key].Text) + ", " + CSharpLiteral.Of(settings[path].Text)
                    + (octal is null ? "" : ", Mode = " + CSharpLiteral.Of(octal)) + ")]");
                var taken = new List<int> { key, path };
                if (mode >= 0) taken.Add(mode);
                taken.Sort();
                for (int k = taken.Count - 1; k >= 0; k--) settings.RemoveAt(taken[k]);
            }
            return lines;
        }

        /// <summary>The attribute's text when it carries the item: every constructor argument present, the one source its own, each value it has an argument for expressible.</summary>
        private static bool Fits(LoweredAttribute a, List<FieldSetting> settings, List<(int Index, string Relative)> under, out string? text, out List<int>? consumed)
        {
            text = null;
            consumed = null;
            string? presence = a.Presence.Count > 0 ? a.Presence[0] : null;
            var used = new List<int>();
            var ctor = new SortedDictionary<int, string>();
            var named = new List<string>();
            var arrays = new Dictionary<LoweredProperty, SortedDictionary<int, int>>();
            bool source = presence is null;
            foreach (var (index, relative) in under)
            {
                // A volume is its name and one source: anything outside this attribute's source is another volume type.
                if (presence is not null && relative != presence && !relative.StartsWith(presence + ".", System.StringComparison.Ordinal) && a.PropertyAt(relative) is null) return false;
                if (presence is not null && (relative == presence || relative.StartsWith(presence + ".", System.StringComparison.Ordinal))) source = true;
                if (presence is not null && relative == presence)
                {
                    if (settings[index].ValueKind != SettingValueKind.EmptyObject) return false;
                    used.Add(index);
                    continue;
                }
                if (ArrayItem(a, relative) is { } element)
                {
                    if (settings[index].ValueKind != SettingValueKind.String) return false;
                    if (!arrays.TryGetValue(element.Property, out var elements)) arrays[element.Property] = elements = new SortedDictionary<int, int>();
                    elements[element.Index] = index;
                    continue;
                }
                if (a.PropertyAt(relative) is not { } p) continue; // stays [Set] (items, sources, volumeAttributes …)
                string? value = Argument(p, settings[index]);
                if (value is null) return false;
                used.Add(index);
                if (p.CtorIndex >= 0) ctor[p.CtorIndex] = value;
                else named.Add(p.Name + " = " + value);
            }
            if (!source) return false;
            // A list of strings is one array argument: items 0 … n-1, all strings.
            foreach (var kv in arrays)
            {
                var texts = new List<string>();
                int expected = 0;
                foreach (var e in kv.Value)
                {
                    if (e.Key != expected++) return false;
                    texts.Add(CSharpLiteral.Of(settings[e.Value].Text));
                    used.Add(e.Value);
                }
                named.Add(kv.Key.Name + " = new[] { " + string.Join(", ", texts) + " }");
            }
            foreach (var p in a.Properties) if (p.CtorIndex >= 0 && !ctor.ContainsKey(p.CtorIndex)) return false;
            // Named arguments in the table's order, so the text does not depend on the settings' order.
            var ordered = new List<string>();
            foreach (var p in a.Properties)
            {
                if (p.CtorIndex >= 0) continue;
                foreach (var n in named) if (n.StartsWith(p.Name + " = ", System.StringComparison.Ordinal)) ordered.Add(n);
            }
            var sb = new StringBuilder("[").Append(a.ShortName).Append('(');
            var args = new List<string>(ctor.Values);
            args.AddRange(ordered);
            sb.Append(string.Join(", ", args)).Append(")]");
            text = sb.ToString();
            consumed = used;
            return true;
        }

        /// <summary>The string-array property whose item <paramref name="relative"/> is (<c>…accessModes[0]</c>), with the index; null otherwise.</summary>
        private static (LoweredProperty Property, int Index)? ArrayItem(LoweredAttribute a, string relative)
        {
            foreach (var p in a.Properties)
            {
                if (p.Value != LoweredValue.StringArray || relative.Length < p.Path.Length + 3 || !relative.StartsWith(p.Path + "[", System.StringComparison.Ordinal) || relative[relative.Length - 1] != ']') continue;
                string digits = relative.Substring(p.Path.Length + 1, relative.Length - p.Path.Length - 2);
                if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int i)) return (p, i);
            }
            return null;
        }

        /// <summary>The C# argument for a setting, or null when the property cannot carry it exactly (then the item stays [Set]).</summary>
        private static string? Argument(LoweredProperty p, FieldSetting s)
        {
            switch (p.Value)
            {
                case LoweredValue.String:
                    return s.ValueKind == SettingValueKind.String ? CSharpLiteral.Of(s.Text) : null;
                case LoweredValue.Bool:
                    return s.ValueKind == SettingValueKind.Bool ? (s.Text == "true" ? "true" : "false") : null;
                // A toleration's tolerationSeconds: an integer as its digits, as the attribute lowers it.
                case LoweredValue.Int:
                    return s.ValueKind == SettingValueKind.Integer && int.TryParse(s.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int i) ? i.ToString(CultureInfo.InvariantCulture) : null;
                case LoweredValue.Long:
                    return s.ValueKind == SettingValueKind.Integer && long.TryParse(s.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l) ? l.ToString(CultureInfo.InvariantCulture) : null;
                case LoweredValue.OctalMode:
                    if (s.ValueKind != SettingValueKind.Integer || !long.TryParse(s.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n)) return null;
                    return FileModes.Octal(n) is { } octal ? CSharpLiteral.Of(octal) : null;
                case LoweredValue.Enum:
                    if (s.ValueKind != SettingValueKind.String || p.Enum is null) return null;
                    return p.Enum.ToMember(s.Text) is { } member ? p.Enum.Name + "." + member : null;
                default:
                    return null;
            }
        }
    }
}

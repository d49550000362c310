using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ProbeGen.Core.Schema;

namespace ProbeGen.Core.Emission
{
    /// <summary>
    /// Import's side of the lowered attributes (<see cref="LoweredAttributes"/>): the settings under an attribute's base
    /// that its properties carry become the attribute (<c>[SecurityContext(RunAsUser = 1000)]</c>); the rest stay
    /// <c>[Set]</c>. Built, the attribute lowers to exactly the settings it was made from, so the round trip is lossless.
    /// </summary>
    public static class LoweredImport
    {
        /// <summary>
        /// Removes from <paramref name="settings"/> (root paths) what the lowered attributes of <paramref name="scope"/>
        /// anchored at <paramref name="anchor"/> carry, and returns those attributes as C# (one line each, no indent), in
        /// table order. <paramref name="root"/>: the root type of the manifest's kind, so a workload attribute is taken only
        /// for its own kind (a DaemonSet's updateStrategy is never [StatefulSetUpdateStrategy]). Never throws.
        /// </summary>
        public static List<string> Take(LoweredScope scope, string anchor, List<FieldSetting> settings, TypeDescriptor? root = null)
        {
            var lines = new List<string>();
            var lists = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var table in LoweredAttributes.All)
            {
                if (table.Scope != scope) continue;
                if (root is not null && !table.AppliesTo(root)) continue;
                if (!table.IsListItem)
                {
                    if (TakeOne(table, SchemaPath.Join(anchor, table.BasePath), settings, partial: true) is { } line) lines.Add(line);
                    continue;
                }
                // List items ([ConfigMapVolume] …, [VolumeMount]): every attribute of one list at once, since a list mixes
                // them (a configMap volume, then an emptyDir); the leading items that fit, in order (VolumeImport).
                if (!lists.Add(table.BasePath)) continue;
                lines.AddRange(VolumeImport.Take(settings, SchemaPath.Join(anchor, table.BasePath), scope, table.BasePath));
            }
            return lines;
        }

        /// <summary>
        /// One application at <paramref name="root"/>: the properties whose settings fit, removed from <paramref name="settings"/>.
        /// With <paramref name="partial"/> false every setting under the root must fit (else nothing is taken and null returned).
        /// </summary>
        private static string? TakeOne(LoweredAttribute table, string root, List<FieldSetting> settings, bool partial)
        {
            var ctor = new SortedDictionary<int, string>();
            var named = new List<string>();
            var taken = new HashSet<FieldSetting>();
            foreach (var p in table.Properties)
            {
                string path = root + "." + p.Path;
                var mine = settings.Where(s => IsAtOrUnder(s.Path, path)).ToList();
                if (mine.Count == 0) continue;
                string? text = Argument(p, path, mine);
                if (text is null) continue; // stays [Set]
                foreach (var s in mine) taken.Add(s);
                if (p.CtorIndex >= 0) ctor[p.CtorIndex] = text;
                else named.Add(p.Name + " = " + text);
            }
            foreach (string presence in table.Presence)
            {
                string path = root + "." + presence;
                foreach (var s in settings) if (s.Path == path && s.ValueKind == SettingValueKind.EmptyObject) taken.Add(s);
            }
            int ctorCount = table.Properties.Count(p => p.CtorIndex >= 0);
            if (ctor.Count != ctorCount || (taken.Count == 0 && ctorCount == 0)) return null;
            if (!partial && settings.Any(s => IsAtOrUnder(s.Path, root) && !taken.Contains(s))) return null;
            settings.RemoveAll(taken.Contains);
            var args = ctor.Values.Concat(named);
            return "[" + table.ShortName + "(" + string.Join(", ", args) + ")]";
        }

        /// <summary>The C# argument carrying exactly <paramref name="mine"/> (the settings at or under the property's path), or null.</summary>
        private static string? Argument(LoweredProperty p, string path, List<FieldSetting> mine)
        {
            bool array = p.Value is LoweredValue.StringArray or LoweredValue.LongArray;
            if (!array)
            {
                if (mine.Count != 1 || mine[0].Path != path) return null;
                var s = mine[0];
                switch (p.Value)
                {
                    case LoweredValue.Bool:
                        return s.ValueKind == SettingValueKind.Bool ? (s.Text == "true" ? "true" : "false") : null;
                    case LoweredValue.Int:
                        return s.ValueKind == SettingValueKind.Integer && int.TryParse(s.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int i) ? i.ToString(CultureInfo.InvariantCulture) : null;
                    case LoweredValue.Long:
                        return s.ValueKind == SettingValueKind.Integer && long.TryParse(s.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l) ? l.ToString(CultureInfo.InvariantCulture) : null;
                    case LoweredValue.IntOrString:
                        // An integer is written as its digits; a string of digits would read back as an integer, so it stays [Set].
                        if (s.ValueKind == SettingValueKind.Integer) return int.TryParse(s.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? CSharpLiteral.Of(n.ToString(CultureInfo.InvariantCulture)) : null;
                        return s.ValueKind == SettingValueKind.String && !IsDigits(s.Text) ? CSharpLiteral.Of(s.Text) : null;
                    case LoweredValue.Enum:
                        return s.ValueKind == SettingValueKind.String && p.Enum?.ToMember(s.Text) is { } member ? p.Enum.Name + "." + member : null;
                    default:
                        return s.ValueKind == SettingValueKind.String ? CSharpLiteral.Of(s.Text) : null;
                }
            }
            string element = p.Value == LoweredValue.StringArray ? "string" : "long";
            if (mine.Count == 1 && mine[0].Path == path) return mine[0].ValueKind == SettingValueKind.EmptyList ? "new " + element + "[0]" : null;
            var items = new string[mine.Count];
            foreach (var s in mine)
            {
                if (!s.Path.StartsWith(path + "[", System.StringComparison.Ordinal) || !s.Path.EndsWith("]", System.StringComparison.Ordinal)) return null;
                string index = s.Path.Substring(path.Length + 1, s.Path.Length - path.Length - 2);
                if (!int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out int i) || i >= items.Length || items[i] is not null) return null;
                if (p.Value == LoweredValue.StringArray)
                {
                    if (s.ValueKind != SettingValueKind.String) return null;
                    items[i] = CSharpLiteral.Of(s.Text);
                }
                else
                {
                    if (s.ValueKind != SettingValueKind.Integer || !long.TryParse(s.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l)) return null;
                    items[i] = l.ToString(CultureInfo.InvariantCulture);
                }
            }
            return "new" + (p.Value == LoweredValue.LongArray ? " long" : "") + "[] { " + string.Join(", ", items) + " }";
        }

        private static bool IsDigits(string text)
        {
            if (text.Length == 0) return false;
            foreach (char c in text) if (c < '0' || c > '9') return false;
            return true;
        }

        private static bool IsAtOrUnder(string path, string prefix) =>
            path.StartsWith(prefix, System.StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] == '.' || path[prefix.Length] == '[');
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Schema
{
    public enum SettingConflictKind
    {
        /// <summary>Two settings of one path.</summary>
        Duplicate,

        /// <summary>One setting gives a whole value (<c>{}</c>, <c>[]</c>, a scalar) and another sets a field inside it.</summary>
        Overlap,

        /// <summary>A list's indices, over all settings of the workload, are not 0, 1, … n-1.</summary>
        IndexGap,

        /// <summary>An index past the items that attributes build for that list (<c>ports[3]</c> with two <c>[ContainerPort]</c>).</summary>
        PastAttributeItems,
    }

    /// <summary>A finding over a set of settings, at the setting to report (<see cref="SettingIndex"/> in the input order).</summary>
    public sealed record SettingConflict(int SettingIndex, SettingConflictKind Kind, string Path, string Message);

    /// <summary>Rules over all settings of one workload (paths anchored at the manifest root). Never throws.</summary>
    public static class SettingChecks
    {
        /// <summary>
        /// Duplicates, overlaps and list indices. <paramref name="attributeItems"/> gives, for a list path
        /// (<c>spec.template.spec.containers</c>), how many items ProbeGen's attributes build in it, or null when attributes
        /// build none there (then [Set] builds the list: indices from 0 without a gap). Findings are in input order.
        /// </summary>
        public static List<SettingConflict> Check(IReadOnlyList<FieldSetting> settings, Func<string, int?>? attributeItems = null)
        {
            var findings = new List<SettingConflict>();
            var parsed = new EquatableArray<PathSegment>?[settings.Count];
            var firstByPath = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < settings.Count; i++)
            {
                var s = settings[i];
                if (s is null || !SchemaPath.TryParse(s.Path, out var segs, out _)) continue;
                parsed[i] = segs;
                string path = SchemaPath.Format(segs);
                if (firstByPath.TryGetValue(path, out int first))
                {
                    findings.Add(new SettingConflict(i, SettingConflictKind.Duplicate, path,
                        path + " is set twice (setting " + (first + 1).ToString(CultureInfo.InvariantCulture) + " and setting "
                        + (i + 1).ToString(CultureInfo.InvariantCulture) + "): a field holds one value; remove one"));
                }
                else
                {
                    firstByPath.Add(path, i);
                }
            }

            // A whole value and a field inside it: the later of the two is reported.
            for (int i = 0; i < settings.Count; i++)
            {
                if (parsed[i] is not { } segs) continue;
                for (int k = 1; k < segs.Count; k++)
                {
                    string prefix = Prefix(segs, k);
                    if (!firstByPath.TryGetValue(prefix, out int outer)) continue;
                    int later = Math.Max(outer, i);
                    string inner = SchemaPath.Format(segs);
                    findings.Add(new SettingConflict(later, SettingConflictKind.Overlap, later == i ? inner : prefix,
                        prefix + " is set to " + Shown(settings[outer]) + " and " + inner + " sets a field inside it: set the fields one by one, or the whole value, not both"));
                    break;
                }
            }

            // Indices per list, over every setting that goes through the list.
            var lists = new Dictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);
            var listOrder = new List<string>();
            for (int i = 0; i < settings.Count; i++)
            {
                if (parsed[i] is not { } segs) continue;
                for (int k = 0; k < segs.Count; k++)
                {
                    if (segs[k].Kind != PathSegmentKind.Index) continue;
                    string list = Prefix(segs, k);
                    if (!lists.TryGetValue(list, out var indices))
                    {
                        indices = new SortedDictionary<int, int>();
                        lists.Add(list, indices);
                        listOrder.Add(list);
                    }
                    if (!indices.ContainsKey(segs[k].Index)) indices.Add(segs[k].Index, i);
                }
            }
            foreach (var list in listOrder)
            {
                var indices = lists[list];
                int? built = attributeItems?.Invoke(list);
                if (built is int count)
                {
                    foreach (var kv in indices)
                    {
                        if (kv.Key < count) continue;
                        findings.Add(new SettingConflict(kv.Value, SettingConflictKind.PastAttributeItems, list + "[" + kv.Key.ToString(CultureInfo.InvariantCulture) + "]",
                            list + " has " + Items(count) + " from attributes: [Set] sets fields of " + (count == 0 ? "no item" : count == 1 ? "[0]" : "[0] to [" + (count - 1).ToString(CultureInfo.InvariantCulture) + "]")
                            + ", it does not add [" + kv.Key.ToString(CultureInfo.InvariantCulture) + "]; add the item with its attribute"));
                        break;
                    }
                    continue;
                }
                int missing = 0;
                while (indices.ContainsKey(missing)) missing++;
                if (missing == indices.Count) continue;
                // The first setting (input order) with an index above the gap is the one to move.
                int at = int.MaxValue;
                foreach (var kv in indices)
                {
                    if (kv.Key > missing) at = Math.Min(at, kv.Value);
                }
                findings.Add(new SettingConflict(at, SettingConflictKind.IndexGap, list,
                    list + " has " + IndexList(indices.Keys) + " but no [" + missing.ToString(CultureInfo.InvariantCulture)
                    + "]: list items are numbered 0, 1, 2 … without a gap"));
            }
            findings.Sort((a, b) => a.SettingIndex != b.SettingIndex ? a.SettingIndex.CompareTo(b.SettingIndex) : a.Kind.CompareTo(b.Kind));
            return findings;
        }

        private static string Prefix(EquatableArray<PathSegment> segs, int count)
        {
            var part = new PathSegment[count];
            for (int j = 0; j < count; j++) part[j] = segs[j];
            return SchemaPath.Format(part);
        }

        private static string Items(int n) => n == 1 ? "1 item" : n.ToString(CultureInfo.InvariantCulture) + " items";

        private static string Shown(FieldSetting s) =>
            s.ValueKind == SettingValueKind.String ? SettingValues.Describe(s.ValueKind, s.Text) : s.Text;

        private static string IndexList(IEnumerable<int> indices)
        {
            var sb = new StringBuilder();
            int n = 0;
            foreach (var i in indices)
            {
                if (n == 8)
                {
                    sb.Append(" …");
                    break;
                }
                if (n > 0) sb.Append(", ");
                sb.Append('[').Append(i.ToString(CultureInfo.InvariantCulture)).Append(']');
                n++;
            }
            return sb.ToString();
        }
    }
}

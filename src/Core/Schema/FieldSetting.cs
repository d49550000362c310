using System;
using System.Collections.Generic;
using System.Globalization;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Schema
{
    /// <summary>The JSON type of a set value, which decides how YAML writes it.</summary>
    public enum SettingValueKind
    {
        /// <summary>Text: written plain when YAML reads it back as that text, else double-quoted.</summary>
        String,

        /// <summary>An integer, invariant digits (<c>-12</c>).</summary>
        Integer,

        /// <summary>A finite number with a fraction or an exponent, round-trip invariant text (<c>0.5</c>).</summary>
        Float,

        /// <summary><c>true</c> or <c>false</c>.</summary>
        Bool,

        /// <summary><c>{}</c>: an object or map with nothing in it (<c>emptyDir: {}</c>).</summary>
        EmptyObject,

        /// <summary><c>[]</c>: a list with nothing in it.</summary>
        EmptyList,
    }

    /// <summary>
    /// One leaf set by the escape hatch: a canonical field path from the manifest's root (see <see cref="SchemaPath.Format"/>)
    /// and a value in its canonical text. Equatable, so a workload model can carry them as an <see cref="EquatableArray{T}"/>.
    /// </summary>
    public sealed record FieldSetting(string Path, SettingValueKind ValueKind, string Text)
    {
        public static FieldSetting String(string path, string text) => new FieldSetting(path, SettingValueKind.String, text);

        public static FieldSetting Integer(string path, long value) => new FieldSetting(path, SettingValueKind.Integer, value.ToString(CultureInfo.InvariantCulture));

        public static FieldSetting Bool(string path, bool value) => new FieldSetting(path, SettingValueKind.Bool, value ? "true" : "false");

        public static FieldSetting Float(string path, double value) => new FieldSetting(path, SettingValueKind.Float, FloatText(value));

        public static FieldSetting EmptyObject(string path) => new FieldSetting(path, SettingValueKind.EmptyObject, "{}");

        public static FieldSetting EmptyList(string path) => new FieldSetting(path, SettingValueKind.EmptyList, "[]");

        /// <summary>Round-trip text of a finite double, always with a '.' or an exponent so YAML reads a float (never culture-dependent).</summary>
        public static string FloatText(double value)
        {
            string s = value.ToString("R", CultureInfo.InvariantCulture);
            if (s.IndexOf('E') >= 0) s = s.Replace("E+", "e+").Replace("E-", "e-");
            if (s.IndexOf('.') < 0 && s.IndexOf('e') < 0) s += ".0";
            return s;
        }
    }

    /// <summary>One [Set] as import writes it: a path and one value, or (<see cref="IsArray"/>) an array of strings for a whole list.</summary>
    public sealed record SetArgument(string Path, SettingValueKind ValueKind, string Text, EquatableArray<string> Items)
    {
        public bool IsArray => !Items.IsDefault;
    }

    /// <summary>Settings in one deterministic order: path segment by segment, names ordinal, indices by number (<c>[2]</c> before <c>[10]</c>).</summary>
    public sealed class FieldSettingOrder : IComparer<FieldSetting>, IComparer<string>
    {
        public static readonly FieldSettingOrder Instance = new FieldSettingOrder();

        public int Compare(FieldSetting? x, FieldSetting? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return -1;
            if (y is null) return 1;
            int c = Compare(x.Path, y.Path);
            if (c != 0) return c;
            c = ((int)x.ValueKind).CompareTo((int)y.ValueKind);
            return c != 0 ? c : string.CompareOrdinal(x.Text, y.Text);
        }

        /// <summary>Compares two paths segment by segment (an unparsable path sorts after the parsable ones, by ordinal text).</summary>
        public int Compare(string? x, string? y)
        {
            bool okX = SchemaPath.TryParse(x, out var a, out _);
            bool okY = SchemaPath.TryParse(y, out var b, out _);
            if (!okX || !okY) return okX != okY ? (okX ? -1 : 1) : string.CompareOrdinal(x, y);
            return CompareSegments(a, b);
        }

        public static int CompareSegments(IReadOnlyList<PathSegment> a, IReadOnlyList<PathSegment> b)
        {
            int n = Math.Min(a.Count, b.Count);
            for (int i = 0; i < n; i++)
            {
                var sa = a[i];
                var sb = b[i];
                bool ia = sa.Kind == PathSegmentKind.Index, ib = sb.Kind == PathSegmentKind.Index;
                if (ia && ib)
                {
                    int c = sa.Index.CompareTo(sb.Index);
                    if (c != 0) return c;
                    continue;
                }
                if (ia != ib) return ia ? -1 : 1;
                int k = string.CompareOrdinal(sa.Name, sb.Name);
                if (k != 0) return k;
            }
            return a.Count.CompareTo(b.Count);
        }
    }

    public static class FieldSettings
    {
        /// <summary>The settings sorted by <see cref="FieldSettingOrder"/>, as the model carries them.</summary>
        public static EquatableArray<FieldSetting> Sorted(IEnumerable<FieldSetting> settings)
        {
            var list = new List<FieldSetting>(settings);
            // A stable sort: equal paths (a duplicate, reported elsewhere) keep the user's order.
            var indexed = new List<KeyValuePair<int, FieldSetting>>(list.Count);
            for (int i = 0; i < list.Count; i++) indexed.Add(new KeyValuePair<int, FieldSetting>(i, list[i]));
            indexed.Sort((p, q) =>
            {
                int c = FieldSettingOrder.Instance.Compare(p.Value.Path, q.Value.Path);
                return c != 0 ? c : p.Key.CompareTo(q.Key);
            });
            var result = new FieldSetting[indexed.Count];
            for (int i = 0; i < result.Length; i++) result[i] = indexed[i].Value;
            return new EquatableArray<FieldSetting>(result);
        }

        /// <summary>
        /// The settings under <paramref name="prefix"/> (<c>spec.template.spec.containers[1]</c>) with the prefix taken off:
        /// what import writes on that container's nested class. The others are left out.
        /// </summary>
        public static List<FieldSetting> Under(string prefix, IEnumerable<FieldSetting> settings)
        {
            var list = new List<FieldSetting>();
            foreach (var s in settings)
            {
                if (s.Path.Length > prefix.Length + 1 && s.Path.StartsWith(prefix, StringComparison.Ordinal) && s.Path[prefix.Length] == '.')
                {
                    list.Add(s with { Path = s.Path.Substring(prefix.Length + 1) });
                }
            }
            return list;
        }

        /// <summary>
        /// The [Set] arguments that write <paramref name="sorted"/> (sorted settings): the string items <c>p[0]</c> … <c>p[n-1]</c>
        /// of one list folded into one array argument (<c>new[] { … }</c>), every other setting one argument.
        /// </summary>
        public static List<SetArgument> ToArguments(IReadOnlyList<FieldSetting> sorted)
        {
            var result = new List<SetArgument>();
            int i = 0;
            while (i < sorted.Count)
            {
                var s = sorted[i];
                string? list = s.ValueKind == SettingValueKind.String ? ListOfItem(s.Path, 0) : null;
                if (list is not null)
                {
                    var items = new List<string>();
                    int j = i;
                    while (j < sorted.Count && sorted[j].ValueKind == SettingValueKind.String && ListOfItem(sorted[j].Path, items.Count) == list)
                    {
                        items.Add(sorted[j].Text);
                        j++;
                    }
                    // A later item of another kind ([n] a number) keeps the whole list item by item: one C# array has one element type.
                    bool rest = j < sorted.Count && ListOfItem(sorted[j].Path, items.Count) == list;
                    if (!rest)
                    {
                        result.Add(new SetArgument(list, SettingValueKind.String, "", EquatableArray.From(items)));
                        i = j;
                        continue;
                    }
                }
                result.Add(new SetArgument(s.Path, s.ValueKind, s.Text, default));
                i++;
            }
            return result;
        }

        /// <summary>The list path when <paramref name="path"/> is exactly <c>list[index]</c>, else null.</summary>
        private static string? ListOfItem(string path, int index)
        {
            string suffix = "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            return path.Length > suffix.Length && path.EndsWith(suffix, StringComparison.Ordinal) ? path.Substring(0, path.Length - suffix.Length) : null;
        }

        /// <summary>Each setting with <paramref name="prefix"/> in front of its path: a container class's settings anchored at <c>spec.containers[1]</c>.</summary>
        public static List<FieldSetting> Anchor(string prefix, IEnumerable<FieldSetting> relative)
        {
            var list = new List<FieldSetting>();
            foreach (var s in relative) list.Add(s with { Path = SchemaPath.Join(prefix, s.Path) });
            return list;
        }
    }
}

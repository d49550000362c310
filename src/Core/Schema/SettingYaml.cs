using System.Collections.Generic;
using System.Text;
using ProbeGen.Core.Emission;

namespace ProbeGen.Core.Schema
{
    /// <summary>
    /// Writes a settings subtree as block YAML at an indentation, with <see cref="YamlWriter"/>'s one quoting policy for
    /// keys and strings (numbers and booleans plain, <c>{}</c>/<c>[]</c> for empty ones) and its sequence style (items
    /// at the key's indentation), so the manifest writer can put it where the subtree belongs. Never throws.
    /// </summary>
    public static class SettingYaml
    {
        /// <summary>The entries of <paramref name="map"/> as <c>key: value</c> lines at <paramref name="indent"/>.</summary>
        public static void WriteEntries(YamlWriter writer, SettingMap map, int indent)
        {
            var sb = new StringBuilder();
            Entries(sb, map, indent, null, 0);
            Flush(writer, sb);
        }

        /// <summary>The items of <paramref name="sequence"/> as <c>- …</c> lines at <paramref name="indent"/>.</summary>
        public static void WriteItems(YamlWriter writer, SettingSequence sequence, int indent)
        {
            var sb = new StringBuilder();
            Items(sb, sequence, indent, 0);
            Flush(writer, sb);
        }

        /// <summary>
        /// The entries of <paramref name="map"/> as the rest of a sequence item whose first line the writer has already
        /// written (<c>- name: web</c>): every entry at <paramref name="indent"/>, the item's field indentation.
        /// </summary>
        public static void WriteItemRest(YamlWriter writer, SettingMap map, int indent) => WriteEntries(writer, map, indent);

        /// <summary>A map's entries or a sequence's items as text (each line ending in <c>\n</c>); a scalar as its YAML form.</summary>
        public static string ToText(SettingNode node, int indent = 0)
        {
            var sb = new StringBuilder();
            switch (node)
            {
                case SettingMap m:
                    Entries(sb, m, indent, null, 0);
                    break;
                case SettingSequence s:
                    Items(sb, s, indent, 0);
                    break;
                case SettingScalar s:
                    Scalar(sb, s);
                    sb.Append('\n');
                    break;
            }
            return sb.ToString();
        }

        private const int MaxDepth = 128;

        private static void Flush(YamlWriter writer, StringBuilder sb)
        {
            if (sb.Length == 0) return;
            string text = sb.ToString(0, sb.Length - 1); // every line ends in \n; Line adds the last one back
            foreach (var line in text.Split('\n')) writer.Line(line);
        }

        /// <summary>Entries at <paramref name="indent"/>; the first line starts with <paramref name="firstPrefix"/> (<c>- </c> of an item) when given.</summary>
        private static void Entries(StringBuilder sb, SettingMap map, int indent, string? firstPrefix, int depth)
        {
            if (depth > MaxDepth) return;
            bool first = true;
            foreach (var entry in map.Entries)
            {
                if (first && firstPrefix is not null) sb.Append(' ', indent - firstPrefix.Length).Append(firstPrefix);
                else sb.Append(' ', indent);
                first = false;
                int keyStart = sb.Length;
                AppendString(sb, entry.Key);
                bool explicitKey = sb.Length - keyStart > YamlWriter.MaxImplicitKeyLength;
                if (explicitKey)
                {
                    // The explicit form `? key` / `: value` that both kubectl's go-yaml and YamlDotNet read.
                    sb.Insert(keyStart, "? ");
                    sb.Append('\n').Append(' ', indent);
                }
                switch (entry.Value)
                {
                    case SettingScalar s:
                        sb.Append(": ");
                        Scalar(sb, s);
                        sb.Append('\n');
                        break;
                    case SettingMap m when m.Count == 0:
                        sb.Append(": {}\n");
                        break;
                    case SettingSequence q when q.Count == 0:
                        sb.Append(": []\n");
                        break;
                    case SettingMap m:
                        sb.Append(":\n");
                        Entries(sb, m, indent + 2, null, depth + 1);
                        break;
                    case SettingSequence q:
                        sb.Append(":\n");
                        Items(sb, q, indent, depth + 1);
                        break;
                }
            }
        }

        private static void Items(StringBuilder sb, SettingSequence sequence, int indent, int depth)
        {
            if (depth > MaxDepth) return;
            foreach (var item in sequence.Items)
            {
                switch (item.Value)
                {
                    case SettingScalar s:
                        sb.Append(' ', indent).Append("- ");
                        Scalar(sb, s);
                        sb.Append('\n');
                        break;
                    case SettingMap m when m.Count > 0:
                        Entries(sb, m, indent + 2, "- ", depth + 1);
                        break;
                    case SettingMap:
                        sb.Append(' ', indent).Append("- {}\n");
                        break;
                    case SettingSequence q when q.Count > 0:
                        sb.Append(' ', indent).Append("-\n");
                        Items(sb, q, indent + 2, depth + 1);
                        break;
                    default:
                        sb.Append(' ', indent).Append("- []\n");
                        break;
                }
            }
        }

        private static void Scalar(StringBuilder sb, SettingScalar s)
        {
            switch (s.Kind)
            {
                case SettingValueKind.String:
                    AppendString(sb, s.Text);
                    break;
                case SettingValueKind.EmptyObject:
                    sb.Append("{}");
                    break;
                case SettingValueKind.EmptyList:
                    sb.Append("[]");
                    break;
                default:
                    // A canonical JSON literal reads back in YAML as the same number or boolean; anything else stays inert text.
                    if (IsLiteral(s.Kind, s.Text)) sb.Append(s.Text);
                    else AppendString(sb, s.Text);
                    break;
            }
        }

        /// <summary><c>true</c>/<c>false</c>, <c>-?(0|[1-9][0-9]*)</c>, or that with a fraction and/or an exponent.</summary>
        internal static bool IsLiteral(SettingValueKind kind, string text)
        {
            if (kind == SettingValueKind.Bool) return text == "true" || text == "false";
            int i = 0;
            if (i < text.Length && text[i] == '-') i++;
            int digits = i;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9') i++;
            if (i == digits || (text[digits] == '0' && i - digits > 1)) return false;
            if (kind == SettingValueKind.Integer) return i == text.Length;
            if (kind != SettingValueKind.Float) return false;
            bool more = false;
            if (i < text.Length && text[i] == '.')
            {
                int f = ++i;
                while (i < text.Length && text[i] >= '0' && text[i] <= '9') i++;
                if (i == f) return false;
                more = true;
            }
            if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
            {
                i++;
                if (i < text.Length && (text[i] == '+' || text[i] == '-')) i++;
                int e = i;
                while (i < text.Length && text[i] >= '0' && text[i] <= '9') i++;
                if (i == e) return false;
                more = true;
            }
            return more && i == text.Length;
        }

        private static void AppendString(StringBuilder sb, string text)
        {
            if (YamlWriter.IsPlainSafe(text)) sb.Append(text);
            else YamlWriter.AppendDoubleQuoted(sb, text);
        }
    }
}

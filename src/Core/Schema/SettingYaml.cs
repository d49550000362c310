using System.Collections.Generic;
using System.Text;
using ProbeGen.Core.Emission;

namespace ProbeGen.Core.Schema
{
    /// <summary>
    /// Writes a settings subtree as block YAML through <see cref="YamlWriter"/>, at the place the writer is at: its one
    /// quoting policy for keys and strings (numbers and booleans plain, <c>{}</c>/<c>[]</c> for empty ones), its
    /// sequence style (items at the key's column) and its nesting, so the manifest writer can put the subtree where it
    /// belongs. Never throws.
    /// </summary>
    public static class SettingYaml
    {
        /// <summary>The entries of <paramref name="map"/> as entries of the writer's current mapping.</summary>
        public static void WriteEntries(YamlWriter writer, SettingMap map) => Entries(writer, map, 0);

        /// <summary>The items of <paramref name="sequence"/> as items of the writer's current sequence.</summary>
        public static void WriteItems(YamlWriter writer, SettingSequence sequence) => Items(writer, sequence, 0);

        /// <summary>A map's entries or a sequence's items as text (each line ending in <c>\n</c>); a scalar as its YAML form.</summary>
        public static string ToText(SettingNode node)
        {
            var sb = new StringBuilder();
            switch (node)
            {
                case SettingMap m:
                    Entries(new YamlWriter(sb), m, 0);
                    break;
                case SettingSequence s:
                    Items(new YamlWriter(sb), s, 0);
                    break;
                case SettingScalar s:
                    Scalar(sb, s);
                    sb.Append('\n');
                    break;
            }
            return sb.ToString();
        }

        private const int MaxDepth = 128;

        private static void Entries(YamlWriter writer, SettingMap map, int depth)
        {
            if (depth > MaxDepth) return;
            foreach (var entry in map.Entries)
            {
                switch (entry.Value)
                {
                    case SettingScalar s when s.Kind == SettingValueKind.String:
                        writer.Field(entry.Key, s.Text);
                        break;
                    case SettingScalar s:
                        if (Literal(s) is { } literal) writer.FieldLiteral(entry.Key, literal);
                        else writer.Field(entry.Key, s.Text);
                        break;
                    case SettingMap m when m.Count == 0:
                        writer.FieldLiteral(entry.Key, "{}");
                        break;
                    case SettingSequence q when q.Count == 0:
                        writer.FieldLiteral(entry.Key, "[]");
                        break;
                    case SettingMap m:
                        writer.BeginMapping(entry.Key);
                        Entries(writer, m, depth + 1);
                        writer.End();
                        break;
                    case SettingSequence q:
                        writer.BeginSequence(entry.Key);
                        Items(writer, q, depth + 1);
                        writer.End();
                        break;
                }
            }
        }

        private static void Items(YamlWriter writer, SettingSequence sequence, int depth)
        {
            if (depth > MaxDepth) return;
            foreach (var item in sequence.Items)
            {
                switch (item.Value)
                {
                    case SettingScalar s when s.Kind == SettingValueKind.String:
                        writer.Item(s.Text);
                        break;
                    case SettingScalar s:
                        if (Literal(s) is { } literal) writer.ItemLiteral(literal);
                        else writer.Item(s.Text);
                        break;
                    case SettingMap m when m.Count > 0:
                        writer.BeginMappingItem();
                        Entries(writer, m, depth + 1);
                        writer.End();
                        break;
                    case SettingMap:
                        writer.ItemLiteral("{}");
                        break;
                    case SettingSequence q when q.Count > 0:
                        writer.BeginSequenceItem();
                        Items(writer, q, depth + 1);
                        writer.End();
                        break;
                    default:
                        writer.ItemLiteral("[]");
                        break;
                }
            }
        }

        /// <summary>A non-string scalar's YAML text when it is written unquoted; null when it stays inert quoted text.</summary>
        private static string? Literal(SettingScalar s)
        {
            switch (s.Kind)
            {
                case SettingValueKind.EmptyObject: return "{}";
                case SettingValueKind.EmptyList: return "[]";
                // A canonical JSON literal reads back in YAML as the same number or boolean; anything else stays inert text.
                default: return IsLiteral(s.Kind, s.Text) ? s.Text : null;
            }
        }

        private static void Scalar(StringBuilder sb, SettingScalar s)
        {
            if (s.Kind != SettingValueKind.String && Literal(s) is { } literal) sb.Append(literal);
            else AppendString(sb, s.Text);
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

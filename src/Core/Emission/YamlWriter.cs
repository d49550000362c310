using System.Globalization;
using System.Text;

namespace ProbeGen.Core.Emission
{
    /// <summary>
    /// Block-style YAML with one quoting policy: a string is written plain only when every YAML 1.1 and 1.2 reader
    /// (kubectl's go-yaml, YamlDotNet) must read it back as that same string; everything else is double-quoted
    /// with escapes. Output is ASCII-safe line structure with "\n" line endings, culture-invariant.
    /// </summary>
    public sealed class YamlWriter
    {
        private readonly StringBuilder _sb;

        public YamlWriter(StringBuilder? sb = null) => _sb = sb ?? new StringBuilder(2048); // a manifest is 1–3 KB: one buffer, no regrowth

        public override string ToString() => _sb.ToString();

        private SettingsMerge? _merge; // null without settings: every method writes exactly as before

        /// <summary>Merges <paramref name="settings"/> into what follows (call <see cref="FinishSettings"/> at the end of the document).</summary>
        public void MergeSettings(ProbeGen.Core.Schema.SettingMap settings) => _merge = new SettingsMerge(this, settings);

        /// <summary>Writes the settings still open at the end of the document, innermost place first.</summary>
        public void FinishSettings()
        {
            _merge?.Finish();
            _merge = null;
        }

        private void Indent(int indent) => _sb.Append(' ', indent);

        /// <summary><c>key:</c> opening a nested mapping or sequence (always one of ProbeGen's own field names, never a user key).</summary>
        public void Key(int indent, string key)
        {
            _merge?.Entry(indent, key);
            Indent(indent);
            Scalar(key);
            _sb.Append(":\n");
            _merge?.Opened(indent, key);
        }

        public void Field(int indent, string key, string value)
        {
            _merge?.Entry(indent, key);
            FieldKey(indent, key);
            Scalar(value);
            _sb.Append('\n');
        }

        public void Field(int indent, string key, long value)
        {
            _merge?.Entry(indent, key);
            FieldKey(indent, key);
            _sb.Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        public void Field(int indent, string key, bool value)
        {
            _merge?.Entry(indent, key);
            FieldKey(indent, key);
            _sb.Append(value ? "true\n" : "false\n");
        }

        /// <summary><c>key: {}</c> / <c>key: []</c> for an empty collection the user wrote.</summary>
        public void Raw(int indent, string key, string flow)
        {
            if (_merge is not null && _merge.Empty(indent, key, flow)) return; // settings fill the object or list
            FieldKey(indent, key);
            _sb.Append(flow).Append('\n');
        }

        /// <summary>The longest key written in the implicit form <c>key: value</c>; YAML allows 1,024 characters there (quotes included).</summary>
        public const int MaxImplicitKeyLength = 1000;

        /// <summary>
        /// <c>key: </c>, or for a key too long for an implicit key the explicit form <c>? key</c> / <c>: </c>, which
        /// kubectl's go-yaml and YamlDotNet both read (a longer implicit key fails to parse in both).
        /// </summary>
        private void FieldKey(int indent, string key)
        {
            Indent(indent);
            int start = _sb.Length;
            Scalar(key);
            if (_sb.Length - start > MaxImplicitKeyLength)
            {
                _sb.Insert(start, "? ");
                _sb.Append('\n');
                Indent(indent);
            }
            _sb.Append(": ");
        }

        /// <summary>A sequence item that is a scalar: <c>- value</c>.</summary>
        public void Item(int indent, string value)
        {
            _merge?.Item(indent, null);
            Indent(indent);
            _sb.Append("- ");
            Scalar(value);
            _sb.Append('\n');
        }

        /// <summary>The first field of a mapping inside a sequence: <c>- key: value</c>.</summary>
        public void ItemField(int indent, string key, string value)
        {
            _merge?.Item(indent, key);
            Indent(indent);
            _sb.Append("- ");
            Scalar(key);
            _sb.Append(": ");
            Scalar(value);
            _sb.Append('\n');
        }

        public void ItemField(int indent, string key, long value)
        {
            _merge?.Item(indent, key);
            Indent(indent);
            _sb.Append("- ");
            Scalar(key);
            _sb.Append(": ").Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        /// <summary>A raw line (the settings' own text): not followed by the settings merge.</summary>
        public void Line(string text) => _sb.Append(text).Append('\n');

        public void Scalar(string value)
        {
            if (IsPlainSafe(value)) _sb.Append(value);
            else AppendDoubleQuoted(_sb, value);
        }

        /// <summary>
        /// Plain only for: ASCII letters/digits and <c>_ . / - ; = + @ % ,</c>, inner single spaces, and <c>:</c> not
        /// followed by a space; starting with a letter, '_' or '/'; not a YAML 1.1 boolean or null word; no leading,
        /// trailing or double spaces. Everything else (numbers, "yes", "~", "#x", "a: b", unicode, empty …) is quoted.
        /// </summary>
        public static bool IsPlainSafe(string s)
        {
            if (s.Length == 0) return false;
            char first = s[0];
            if (!(IsAsciiLetter(first) || first == '_' || first == '/')) return false;
            char last = s[s.Length - 1];
            if (last == ' ' || last == ':') return false;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (IsAsciiLetter(c) || (c >= '0' && c <= '9')) continue;
                switch (c)
                {
                    case '_': case '.': case '/': case '-': case ';': case '=': case '+': case '@': case '%': case ',':
                        continue;
                    case ':':
                        if (s[i + 1] == ' ') return false;
                        continue;
                    case ' ':
                        if (s[i + 1] == ' ') return false;
                        continue;
                    default:
                        return false;
                }
            }
            return !IsReservedWord(s);
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        // YAML 1.1 booleans and nulls (go-yaml v2 and YamlDotNet's schemas both read some of these as non-strings).
        private static bool IsReservedWord(string s)
        {
            switch (s.ToLowerInvariant())
            {
                case "y": case "n": case "yes": case "no": case "true": case "false": case "on": case "off": case "null":
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>YAML double-quoted scalar. Escapes every character YAML does not allow raw or that a reader would fold.</summary>
        public static void AppendDoubleQuoted(StringBuilder sb, string s)
        {
            sb.Append('"');
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\0': sb.Append("\\0"); break;
                    case '\u0085': sb.Append("\\N"); break;
                    case '\u00A0': sb.Append("\\_"); break;
                    case '\u2028': sb.Append("\\L"); break;
                    case '\u2029': sb.Append("\\P"); break;
                    default:
                        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF')
                        {
                            sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                        {
                            sb.Append(c).Append(s[i + 1]);
                            i++;
                        }
                        else if (char.IsSurrogate(c))
                        {
                            // A lone surrogate cannot be encoded in UTF-8; the front-ends reject it (PG0014) before emission.
                            sb.Append("\\uFFFD");
                        }
                        else
                        {
                            sb.Append(c);
                        }
                        break;
                }
            }
            sb.Append('"');
        }
    }
}

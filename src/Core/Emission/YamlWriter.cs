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
        private StringBuilder _sb;
        private readonly bool _pooled;
        private string? _text;

        // One buffer per thread, reused from manifest to manifest: the generator writes thousands of them in a build, and a
        // new 2 KB builder (plus its regrowth) for each was a steady share of its allocations (bench/README.md, issue 18).
        [System.ThreadStatic] private static StringBuilder? t_buffer;

        private const int MaxPooledCapacity = 64 * 1024;

        /// <summary>Writes into <paramref name="sb"/>, or, without one, into a per-thread buffer that <see cref="ToString"/> hands back.</summary>
        public YamlWriter(StringBuilder? sb = null)
        {
            if (sb is not null)
            {
                _sb = sb;
                return;
            }
            var cached = t_buffer;
            if (cached is not null)
            {
                t_buffer = null; // taken: a second writer alive on this thread gets its own buffer
                cached.Clear();
                _sb = cached;
                _pooled = true;
            }
            else
            {
                _sb = new StringBuilder(2048); // a manifest is 1–3 KB: one buffer, no regrowth
                _pooled = true;
            }
        }

        /// <summary>The text written. A writer on the per-thread buffer is finished by this call: the buffer goes back for the next manifest.</summary>
        public override string ToString()
        {
            if (_text is not null) return _text;
            string text = _sb.ToString();
            if (!_pooled) return text;
            _text = text;
            if (_sb.Capacity <= MaxPooledCapacity) t_buffer = _sb;
            _sb = null!; // writing after the text was taken would write into the next manifest's buffer
            return text;
        }

        private SettingsMerge? _merge; // null without settings: every method writes exactly as before

        /// <summary>Merges <paramref name="settings"/> into what follows (call <see cref="FinishSettings"/> at the end of the document).</summary>
        public void MergeSettings(ProbeGen.Core.Schema.SettingMap settings) => _merge = new SettingsMerge(this, settings);

        /// <summary>Writes the settings still open at the end of the document, innermost place first.</summary>
        public void FinishSettings()
        {
            if (_merge is null) return;
            while (_depth > 0) End(); // a level the caller left open closes here, its settings with it
            var merge = _merge;
            _merge = null; // what the merge writes does not feed back into it
            merge.Finish();
        }

        // The nesting, owned here so that no caller counts spaces: the column of the current entries or items, and per
        // open level whether it moved that column (a mapping and an item do, by 2; a sequence's items stay at its key's
        // column). The first 64 levels are bits of a word, so a manifest costs no allocation; deeper ones (settings
        // subtrees) spill to a stack.
        private int _indent;
        private int _depth;
        private ulong _shifts;
        private System.Collections.Generic.Stack<bool>? _deepShifts;
        private bool _itemPending; // a mapping item is open and its first line, which carries the "- ", is not written yet

        private void Push(bool shifts)
        {
            if (_depth < 64)
            {
                if (shifts) _shifts |= 1UL << _depth;
                else _shifts &= ~(1UL << _depth);
            }
            else
            {
                (_deepShifts ??= new System.Collections.Generic.Stack<bool>()).Push(shifts);
            }
            _depth++;
            if (shifts) _indent += 2;
        }

        private void Pop()
        {
            if (_depth == 0) return; // an End without its Begin writes nothing rather than throw
            _depth--;
            bool shifted = _depth < 64 ? (_shifts & (1UL << _depth)) != 0 : _deepShifts!.Pop();
            if (shifted) _indent -= 2;
        }

        /// <summary>The start of a line at the current column: the pending item's <c>- </c> or spaces.</summary>
        private void LineStart()
        {
            if (_itemPending)
            {
                _itemPending = false;
                _sb.Append(' ', _indent - 2).Append("- ");
            }
            else
            {
                _sb.Append(' ', _indent);
            }
        }

        /// <summary>
        /// <c>key</c> at the start of a line, ready for its value: <c>key:</c>, or for a key too long for an implicit key
        /// the explicit form <c>? key</c> / <c>:</c>, which kubectl's go-yaml and YamlDotNet both read (a longer implicit
        /// key fails to parse in both).
        /// </summary>
        private void KeyColon(string key)
        {
            LineStart();
            int start = _sb.Length;
            Scalar(key);
            if (_sb.Length - start > MaxImplicitKeyLength)
            {
                _sb.Insert(start, "? ");
                _sb.Append('\n').Append(' ', _indent);
            }
            _sb.Append(':');
        }

        /// <summary><c>key:</c> opening a mapping one level in; close it with <see cref="End"/>.</summary>
        public void BeginMapping(string key)
        {
            _merge?.Entry(key);
            KeyColon(key);
            _sb.Append('\n');
            Push(shifts: true);
            _merge?.Opened(key, sequence: false);
        }

        /// <summary><c>key:</c> opening a sequence, whose items are written at the key's column; close it with <see cref="End"/>.</summary>
        public void BeginSequence(string key)
        {
            _merge?.Entry(key);
            KeyColon(key);
            _sb.Append('\n');
            Push(shifts: false);
            _merge?.Opened(key, sequence: true);
        }

        /// <summary>A sequence item that is a mapping: its first line starts with <c>- </c>. Close it with <see cref="End"/>.</summary>
        public void BeginMappingItem()
        {
            _merge?.OpenedItem(sequence: false);
            Push(shifts: true);
            _itemPending = true;
        }

        /// <summary>A sequence item that is a sequence: <c>-</c>, its items one level in. Close it with <see cref="End"/>.</summary>
        public void BeginSequenceItem()
        {
            _merge?.OpenedItem(sequence: true);
            LineStart();
            _sb.Append("-\n");
            Push(shifts: true);
        }

        /// <summary>Closes the innermost mapping, sequence or item (settings it did not write are written there first).</summary>
        public void End()
        {
            _merge?.Closing();
            if (_itemPending)
            {
                _itemPending = false; // an item with no field is an empty mapping
                _sb.Append(' ', _indent - 2).Append("- {}\n");
            }
            Pop();
        }

        public void Field(string key, string value)
        {
            _merge?.Entry(key);
            KeyColon(key);
            _sb.Append(' ');
            Scalar(value);
            _sb.Append('\n');
        }

        public void Field(string key, long value)
        {
            _merge?.Entry(key);
            KeyColon(key);
            _sb.Append(' ').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        public void Field(string key, bool value)
        {
            _merge?.Entry(key);
            KeyColon(key);
            _sb.Append(value ? " true\n" : " false\n");
        }

        /// <summary><c>key: {}</c> for an empty object the user wrote (settings that fill it are written instead).</summary>
        public void EmptyMapping(string key)
        {
            if (_merge is not null && _merge.FillsEmpty(key, sequence: false)) return;
            FieldLiteral(key, "{}");
        }

        /// <summary><c>key: []</c> for an empty list the user wrote (settings that fill it are written instead).</summary>
        public void EmptySequence(string key)
        {
            if (_merge is not null && _merge.FillsEmpty(key, sequence: true)) return;
            FieldLiteral(key, "[]");
        }

        /// <summary><c>key: literal</c>, the literal already in its YAML form (a canonical number or boolean, <c>{}</c>, <c>[]</c>): not quoted.</summary>
        internal void FieldLiteral(string key, string literal)
        {
            _merge?.Entry(key);
            KeyColon(key);
            _sb.Append(' ').Append(literal).Append('\n');
        }

        /// <summary>The longest key written in the implicit form <c>key: value</c>; YAML allows 1,024 characters there (quotes included).</summary>
        public const int MaxImplicitKeyLength = 1000;

        /// <summary>A sequence item that is a scalar: <c>- value</c>.</summary>
        public void Item(string value)
        {
            _merge?.ScalarItem();
            LineStart();
            _sb.Append("- ");
            Scalar(value);
            _sb.Append('\n');
        }

        /// <summary><c>- literal</c>, the literal already in its YAML form (see <see cref="FieldLiteral"/>).</summary>
        internal void ItemLiteral(string literal)
        {
            _merge?.ScalarItem();
            LineStart();
            _sb.Append("- ").Append(literal).Append('\n');
        }

        /// <summary>Turns the settings merge off and returns it: what the merge itself writes is not a place it follows.</summary>
        internal SettingsMerge? SuspendMerge()
        {
            var merge = _merge;
            _merge = null;
            return merge;
        }

        internal void ResumeMerge(SettingsMerge? merge) => _merge = merge;

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
            if (s.Length > 5) return false; // the longest is "false": no lower-cased copy of every longer scalar
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

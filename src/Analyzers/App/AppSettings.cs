using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ProbeGen.Analyzers.App
{
    /// <summary>
    /// An appsettings*.json file flattened to configuration keys (<c>Kestrel:Endpoints:Http:Url</c>), case-insensitive
    /// as .NET configuration is. Comments and trailing commas are accepted, as the JSON configuration provider does.
    /// A file that does not parse yields null: the app would not start with it either, and the rules say nothing.
    /// </summary>
    internal static class AppSettings
    {
        public static Dictionary<string, string>? Parse(string text)
        {
            var result = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
            var p = new Parser(text);
            try
            {
                p.SkipTrivia();
                if (p.AtEnd) return result;
                p.Value("", result);
                p.SkipTrivia();
                return p.AtEnd ? result : null;
            }
            catch (System.FormatException)
            {
                return null;
            }
        }

        private sealed class Parser
        {
            private readonly string _s;
            private int _i;

            public Parser(string s) => _s = s;

            public bool AtEnd => _i >= _s.Length;

            public void SkipTrivia()
            {
                while (_i < _s.Length)
                {
                    char c = _s[_i];
                    if (c is ' ' or '\t' or '\r' or '\n' or '\uFEFF') _i++;
                    else if (c == '/' && _i + 1 < _s.Length && _s[_i + 1] == '/')
                    {
                        while (_i < _s.Length && _s[_i] != '\n') _i++;
                    }
                    else if (c == '/' && _i + 1 < _s.Length && _s[_i + 1] == '*')
                    {
                        int end = _s.IndexOf("*/", _i + 2, System.StringComparison.Ordinal);
                        if (end < 0) throw new System.FormatException();
                        _i = end + 2;
                    }
                    else break;
                }
            }

            private char Peek()
            {
                if (_i >= _s.Length) throw new System.FormatException();
                return _s[_i];
            }

            public void Value(string path, Dictionary<string, string> into)
            {
                SkipTrivia();
                char c = Peek();
                if (c == '{')
                {
                    _i++;
                    while (true)
                    {
                        SkipTrivia();
                        if (Peek() == '}')
                        {
                            _i++;
                            return;
                        }
                        string key = String();
                        SkipTrivia();
                        if (Peek() != ':') throw new System.FormatException();
                        _i++;
                        Value(path.Length == 0 ? key : path + ":" + key, into);
                        SkipTrivia();
                        if (Peek() == ',') _i++;
                        else if (Peek() != '}') throw new System.FormatException();
                    }
                }
                if (c == '[')
                {
                    _i++;
                    int index = 0;
                    while (true)
                    {
                        SkipTrivia();
                        if (Peek() == ']')
                        {
                            _i++;
                            return;
                        }
                        Value(path + ":" + index.ToString(CultureInfo.InvariantCulture), into);
                        index++;
                        SkipTrivia();
                        if (Peek() == ',') _i++;
                        else if (Peek() != ']') throw new System.FormatException();
                    }
                }
                string value;
                if (c == '"') value = String();
                else
                {
                    int start = _i;
                    while (_i < _s.Length && (char.IsLetterOrDigit(_s[_i]) || _s[_i] is '-' or '+' or '.')) _i++;
                    if (_i == start) throw new System.FormatException();
                    value = _s.Substring(start, _i - start);
                    if (value == "null") value = "";
                }
                into[path] = value;
            }

            private string String()
            {
                if (Peek() != '"') throw new System.FormatException();
                _i++;
                var sb = new StringBuilder();
                while (true)
                {
                    char c = Peek();
                    _i++;
                    if (c == '"') return sb.ToString();
                    if (c != '\\')
                    {
                        sb.Append(c);
                        continue;
                    }
                    char e = Peek();
                    _i++;
                    switch (e)
                    {
                        case 'n': sb.Append('\n'); break;
                        case 't': sb.Append('\t'); break;
                        case 'r': sb.Append('\r'); break;
                        case 'b': sb.Append('\b'); break;
                        case 'f': sb.Append('\f'); break;
                        case 'u':
                            if (_i + 4 > _s.Length || !int.TryParse(_s.Substring(_i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code)) throw new System.FormatException();
                            sb.Append((char)code);
                            _i += 4;
                            break;
                        default: sb.Append(e); break;
                    }
                }
            }
        }
    }
}

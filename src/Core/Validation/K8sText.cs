using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ProbeGen.Core.Validation
{
    /// <summary>Renders values the way the API server's field errors do (Go <c>%q</c> for strings, <c>%v</c> for numbers).</summary>
    public static class K8sText
    {
        public static string Value(object? value) => value switch
        {
            null => "null",
            string s => Quote(s),
            bool b => b ? "true" : "false",
            int i => i.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture),
            System.IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };

        /// <summary>Go's strconv.Quote: printable characters as they are, escapes for the rest.</summary>
        public static string Quote(string s)
        {
            var sb = new StringBuilder(s.Length + 2);
            sb.Append('"');
            foreach (char c in s)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            return sb.Append('"').ToString();
        }

        public static string QuotedList(IEnumerable<string> values)
        {
            var sb = new StringBuilder();
            foreach (var v in values)
            {
                if (sb.Length > 0) sb.Append(", ");
                sb.Append(Quote(v));
            }
            return sb.ToString();
        }
    }
}

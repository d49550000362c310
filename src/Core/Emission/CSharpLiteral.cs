using System.Globalization;
using System.Text;

namespace ProbeGen.Core.Emission
{
    /// <summary>C# regular string literals; everything outside printable ASCII is escaped, so emitted files are plain ASCII.</summary>
    public static class CSharpLiteral
    {
        public static string Of(string? value)
        {
            if (value is null) return "null";
            var sb = new StringBuilder(value.Length + 16);
            Append(sb, value);
            return sb.ToString();
        }

        public static void Append(StringBuilder sb, string value)
        {
            sb.Append('"');
            // Runs of printable ASCII go in one Append: the YAML constants are long and mostly plain.
            int run = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= 0x20 && c <= 0x7E && c != '"' && c != '\\') continue;
                if (i > run) sb.Append(value, run, i - run);
                run = i + 1;
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\0': sb.Append("\\0"); break;
                    default: sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
                }
            }
            if (value.Length > run) sb.Append(value, run, value.Length - run);
            sb.Append('"');
        }

        /// <summary>
        /// Text for a <c>//</c> comment: printable ASCII stays, everything else becomes <c>\uXXXX</c>. C# ends a line (and so
        /// the comment) at CR, LF, U+0085, U+2028 and U+2029; with only printable ASCII left, nothing can end it early.
        /// </summary>
        public static string CommentText(string? value)
        {
            if (value is null) return "";
            StringBuilder? sb = null;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= 0x20 && c <= 0x7E)
                {
                    sb?.Append(c);
                    continue;
                }
                sb ??= new StringBuilder(value, 0, i, value.Length + 16);
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            return sb?.ToString() ?? value;
        }
    }
}

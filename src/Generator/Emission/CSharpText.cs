using System.Globalization;
using System.Text;

namespace ProbeGen.Generator.Emission
{
    internal static class CSharpText
    {
        /// <summary>A C# regular string literal; everything outside printable ASCII is escaped, so the file is plain ASCII.</summary>
        public static string Literal(string? value)
        {
            if (value is null) return "null";
            var sb = new StringBuilder(value.Length + 16);
            AppendLiteral(sb, value);
            return sb.ToString();
        }

        public static void AppendLiteral(StringBuilder sb, string value)
        {
            sb.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\0': sb.Append("\\0"); break;
                    default:
                        if (c < 0x20 || c > 0x7E) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            sb.Append('"');
        }
    }
}

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

using System.Globalization;
using System.Text;

namespace ProbeGen.Cli
{
    /// <summary>
    /// Text from the input (keys, values, file names) as it may appear in a terminal or CI log: control characters
    /// (C0, DEL, C1), line and paragraph separators, bidirectional overrides and the BOM are escaped (<c>\x1b</c>,
    /// <c>\u2028</c>), so a key cannot start a new line (a forged <c>::error</c>), move the cursor or recolour output.
    /// </summary>
    internal static class ConsoleText
    {
        public static string Escape(string? s)
        {
            if (s is null) return "";
            StringBuilder? sb = null;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (!NeedsEscape(c))
                {
                    sb?.Append(c);
                    continue;
                }
                sb ??= new StringBuilder(s, 0, i, s.Length + 16);
                switch (c)
                {
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (c <= 0xFF) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                        else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        break;
                }
            }
            return sb?.ToString() ?? s;
        }

        private static bool NeedsEscape(char c) =>
            c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
            || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\uFEFF';
    }
}

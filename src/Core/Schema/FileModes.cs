using System;
using System.Globalization;

namespace ProbeGen.Core.Schema
{
    /// <summary>
    /// File modes as a C# user writes them: octal strings with the leading zero (<c>"0644"</c>), because C# has no octal
    /// literal and the decimal 0644 is 644, not the 420 a volume's <c>defaultMode</c> holds.
    /// </summary>
    public static class FileModes
    {
        /// <summary>
        /// <c>"0644"</c>, <c>"0400"</c>, <c>"0"</c> → its number; null with <paramref name="why"/> for anything else. The
        /// leading zero is required, so YAML's decimal <c>420</c> copied into C# is refused rather than read as octal 0420.
        /// </summary>
        public static int? ParseOctal(string? text, out string? why)
        {
            why = null;
            if (text is null || text.Length < 1 || text.Length > 5 || text[0] != '0')
            {
                why = "a file mode is written in octal with its leading zero, as chmod reads it (\"0644\", \"0400\", \"0755\"), not \"" + text + "\""
                    + (text is not null && IsDecimal(text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int d) && Octal(d) is { } o
                        ? ": the decimal " + text + " of a YAML file is \"" + o + "\""
                        : "");
                return null;
            }
            int value = 0;
            for (int i = 1; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '7')
                {
                    why = "a file mode is written in octal with its leading zero, digits 0 to 7 (\"0644\", \"0400\", \"0755\"), not \"" + text + "\"";
                    return null;
                }
                value = value * 8 + (c - '0');
            }
            return value;
        }

        /// <summary>The octal text import writes for a mode (420 → <c>"0644"</c>); null for a negative number or one past 07777.</summary>
        public static string? Octal(long value)
        {
            if (value < 0 || value > 4095) return null;
            return "0" + Convert.ToString(value, 8).PadLeft(3, '0');
        }

        private static bool IsDecimal(string s)
        {
            if (s.Length == 0) return false;
            foreach (char c in s) if (c < '0' || c > '9') return false;
            return true;
        }
    }
}

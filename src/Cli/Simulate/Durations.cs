using System.Globalization;
using System.Text.RegularExpressions;

namespace ProbeGen.Cli.Simulate
{
    /// <summary>Durations as people write them in manifests and on command lines: <c>30</c>, <c>30s</c>, <c>5m</c>, <c>1m30s</c>, <c>2h</c>.</summary>
    internal static class Durations
    {
        private static readonly Regex Format = new(@"^(?:(?<h>\d+)h)?(?:(?<m>\d+)m)?(?:(?<s>\d+)s?)?$", RegexOptions.CultureInvariant);

        public const string Expected = "a duration in seconds: 30, 30s, 5m, 1m30s or 2h";

        /// <summary>Whole seconds; null when the text is not a duration (or over a day).</summary>
        public static int? Parse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            var m = Format.Match(text!.Trim());
            if (!m.Success || (!m.Groups["h"].Success && !m.Groups["m"].Success && !m.Groups["s"].Success)) return null;
            long total = 0;
            if (m.Groups["h"].Success && !Add(ref total, m.Groups["h"].Value, 3600)) return null;
            if (m.Groups["m"].Success && !Add(ref total, m.Groups["m"].Value, 60)) return null;
            if (m.Groups["s"].Success && !Add(ref total, m.Groups["s"].Value, 1)) return null;
            return total <= Core.Lifecycle.LifecycleSimulator.MaxUntilSeconds ? (int)total : null;
        }

        private static bool Add(ref long total, string digits, int unit)
        {
            if (digits.Length > 7 || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long n)) return false;
            total += n * unit;
            return true;
        }

        /// <summary>kubectl's AGE column (apimachinery duration.HumanDuration).</summary>
        public static string Human(int seconds)
        {
            if (seconds < 0) return "0s";
            if (seconds < 120) return I(seconds) + "s";
            int minutes = seconds / 60;
            if (minutes < 10) return seconds % 60 == 0 ? I(minutes) + "m" : I(minutes) + "m" + I(seconds % 60) + "s";
            if (minutes < 180) return I(minutes) + "m";
            int hours = seconds / 3600;
            if (hours < 8) return minutes % 60 == 0 ? I(hours) + "h" : I(hours) + "h" + I(minutes % 60) + "m";
            if (hours < 48) return I(hours) + "h";
            return hours % 24 == 0 ? I(hours / 24) + "d" : I(hours / 24) + "d" + I(hours % 24) + "h";
        }

        private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);
    }
}

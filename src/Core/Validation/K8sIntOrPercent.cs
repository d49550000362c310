using System.Collections.Generic;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// The int-or-percent rules of rolling updates (Deployment, DaemonSet, StatefulSet): apimachinery
    /// util/validation <c>IsValidPercent</c> and apps validation <c>getPercentValue</c>, <c>getIntOrPercentValue</c>,
    /// <c>ValidatePositiveIntOrPercent</c>, <c>IsNotMoreThan100Percent</c>.
    /// </summary>
    public static class K8sIntOrPercent
    {
        public const string PercentFormat = "[0-9]+%";

        public const string PercentError =
            "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%' or '93%', regex used for validation is '" + PercentFormat + "')";

        public const string MoreThan100PercentError = "must not be greater than 100%";

        /// <summary>ValidateRollingUpdateDeployment, on maxUnavailable.</summary>
        public const string DeploymentBothZeroError = "may not be 0 when `maxSurge` is 0";

        /// <summary>ValidateRollingUpdateDaemonSet, Required on maxUnavailable.</summary>
        public const string DaemonSetBothZeroError = "cannot be 0 when maxSurge is 0";

        /// <summary>ValidateRollingUpdateDaemonSet, Invalid on maxSurge.</summary>
        public const string DaemonSetBothNonZeroError = "may not be set when maxUnavailable is non-zero";

        /// <summary>validateRollingUpdateStatefulSet, on maxUnavailable.</summary>
        public const string StatefulSetZeroError = "cannot be 0";

        /// <summary>IsValidPercent: <c>^[0-9]+%$</c> (ASCII digits, at least one).</summary>
        public static List<string> IsValidPercent(string percent)
        {
            var errors = new List<string>();
            if (!MatchesPercent(percent)) errors.Add(PercentError);
            return errors;
        }

        private static bool MatchesPercent(string s)
        {
            if (s.Length < 2 || s[s.Length - 1] != '%') return false;
            for (int i = 0; i < s.Length - 1; i++) if (s[i] < '0' || s[i] > '9') return false;
            return true;
        }

        /// <summary>getPercentValue: the number before '%' when the value is a valid percent string.</summary>
        public static bool TryGetPercentValue(IntOrStringValue value, out long percent)
        {
            percent = 0;
            if (!value.IsString || !MatchesPercent(value.Text)) return false;
            percent = GoAtoi(value.Text.Substring(0, value.Text.Length - 1));
            return true;
        }

        /// <summary>
        /// getIntOrPercentValue: a valid percentage's number; otherwise IntOrString.IntValue(), which for a string is
        /// Go's strconv.Atoi with the error ignored (<c>"abc"</c> → 0, <c>"50"</c> → 50).
        /// </summary>
        public static long GetIntOrPercentValue(IntOrStringValue value)
        {
            if (TryGetPercentValue(value, out long percent)) return percent;
            return value.IsString ? GoAtoi(value.Text) : value.Number;
        }

        /// <summary>ValidatePositiveIntOrPercent: a string must be a percentage, a number must not be negative.</summary>
        public static List<string> ValidatePositiveIntOrPercent(IntOrStringValue value)
        {
            if (value.IsString) return IsValidPercent(value.Text);
            var errors = new List<string>();
            if (value.Number < 0) errors.Add(K8sFormats.NonNegativeError);
            return errors;
        }

        /// <summary>IsNotMoreThan100Percent: false only for a valid percentage above 100 (a number is never a percentage).</summary>
        public static bool IsNotMoreThan100Percent(IntOrStringValue value) => !TryGetPercentValue(value, out long percent) || percent <= 100;

        /// <summary>Go's strconv.Atoi as the apps code uses it: optional sign, decimal digits; 0 on a syntax error, clamped on overflow.</summary>
        internal static long GoAtoi(string s)
        {
            int i = 0;
            bool negative = false;
            if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
            {
                negative = s[0] == '-';
                i = 1;
            }
            if (i >= s.Length) return 0;
            ulong magnitude = 0;
            bool overflow = false;
            for (; i < s.Length; i++)
            {
                char c = s[i];
                if (c < '0' || c > '9') return 0;
                if (!overflow)
                {
                    ulong next = magnitude * 10 + (ulong)(c - '0');
                    if (magnitude > (ulong.MaxValue - 9) / 10 || next > (ulong)long.MaxValue + 1) overflow = true;
                    else magnitude = next;
                }
            }
            if (negative) return overflow || magnitude > (ulong)long.MaxValue ? long.MinValue : -(long)magnitude;
            return overflow || magnitude > (ulong)long.MaxValue ? long.MaxValue : (long)magnitude;
        }
    }
}

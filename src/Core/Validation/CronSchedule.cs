using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// github.com/robfig/cron/v3 <c>ParseStandard</c> (v3.0.1, the version Kubernetes vendors), reduced to its verdict
    /// and its error text: 5 fields (minute hour day-of-month month day-of-week) or a descriptor. Pure: a
    /// <c>TZ=</c>/<c>CRON_TZ=</c> prefix is skipped, not looked up (that needs the server's time-zone database).
    /// </summary>
    public static class CronSchedule
    {
        private readonly struct Bounds
        {
            public Bounds(uint min, uint max, Dictionary<string, uint>? names)
            {
                Min = min;
                Max = max;
                Names = names;
            }

            public uint Min { get; }
            public uint Max { get; }
            public Dictionary<string, uint>? Names { get; }
        }

        private static readonly Bounds Minutes = new(0, 59, null);
        private static readonly Bounds Hours = new(0, 23, null);
        private static readonly Bounds Dom = new(1, 31, null);
        private static readonly Bounds Months = new(1, 12, new Dictionary<string, uint>
        {
            ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6,
            ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
        });
        private static readonly Bounds Dow = new(0, 6, new Dictionary<string, uint>
        {
            ["sun"] = 0, ["mon"] = 1, ["tue"] = 2, ["wed"] = 3, ["thu"] = 4, ["fri"] = 5, ["sat"] = 6,
        });

        /// <summary>The parser's error text, or null when the schedule parses.</summary>
        public static string? Validate(string spec)
        {
            if (spec.Length == 0) return "empty spec string";
            if (spec.StartsWith("TZ=", System.StringComparison.Ordinal) || spec.StartsWith("CRON_TZ=", System.StringComparison.Ordinal))
            {
                int space = spec.IndexOf(' ');
                if (space < 0) return null; // Go slices out of range here; the TZ rule reports the schedule anyway
                spec = spec.Substring(space).Trim();
            }
            if (spec.StartsWith("@", System.StringComparison.Ordinal)) return Descriptor(spec);

            var fields = GoFields(spec);
            if (fields.Count != 5)
            {
                return "expected exactly 5 fields, found " + fields.Count.ToString(CultureInfo.InvariantCulture) + ": [" + string.Join(" ", fields) + "]";
            }
            return Field(fields[0], Minutes) ?? Field(fields[1], Hours) ?? Field(fields[2], Dom) ?? Field(fields[3], Months) ?? Field(fields[4], Dow);
        }

        private static string? Descriptor(string spec)
        {
            switch (spec)
            {
                case "@yearly":
                case "@annually":
                case "@monthly":
                case "@weekly":
                case "@daily":
                case "@midnight":
                case "@hourly":
                    return null;
            }
            const string every = "@every ";
            if (spec.StartsWith(every, System.StringComparison.Ordinal))
            {
                string? error = GoDuration.Validate(spec.Substring(every.Length));
                return error is null ? null : "failed to parse duration " + spec + ": " + error;
            }
            return "unrecognized descriptor: " + spec;
        }

        /// <summary>strings.Fields: split on Unicode white space.</summary>
        private static List<string> GoFields(string s)
        {
            var result = new List<string>();
            var sb = new StringBuilder();
            foreach (char c in s)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (sb.Length > 0) result.Add(sb.ToString());
                    sb.Clear();
                }
                else
                {
                    sb.Append(c);
                }
            }
            if (sb.Length > 0) result.Add(sb.ToString());
            return result;
        }

        private static string? Field(string field, Bounds r)
        {
            foreach (var expr in field.Split(','))
            {
                if (expr.Length == 0) continue; // strings.FieldsFunc drops empty ranges
                string? error = Range(expr, r);
                if (error is not null) return error;
            }
            return null;
        }

        private static string? Range(string expr, Bounds r)
        {
            var rangeAndStep = expr.Split('/');
            var lowAndHigh = rangeAndStep[0].Split('-');
            bool singleDigit = lowAndHigh.Length == 1;
            uint start, end, step;
            string? error;
            if (lowAndHigh[0] == "*" || lowAndHigh[0] == "?")
            {
                start = r.Min;
                end = r.Max;
            }
            else
            {
                error = IntOrName(lowAndHigh[0], r.Names, out start);
                if (error is not null) return error;
                switch (lowAndHigh.Length)
                {
                    case 1:
                        end = start;
                        break;
                    case 2:
                        error = IntOrName(lowAndHigh[1], r.Names, out end);
                        if (error is not null) return error;
                        break;
                    default:
                        return "too many hyphens: " + expr;
                }
            }
            switch (rangeAndStep.Length)
            {
                case 1:
                    step = 1;
                    break;
                case 2:
                    error = Int(rangeAndStep[1], out step);
                    if (error is not null) return error;
                    if (singleDigit) end = r.Max;
                    break;
                default:
                    return "too many slashes: " + expr;
            }
            if (start < r.Min) return "beginning of range (" + U(start) + ") below minimum (" + U(r.Min) + "): " + expr;
            if (end > r.Max) return "end of range (" + U(end) + ") above maximum (" + U(r.Max) + "): " + expr;
            if (start > end) return "beginning of range (" + U(start) + ") beyond end of range (" + U(end) + "): " + expr;
            if (step == 0) return "step of range should be a positive number: " + expr;
            return null;
        }

        private static string U(uint v) => v.ToString(CultureInfo.InvariantCulture);

        private static string? IntOrName(string expr, Dictionary<string, uint>? names, out uint value)
        {
            if (names is not null && names.TryGetValue(expr.ToLowerInvariant(), out value)) return null;
            return Int(expr, out value);
        }

        /// <summary>mustParseInt: strconv.Atoi, then no negatives.</summary>
        private static string? Int(string expr, out uint value)
        {
            value = 0;
            string? atoiError = GoAtoi(expr, out long num);
            if (atoiError is not null) return "failed to parse int from " + expr + ": " + atoiError;
            if (num < 0) return "negative number (" + num.ToString(CultureInfo.InvariantCulture) + ") not allowed: " + expr;
            value = num > uint.MaxValue ? uint.MaxValue : (uint)num;
            return null;
        }

        /// <summary>strconv.Atoi on a 64-bit platform: optional sign, decimal digits.</summary>
        private static string? GoAtoi(string s, out long value)
        {
            value = 0;
            int i = 0;
            bool negative = false;
            if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
            {
                negative = s[0] == '-';
                i = 1;
            }
            if (i >= s.Length) return "strconv.Atoi: parsing " + K8sText.Quote(s) + ": invalid syntax";
            System.Numerics.BigInteger n = 0;
            for (; i < s.Length; i++)
            {
                char c = s[i];
                if (c < '0' || c > '9') return "strconv.Atoi: parsing " + K8sText.Quote(s) + ": invalid syntax";
                n = n * 10 + (c - '0');
            }
            if (negative) n = -n;
            if (n > long.MaxValue || n < long.MinValue) return "strconv.Atoi: parsing " + K8sText.Quote(s) + ": value out of range";
            value = (long)n;
            return null;
        }
    }

    /// <summary>Go's time.ParseDuration, for its verdict and error text only.</summary>
    public static class GoDuration
    {
        private static readonly Dictionary<string, decimal> Units = new(System.StringComparer.Ordinal)
        {
            ["ns"] = 1m,
            ["us"] = 1e3m,
            ["\u00b5s"] = 1e3m,
            ["\u03bcs"] = 1e3m,
            ["ms"] = 1e6m,
            ["s"] = 1e9m,
            ["m"] = 60e9m,
            ["h"] = 3600e9m,
        };

        public static string? Validate(string orig)
        {
            string invalid = "time: invalid duration " + K8sText.Quote(orig);
            string s = orig;
            if (s.Length > 0 && (s[0] == '-' || s[0] == '+')) s = s.Substring(1);
            if (s == "0") return null;
            if (s.Length == 0) return invalid;
            decimal total = 0;
            const decimal limit = 9223372036854775808m; // 1<<63
            while (s.Length > 0)
            {
                if (!(s[0] == '.' || (s[0] >= '0' && s[0] <= '9'))) return invalid;
                int i = 0;
                decimal v = 0;
                while (i < s.Length && s[i] >= '0' && s[i] <= '9')
                {
                    if (v > limit) return invalid; // leadingInt overflow
                    v = v * 10 + (s[i] - '0');
                    i++;
                }
                bool pre = i > 0;
                bool post = false;
                decimal fraction = 0, scale = 1;
                if (i < s.Length && s[i] == '.')
                {
                    i++;
                    int fractionStart = i;
                    while (i < s.Length && s[i] >= '0' && s[i] <= '9')
                    {
                        if (scale < 1e20m)
                        {
                            fraction = fraction * 10 + (s[i] - '0');
                            scale *= 10;
                        }
                        i++;
                    }
                    post = i > fractionStart;
                }
                if (!pre && !post) return invalid;
                int unitStart = i;
                while (i < s.Length && s[i] != '.' && (s[i] < '0' || s[i] > '9')) i++;
                if (i == unitStart) return "time: missing unit in duration " + K8sText.Quote(orig);
                string unit = s.Substring(unitStart, i - unitStart);
                if (!Units.TryGetValue(unit, out decimal factor)) return "time: unknown unit " + K8sText.Quote(unit) + " in duration " + K8sText.Quote(orig);
                if (v > limit / factor) return invalid;
                total += v * factor + decimal.Floor(fraction * factor / scale);
                if (total > limit) return invalid;
                s = s.Substring(i);
            }
            if (orig.Length > 0 && orig[0] != '-' && total > limit - 1) return invalid;
            return null;
        }
    }
}

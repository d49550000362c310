using System.Globalization;
using System.Numerics;
using System.Text;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// A Kubernetes resource quantity (k8s.io/apimachinery resource.Quantity) as the API server sees it after
    /// decoding and v1 defaulting: parsed exactly (ParseQuantity), rounded up to nano on parse and then up to milli
    /// (SetDefaults_ResourceList), away from zero. Compared exactly and rendered like <c>Quantity.String()</c>.
    /// </summary>
    public sealed class Quantity
    {
        public enum QuantityFormat
        {
            DecimalSI,
            BinarySI,
            DecimalExponent,
        }

        /// <summary>resource.ErrFormatWrong.</summary>
        public const string FormatError = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

        /// <summary>resource.ErrSuffix.</summary>
        public const string SuffixError = "unable to parse quantity's suffix";

        private static readonly BigInteger MaxAllowedMilli = new BigInteger(long.MaxValue) * 1000;

        private Quantity(BigInteger milli, QuantityFormat format)
        {
            Milli = milli;
            Format = format;
        }

        /// <summary>The value in thousandths (after the API server's rounding up to milli-scale).</summary>
        public BigInteger Milli { get; }

        public QuantityFormat Format { get; }

        public int Sign => Milli.Sign;

        public int CompareTo(Quantity other) => Milli.CompareTo(other.Milli);

        // The same few quantities ("100m", "128Mi") recur in every workload and several rules parse each (issue 18: the
        // rule engine's allocations): parsed once per thread. A Quantity is immutable, so sharing one is safe.
        private const int CacheLimit = 1024;
        [System.ThreadStatic] private static System.Collections.Generic.Dictionary<string, (Quantity? Value, string? Error)>? t_parsed;

        /// <summary>Parses like Quantity.UnmarshalJSON (surrounding white space trimmed); null with the API's error text when invalid.</summary>
        public static Quantity? Parse(string text, out string? error)
        {
            var cache = t_parsed ??= new System.Collections.Generic.Dictionary<string, (Quantity?, string?)>(System.StringComparer.Ordinal);
            if (cache.TryGetValue(text, out var known))
            {
                error = known.Error;
                return known.Value;
            }
            var value = ParseUncached(text, out error);
            if (cache.Count >= CacheLimit) cache.Clear();
            cache[text] = (value, error);
            return value;
        }

        private static Quantity? ParseUncached(string text, out string? error)
        {
            error = null;
            string str = text.Trim();
            if (str.Length == 0)
            {
                error = FormatError;
                return null;
            }
            if (str == "0") return new Quantity(BigInteger.Zero, QuantityFormat.DecimalSI);

            if (!Split(str, out bool positive, out string num, out string denom, out string suffix))
            {
                error = FormatError;
                return null;
            }
            if (!Interpret(suffix, out int b, out int exponent, out var format))
            {
                error = SuffixError;
                return null;
            }

            // value = digits × base^exponent / 10^len(denom); rounded up (away from zero) to 1/1000.
            var digits = BigInteger.Parse(num + denom, NumberStyles.None, CultureInfo.InvariantCulture);
            BigInteger milli;
            if (b == 10)
            {
                milli = ScaleCeiling(digits, exponent - denom.Length + 3);
            }
            else
            {
                var numerator = digits * BigInteger.Pow(2, exponent) * 1000;
                milli = CeilingDivide(numerator, BigInteger.Pow(10, denom.Length));
            }
            // ParseQuantity caps DecimalSI and BinarySI at 2^63-1.
            if (format != QuantityFormat.DecimalExponent && milli > MaxAllowedMilli) milli = MaxAllowedMilli;
            return new Quantity(positive ? milli : -milli, format);
        }

        /// <summary>digits × 10^power, rounded up when power is negative.</summary>
        private static BigInteger ScaleCeiling(BigInteger digits, int power)
        {
            if (power >= 0) return digits * BigInteger.Pow(10, System.Math.Min(power, 4000));
            int shift = -power;
            if (shift > digits.ToString(CultureInfo.InvariantCulture).Length + 1) return digits.IsZero ? BigInteger.Zero : BigInteger.One;
            return CeilingDivide(digits, BigInteger.Pow(10, shift));
        }

        private static BigInteger CeilingDivide(BigInteger n, BigInteger d)
        {
            var q = BigInteger.DivRem(n, d, out var r);
            return r.IsZero ? q : q + 1;
        }

        /// <summary>parseQuantityString: sign, digits, optional fraction, suffix (letters then an optional signed integer).</summary>
        private static bool Split(string str, out bool positive, out string num, out string denom, out string suffix)
        {
            positive = true;
            num = "0";
            denom = "";
            suffix = "";
            int pos = 0, end = str.Length;
            if (str[0] == '-') { positive = false; pos++; }
            else if (str[0] == '+') pos++;

            while (pos < end && str[pos] == '0') pos++;
            if (pos >= end) return true;

            int start = pos;
            while (pos < end && IsDigit(str[pos])) pos++;
            num = pos > start ? str.Substring(start, pos - start) : "0";
            if (pos >= end) return true;

            if (str[pos] == '.')
            {
                pos++;
                start = pos;
                while (pos < end && IsDigit(str[pos])) pos++;
                denom = str.Substring(start, pos - start);
                if (pos >= end) return true;
            }

            int suffixStart = pos;
            while (pos < end && "eEinumkKMGTP".IndexOf(str[pos]) >= 0) pos++;
            if (pos >= end)
            {
                suffix = str.Substring(suffixStart);
                return true;
            }
            if (str[pos] == '-' || str[pos] == '+') pos++;
            while (pos < end && IsDigit(str[pos])) pos++;
            if (pos < end) return false;
            suffix = str.Substring(suffixStart);
            return true;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool Interpret(string suffix, out int b, out int exponent, out QuantityFormat format)
        {
            b = 10;
            format = QuantityFormat.DecimalSI;
            switch (suffix)
            {
                case "": exponent = 0; return true;
                case "n": exponent = -9; return true;
                case "u": exponent = -6; return true;
                case "m": exponent = -3; return true;
                case "k": exponent = 3; return true;
                case "M": exponent = 6; return true;
                case "G": exponent = 9; return true;
                case "T": exponent = 12; return true;
                case "P": exponent = 15; return true;
                case "E": exponent = 18; return true;
            }
            b = 2;
            format = QuantityFormat.BinarySI;
            switch (suffix)
            {
                case "Ki": exponent = 10; return true;
                case "Mi": exponent = 20; return true;
                case "Gi": exponent = 30; return true;
                case "Ti": exponent = 40; return true;
                case "Pi": exponent = 50; return true;
                case "Ei": exponent = 60; return true;
            }
            b = 10;
            format = QuantityFormat.DecimalExponent;
            exponent = 0;
            if (suffix.Length > 1 && (suffix[0] == 'e' || suffix[0] == 'E')
                && long.TryParse(suffix.Substring(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long parsed))
            {
                exponent = unchecked((int)parsed); // Go: int32(parsed)
                return true;
            }
            return false;
        }

        private string? _text;

        /// <summary>Quantity.String(): the canonical form (CanonicalizeBytes).</summary>
        public override string ToString() => _text ??= Render();

        private string Render()
        {
            if (Milli.IsZero) return "0";
            var format = Format;
            if (format == QuantityFormat.BinarySI)
            {
                var limit = new BigInteger(1024 * 1000);
                if (BigInteger.Abs(Milli) < limit || !(Milli % 1000).IsZero) format = QuantityFormat.DecimalSI;
            }
            if (format == QuantityFormat.BinarySI)
            {
                var value = Milli / 1000;
                int times = 0;
                var magnitude = BigInteger.Abs(value);
                while (magnitude >= 1024 && (magnitude % 1024).IsZero)
                {
                    magnitude /= 1024;
                    times++;
                }
                string[] binary = { "", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei" };
                return (value.Sign < 0 ? "-" : "") + magnitude.ToString(CultureInfo.InvariantCulture) + (times < binary.Length ? binary[times] : "");
            }

            var m = BigInteger.Abs(Milli);
            int e = -3;
            while (m >= 10 && (m % 10).IsZero)
            {
                m /= 10;
                e++;
            }
            int r = ((e % 3) + 3) % 3;
            m *= BigInteger.Pow(10, r);
            e -= r;
            var sb = new StringBuilder();
            if (Milli.Sign < 0) sb.Append('-');
            sb.Append(m.ToString(CultureInfo.InvariantCulture));
            if (format == QuantityFormat.DecimalExponent)
            {
                if (e != 0) sb.Append('e').Append(e.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(e switch
                {
                    -9 => "n",
                    -6 => "u",
                    -3 => "m",
                    3 => "k",
                    6 => "M",
                    9 => "G",
                    12 => "T",
                    15 => "P",
                    18 => "E",
                    _ => "",
                });
            }
            return sb.ToString();
        }
    }
}

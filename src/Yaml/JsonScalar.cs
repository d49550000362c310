using System;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace ProbeGen.Yaml
{
    internal enum JsonKind
    {
        Null,
        Bool,
        Number,
        String,

        /// <summary>A YAML value that has no JSON form (<c>.nan</c>, <c>.inf</c>, a bad explicit tag): the manifest cannot be decoded.</summary>
        Invalid,
    }

    /// <summary>
    /// A scalar as the API server receives it: kubectl and the API server read YAML with sigs.k8s.io/yaml, which
    /// resolves plain scalars by go-yaml v2's YAML 1.1 rules (yes/no/on/off are booleans, 0755 is octal, 1_000 is an
    /// int, ~ is null) and then re-encodes them as JSON. <see cref="Text"/> is the JSON value: the string for a
    /// string, the literal for a number (<c>1e3</c> becomes <c>1000</c>), <c>true</c>/<c>false</c>.
    /// </summary>
    internal readonly struct JsonScalar
    {
        private JsonScalar(JsonKind kind, string text)
        {
            Kind = kind;
            Text = text;
        }

        public JsonKind Kind { get; }
        public string Text { get; }

        /// <summary>For messages: <c>the number 8080</c>, <c>the string "8080"</c>, <c>the boolean true</c>, <c>null</c>.</summary>
        public string Describe() => Kind switch
        {
            JsonKind.Null => "null",
            JsonKind.Bool => "the boolean " + Text,
            JsonKind.Number => "the number " + Text,
            JsonKind.String => "the string " + Excerpt(Text),
            _ => Text,
        };

        /// <summary>Longest value a message quotes in full: past it, messages show the start and the length (never a whole file).</summary>
        public const int MaxQuoted = 64;

        /// <summary>The quoted value, or its first characters and its length when it is longer than <see cref="MaxQuoted"/>.</summary>
        public static string Excerpt(string text) =>
            text.Length <= MaxQuoted ? ProbeGen.Core.Validation.K8sText.Quote(text)
            : ProbeGen.Core.Validation.K8sText.Quote(text.Substring(0, char.IsHighSurrogate(text[31]) ? 31 : 32)) + "... (" + text.Length.ToString(CultureInfo.InvariantCulture) + " characters)";

        private const string TagPrefix = "tag:yaml.org,2002:";

        private static readonly Regex YamlStyleFloat = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

        public static JsonScalar Resolve(YScalar s)
        {
            string v = s.Value;
            if (s.Tag is string tag)
            {
                switch (tag)
                {
                    case "!":
                    case TagPrefix + "str":
                        return new(JsonKind.String, v);
                    case TagPrefix + "binary":
                        return DecodeBinary(v);
                    case TagPrefix + "null":
                        return new(JsonKind.Null, "null");
                    case TagPrefix + "bool":
                        return ResolvePlain(v) is { Kind: JsonKind.Bool } b ? b : Bad(v, tag);
                    case TagPrefix + "int":
                    case TagPrefix + "float":
                        return ResolvePlain(v) is { Kind: JsonKind.Number } n ? n : Bad(v, tag);
                    default:
                        // Application tags (!foo) carry no meaning for Kubernetes: go-yaml keeps the text.
                        return s.Plain ? ResolvePlain(v) : new(JsonKind.String, v);
                }
            }
            return s.Plain ? ResolvePlain(v) : new(JsonKind.String, v);
        }

        /// <summary>
        /// go-yaml v2 decodes <c>!!binary</c> with base64.StdEncoding (padding required, CR and LF skipped, any other
        /// space is an error); sigs.k8s.io/yaml then writes the bytes as a JSON string, each invalid UTF-8 byte as U+FFFD.
        /// </summary>
        private static JsonScalar DecodeBinary(string v)
        {
            string compact = v.Replace("\r", "").Replace("\n", "");
            byte[] bytes;
            try
            {
                if (compact.IndexOfAny(new[] { ' ', '\t', '\f', '\v' }) >= 0) throw new FormatException();
                bytes = Convert.FromBase64String(compact);
            }
            catch (FormatException)
            {
                return new(JsonKind.Invalid, "!!binary value contains invalid base64 data");
            }
            return new(JsonKind.String, GoUtf8(bytes));
        }

        /// <summary>Bytes → string as Go's encoding/json does: valid UTF-8 kept, every byte of an invalid sequence becomes U+FFFD.</summary>
        private static string GoUtf8(byte[] b)
        {
            var sb = new System.Text.StringBuilder(b.Length);
            int i = 0;
            while (i < b.Length)
            {
                int c = b[i];
                int n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
                int cp = n switch { 1 => c, 2 => c & 0x1F, 3 => c & 0x0F, 4 => c & 0x07, _ => -1 };
                bool ok = n > 0 && i + n <= b.Length;
                for (int k = 1; ok && k < n; k++)
                {
                    if ((b[i + k] & 0xC0) != 0x80) ok = false;
                    else cp = (cp << 6) | (b[i + k] & 0x3F);
                }
                // Overlong forms, surrogates and values past U+10FFFF are invalid too.
                if (ok && ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))) ok = false;
                if (!ok)
                {
                    sb.Append('\uFFFD');
                    i++;
                    continue;
                }
                if (cp >= 0x10000) sb.Append(char.ConvertFromUtf32(cp));
                else sb.Append((char)cp);
                i += n;
            }
            return sb.ToString();
        }

        private static JsonScalar Bad(string v, string tag) =>
            new(JsonKind.Invalid, "cannot decode " + Excerpt(v) + " as " + tag.Replace(TagPrefix, "!!"));

        /// <summary>go-yaml v2 resolve() for an untagged plain scalar, then json.Marshal.</summary>
        private static JsonScalar ResolvePlain(string v)
        {
            switch (v)
            {
                case "":
                case "~":
                case "null":
                case "Null":
                case "NULL":
                    return new(JsonKind.Null, "null");
                case "y": case "Y": case "yes": case "Yes": case "YES":
                case "true": case "True": case "TRUE":
                case "on": case "On": case "ON":
                    return new(JsonKind.Bool, "true");
                case "n": case "N": case "no": case "No": case "NO":
                case "false": case "False": case "FALSE":
                case "off": case "Off": case "OFF":
                    return new(JsonKind.Bool, "false");
                case ".nan": case ".NaN": case ".NAN":
                case ".inf": case ".Inf": case ".INF":
                case "+.inf": case "+.Inf": case "+.INF":
                case "-.inf": case "-.Inf": case "-.INF":
                    return new(JsonKind.Invalid, "the value " + v + " (JSON has no NaN or infinity)");
            }
            char first = v[0];
            if (first == '.')
            {
                if (YamlStyleFloat.IsMatch(v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double f)) return Float(f);
                return new(JsonKind.String, v);
            }
            if (!(first == '+' || first == '-' || (first >= '0' && first <= '9'))) return new(JsonKind.String, v);

            string plain = v.Replace("_", "");
            if (GoParseInt(plain, out BigInteger i) && i >= long.MinValue && i <= ulong.MaxValue)
            {
                return new(JsonKind.Number, i.ToString(CultureInfo.InvariantCulture));
            }
            if (YamlStyleFloat.IsMatch(plain) && double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
            {
                return Float(d);
            }
            return new(JsonKind.String, v);
        }

        private static JsonScalar Float(double d)
        {
            if (double.IsInfinity(d) || double.IsNaN(d)) return new(JsonKind.Invalid, "a number out of range");
            return new(JsonKind.Number, GoJsonFloat(d));
        }

        /// <summary>strconv.ParseInt(s, 0, 64) syntax (sign, 0x/0o/0b prefixes, leading-0 octal), value unbounded.</summary>
        private static bool GoParseInt(string s, out BigInteger value)
        {
            value = BigInteger.Zero;
            int i = 0;
            bool negative = false;
            if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
            {
                negative = s[0] == '-';
                i = 1;
            }
            int b = 10;
            if (s.Length - i >= 2 && s[i] == '0')
            {
                char p = char.ToLowerInvariant(s[i + 1]);
                if (p == 'x') { b = 16; i += 2; }
                else if (p == 'o') { b = 8; i += 2; }
                else if (p == 'b') { b = 2; i += 2; }
                else { b = 8; i += 1; }
            }
            if (i >= s.Length) return false;
            for (; i < s.Length; i++)
            {
                int digit = HexValue(s[i]);
                if (digit < 0 || digit >= b) return false;
                value = value * b + digit;
            }
            if (negative) value = -value;
            return true;
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }

        /// <summary>encoding/json's float64 format: shortest round-trip digits, plain between 1e-6 and 1e21, else exponent (e-7, e+21).</summary>
        internal static string GoJsonFloat(double d)
        {
            if (d == 0) return "0";
            string r = d.ToString("R", CultureInfo.InvariantCulture);
            // Split into digits and exponent.
            bool negative = r.StartsWith("-", StringComparison.Ordinal);
            if (negative) r = r.Substring(1);
            int exp = 0;
            int e = r.IndexOfAny(new[] { 'E', 'e' });
            if (e >= 0)
            {
                exp = int.Parse(r.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                r = r.Substring(0, e);
            }
            int dot = r.IndexOf('.');
            string digits = dot >= 0 ? r.Remove(dot, 1) : r;
            int pointPos = (dot >= 0 ? dot : r.Length) + exp; // position of the decimal point within digits
            int lead = 0;
            while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; pointPos--; }
            digits = digits.Substring(lead).TrimEnd('0');
            if (digits.Length == 0) return "0";
            double abs = Math.Abs(d);
            string result;
            if (abs < 1e-6 || abs >= 1e21)
            {
                int e10 = pointPos - 1;
                string mant = digits.Length > 1 ? digits.Substring(0, 1) + "." + digits.Substring(1) : digits;
                result = mant + "e" + (e10 < 0 ? "-" : "+") + Math.Abs(e10).ToString(e10 < 0 ? "0" : "00", CultureInfo.InvariantCulture);
            }
            else if (pointPos <= 0)
            {
                result = "0." + new string('0', -pointPos) + digits;
            }
            else if (pointPos >= digits.Length)
            {
                result = digits + new string('0', pointPos - digits.Length);
            }
            else
            {
                result = digits.Substring(0, pointPos) + "." + digits.Substring(pointPos);
            }
            return (negative ? "-" : "") + result;
        }

        /// <summary>sigs.k8s.io/yaml's map-key conversion: non-string keys become strings (floats with 32-bit 'g' formatting).</summary>
        public static string? KeyText(YScalar key, out string? error)
        {
            error = null;
            var j = Resolve(key);
            switch (j.Kind)
            {
                case JsonKind.String:
                case JsonKind.Bool:
                    return j.Text;
                case JsonKind.Number:
                    if (j.Text.IndexOfAny(new[] { '.', 'e', 'E' }) < 0 && BigInteger.TryParse(j.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big) && big >= long.MinValue && big <= long.MaxValue)
                    {
                        return j.Text;
                    }
                    if (j.Text.IndexOfAny(new[] { '.', 'e', 'E' }) < 0)
                    {
                        error = "unsupported map key " + key.Value + " (an unsigned 64-bit integer)";
                        return null;
                    }
                    return ((float)double.Parse(j.Text, CultureInfo.InvariantCulture)).ToString("R", CultureInfo.InvariantCulture).Replace("E+", "e+").Replace("E-", "e-");
                case JsonKind.Null:
                    error = "unsupported map key: null";
                    return null;
                default:
                    error = "unsupported map key " + key.Value;
                    return null;
            }
        }
    }
}

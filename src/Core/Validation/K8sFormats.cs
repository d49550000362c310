using System.Collections.Generic;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// The apimachinery format checks (util/validation), each returning the API server's error details, empty when valid.
    /// Hand-written character checks rather than Regex: these run on every keystroke in the IDE.
    /// </summary>
    public static class K8sFormats
    {
        public const int Dns1123LabelMaxLength = 63;
        public const int Dns1123SubdomainMaxLength = 253;
        public const int PortNameMaxLength = 15;

        public const string Dns1123LabelFormat = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
        public const string Dns1123SubdomainFormat = Dns1123LabelFormat + "(\\." + Dns1123LabelFormat + ")*";

        public static string Dns1123LabelError =
            "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name' or '123-abc', regex used for validation is '" + Dns1123LabelFormat + "')";

        public static string Dns1123SubdomainError =
            "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '" + Dns1123SubdomainFormat + "')";

        public static string MaxLenError(int n) => "must be no more than " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters";

        public const string PortRangeError = "must be between 1 and 65535, inclusive";

        public const string NonNegativeError = "must be greater than or equal to 0";

        private static bool IsLowerAlnum(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

        private static bool IsAlnum(char c) => IsLowerAlnum(c) || (c >= 'A' && c <= 'Z');

        /// <summary>Matches <c>[a-z0-9]([-a-z0-9]*[a-z0-9])?</c> exactly.</summary>
        public static bool MatchesDns1123Label(string s)
        {
            if (s.Length == 0 || !IsLowerAlnum(s[0]) || !IsLowerAlnum(s[s.Length - 1])) return false;
            foreach (char c in s) if (!IsLowerAlnum(c) && c != '-') return false;
            return true;
        }

        public static bool MatchesDns1123Subdomain(string s)
        {
            if (s.Length == 0) return false;
            foreach (var part in s.Split('.')) if (!MatchesDns1123Label(part)) return false;
            return true;
        }

        /// <summary>IsDNS1123Label.</summary>
        public static List<string> Dns1123Label(string s)
        {
            var errors = new List<string>();
            if (ByteLength(s) > Dns1123LabelMaxLength) errors.Add(MaxLenError(Dns1123LabelMaxLength));
            if (!MatchesDns1123Label(s))
            {
                errors.Add(MatchesDns1123Subdomain(s) ? "must not contain dots" : Dns1123LabelError);
            }
            return errors;
        }

        /// <summary>IsDNS1123Subdomain.</summary>
        public static List<string> Dns1123Subdomain(string s)
        {
            var errors = new List<string>();
            if (ByteLength(s) > Dns1123SubdomainMaxLength) errors.Add(MaxLenError(Dns1123SubdomainMaxLength));
            if (!MatchesDns1123Subdomain(s)) errors.Add(Dns1123SubdomainError);
            return errors;
        }

        /// <summary>IsValidPortName (IANA_SVC_NAME): each failing check adds its own message.</summary>
        public static List<string> PortName(string s)
        {
            var errors = new List<string>();
            if (ByteLength(s) > PortNameMaxLength) errors.Add(MaxLenError(PortNameMaxLength));
            bool charsetOk = s.Length > 0;
            bool hasLetter = false;
            foreach (char c in s)
            {
                if (!IsLowerAlnum(c) && c != '-') charsetOk = false;
                if (c >= 'a' && c <= 'z') hasLetter = true;
            }
            if (!charsetOk) errors.Add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
            if (!hasLetter) errors.Add("must contain at least one letter (a-z)");
            if (s.Contains("--")) errors.Add("must not contain consecutive hyphens");
            if (s.Length > 0 && (s[0] == '-' || s[s.Length - 1] == '-')) errors.Add("must not begin or end with a hyphen");
            return errors;
        }

        /// <summary>Go's <c>len(s)</c>: the UTF-8 byte count, which is what every length limit of the API server measures.</summary>
        public static int ByteLength(string s)
        {
            int n = 0;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c < 0x80) n += 1;
                else if (c < 0x800) n += 2;
                else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { n += 4; i++; }
                else n += 3;
            }
            return n;
        }

        public const int QualifiedNameMaxLength = 63;
        public const int LabelValueMaxLength = 63;
        public const string QualifiedNameFormat = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
        public const string LabelValueFormat = "(" + QualifiedNameFormat + ")?";

        public const string QualifiedNameError =
            "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName' or 'my.name' or '123-abc', regex used for validation is '" + QualifiedNameFormat + "')";

        public const string LabelValueError =
            "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue' or 'my_value' or '12345', regex used for validation is '" + LabelValueFormat + "')";

        /// <summary>Matches <c>([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]</c> exactly.</summary>
        public static bool MatchesQualifiedNamePart(string s)
        {
            if (s.Length == 0 || !IsAlnum(s[0]) || !IsAlnum(s[s.Length - 1])) return false;
            foreach (char c in s) if (!IsAlnum(c) && c != '-' && c != '_' && c != '.') return false;
            return true;
        }

        /// <summary>IsQualifiedName (label keys, annotation keys, resource names): optional DNS-subdomain prefix and '/', then a name part.</summary>
        public static List<string> QualifiedName(string value)
        {
            var errors = new List<string>();
            var parts = value.Split('/');
            string name;
            switch (parts.Length)
            {
                case 1:
                    name = parts[0];
                    break;
                case 2:
                    string prefix = parts[0];
                    name = parts[1];
                    if (prefix.Length == 0) errors.Add("prefix part must be non-empty");
                    else foreach (var msg in Dns1123Subdomain(prefix)) errors.Add("prefix part " + msg);
                    break;
                default:
                    errors.Add("a qualified name " + QualifiedNameError + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
                    return errors;
            }
            if (name.Length == 0) errors.Add("name part must be non-empty");
            else if (ByteLength(name) > QualifiedNameMaxLength) errors.Add("name part " + MaxLenError(QualifiedNameMaxLength));
            if (!MatchesQualifiedNamePart(name)) errors.Add("name part " + QualifiedNameError);
            return errors;
        }

        /// <summary>IsValidLabelValue: empty, or a qualified-name-like value of at most 63 bytes.</summary>
        public static List<string> LabelValue(string value)
        {
            var errors = new List<string>();
            if (ByteLength(value) > LabelValueMaxLength) errors.Add(MaxLenError(LabelValueMaxLength));
            if (value.Length != 0 && !MatchesQualifiedNamePart(value)) errors.Add(LabelValueError);
            return errors;
        }

        public static bool IsValidPortNumber(long port) => port >= 1 && port <= 65535;

        /// <summary>IsHTTPHeaderName: <c>^[-A-Za-z0-9]+$</c>.</summary>
        public static bool IsHttpHeaderName(string s)
        {
            if (s.Length == 0) return false;
            foreach (char c in s) if (!IsAlnum(c) && c != '-') return false;
            return true;
        }

        public const string HttpHeaderNameError =
            "a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')";
    }
}

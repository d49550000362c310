using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ProbeGen.Core.Model;
using ProbeGen.Core.Validation;

namespace ProbeGen.Generator.Parsing
{
    /// <summary>Reads attribute argument values, reporting nulls, enum values outside their enum and invalid text.</summary>
    internal static class ValueReader
    {
        /// <summary>A value the compiler could not evaluate: it reports the error itself; we only refuse to emit.</summary>
        private static bool Unusable(ArgValue? tc, ParseSession s)
        {
            if (tc is null || tc.Value.Kind == TypedConstantKind.Error || tc.Value.HasErrorType)
            {
                s.MarkFailed();
                return true;
            }
            return false;
        }

        public static string? RequiredString(ArgValue? tc, string what, Location? location, ParseSession s)
        {
            if (Unusable(tc, s)) return null;
            if (tc!.Value.IsNull || tc.Value.Value is not string value)
            {
                s.Report(RuleCatalog.ValueRequired, location, what + " is required: write a string, not null");
                return null;
            }
            return CheckText(value, what, location, s);
        }

        public static string? OptionalString(ArgValue? tc, string what, Location? location, ParseSession s)
        {
            if (tc is null) return null;
            if (Unusable(tc, s) || tc.Value.IsNull) return null;
            return tc.Value.Value is string value ? CheckText(value, what, location, s) : null;
        }

        public static int? OptionalInt(ArgValue? tc, ParseSession s)
        {
            if (tc is null || Unusable(tc, s)) return null;
            return tc.Value.Value switch
            {
                int i => i,
                _ => null,
            };
        }

        public static long? OptionalLong(ArgValue? tc, ParseSession s)
        {
            if (tc is null || Unusable(tc, s)) return null;
            return tc.Value.Value switch
            {
                long l => l,
                int i => i,
                _ => null,
            };
        }

        public static bool? OptionalBool(ArgValue? tc, ParseSession s)
        {
            if (tc is null || Unusable(tc, s)) return null;
            return tc.Value.Value is bool b ? b : null;
        }

        /// <summary>
        /// An enum argument mapped to its Kubernetes string. <paramref name="kubernetesValues"/> is indexed by the enum's
        /// numeric value; anything else (<c>(RestartPolicy)7</c>) is PG0010.
        /// </summary>
        public static string? Enum(ArgValue? tc, string enumName, string[] memberNames, string[] kubernetesValues, string what, Location? location, ParseSession s)
        {
            if (tc is null || Unusable(tc, s)) return null;
            int? raw = tc.Value.Value switch
            {
                int i => i,
                _ => null,
            };
            if (raw is int v && v >= 0 && v < kubernetesValues.Length) return kubernetesValues[v];
            var allowed = new List<string>();
            foreach (var m in memberNames) allowed.Add(enumName + "." + m);
            s.Report(RuleCatalog.EnumOutOfRange, location,
                what + ": (" + enumName + ")" + (raw?.ToString(CultureInfo.InvariantCulture) ?? "?") + " is not a value of " + enumName + "; use " + string.Join(", ", allowed));
            return null;
        }

        /// <summary>A string array; default when not written or null, so nothing is emitted.</summary>
        public static EquatableArray<string> StringArray(ArgValue? tc, string what, Location? location, ParseSession s)
        {
            if (tc is null || Unusable(tc, s) || tc.Value.IsNull) return default;
            if (tc.Value.Kind != TypedConstantKind.Array) return default;
            var items = tc.Value.Values;
            var result = new string[items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i].Kind == TypedConstantKind.Error) { s.MarkFailed(); return default; }
                if (items[i].Value is not string value)
                {
                    s.Report(RuleCatalog.ValueRequired, location, what + "[" + i.ToString(CultureInfo.InvariantCulture) + "] is null: every entry must be a string");
                    return default;
                }
                result[i] = CheckText(value, what, location, s) ?? "";
            }
            return new EquatableArray<string>(result);
        }

        /// <summary>Text with a lone surrogate cannot be written as UTF-8 YAML: it would not survive into the manifest.</summary>
        internal static string? CheckText(string value, string what, Location? location, ParseSession s)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { i++; continue; }
                if (char.IsSurrogate(c))
                {
                    s.Report(RuleCatalog.InvalidText, location,
                        what + " contains a lone UTF-16 surrogate (\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ") at index " + i.ToString(CultureInfo.InvariantCulture) + ", which cannot be written to a YAML file");
                    return null;
                }
            }
            return value;
        }
    }
}

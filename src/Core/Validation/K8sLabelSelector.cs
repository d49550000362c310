using System;
using System.Collections.Generic;

namespace ProbeGen.Core.Validation
{
    /// <summary>One <c>matchExpressions</c> entry of a metav1.LabelSelector.</summary>
    public sealed class LabelSelectorRequirement
    {
        public LabelSelectorRequirement(string key, string @operator, IReadOnlyList<string> values)
        {
            Key = key;
            Operator = @operator;
            Values = values;
        }

        public string Key { get; }

        /// <summary>In, NotIn, Exists, DoesNotExist (anything else is invalid).</summary>
        public string Operator { get; }

        public IReadOnlyList<string> Values { get; }
    }

    /// <summary>
    /// metav1.LabelSelector semantics without the model: apimachinery meta/v1/validation
    /// <c>ValidateLabelSelectorRequirement</c>, and <c>LabelSelectorAsSelector</c> + <c>Selector.Matches</c> as the apps
    /// validation uses them to check that a selector matches the template's labels.
    /// </summary>
    public static class K8sLabelSelector
    {
        public const string DoesNotMatchTemplateError = "`selector` does not match template `labels`";
        public const string InNotInNeedValuesError = "must be specified when `operator` is 'In' or 'NotIn'";
        public const string ExistsTakesNoValuesError = "may not be specified when `operator` is 'Exists' or 'DoesNotExist'";
        public const string InvalidOperatorError = "not a valid selector operator";

        /// <summary>
        /// ValidateLabelSelector: matchLabels (each key a qualified name, each value a label value, reported at
        /// <c>matchLabels</c>) and every matchExpressions requirement (at <c>matchExpressions[i]</c>), fields relative to the
        /// selector. Every selector of a workload goes through here (the controller's, pod affinity's, topology spread's).
        /// </summary>
        public static List<K8sFieldError> ValidateLabelSelector(IReadOnlyList<KeyValuePair<string, string>> matchLabels, IReadOnlyList<LabelSelectorRequirement> matchExpressions, bool allowInvalidLabelValue)
        {
            var errors = new List<K8sFieldError>();
            foreach (var pair in matchLabels)
            {
                foreach (var msg in K8sFormats.QualifiedName(pair.Key)) errors.Add(new K8sFieldError("matchLabels", K8sErrorType.Invalid, pair.Key, msg));
                foreach (var msg in K8sFormats.LabelValue(pair.Value)) errors.Add(new K8sFieldError("matchLabels", K8sErrorType.Invalid, pair.Value, msg));
            }
            for (int i = 0; i < matchExpressions.Count; i++)
            {
                string at = "matchExpressions[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                foreach (var e in ValidateRequirement(matchExpressions[i], allowInvalidLabelValue)) errors.Add(e.Under(at));
            }
            return errors;
        }

        /// <summary>
        /// ValidateLabelSelectorRequirement: the errors of one requirement, fields relative to it (values, operator, key,
        /// and unless <paramref name="allowInvalidLabelValue"/> each <c>values[j]</c> as a label value — what
        /// LabelSelectorAsSelector rejects too).
        /// </summary>
        public static List<K8sFieldError> ValidateRequirement(LabelSelectorRequirement requirement, bool allowInvalidLabelValue)
        {
            var errors = new List<K8sFieldError>();
            switch (requirement.Operator)
            {
                case "In":
                case "NotIn":
                    if (requirement.Values.Count == 0) errors.Add(new K8sFieldError("values", K8sErrorType.Required, null, InNotInNeedValuesError));
                    break;
                case "Exists":
                case "DoesNotExist":
                    if (requirement.Values.Count > 0) errors.Add(new K8sFieldError("values", K8sErrorType.Forbidden, null, ExistsTakesNoValuesError));
                    break;
                default:
                    errors.Add(new K8sFieldError("operator", K8sErrorType.Invalid, requirement.Operator, InvalidOperatorError));
                    break;
            }
            foreach (var msg in K8sFormats.QualifiedName(requirement.Key)) errors.Add(new K8sFieldError("key", K8sErrorType.Invalid, requirement.Key, msg));
            if (allowInvalidLabelValue) return errors;
            for (int j = 0; j < requirement.Values.Count; j++)
            {
                foreach (var msg in K8sFormats.LabelValue(requirement.Values[j]))
                {
                    errors.Add(new K8sFieldError("values[" + j.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", K8sErrorType.Invalid, requirement.Values[j], msg));
                }
            }
            return errors;
        }

        /// <summary>
        /// Whether a selector selects a set of labels. <paramref name="selectorGiven"/> false is a nil selector, which
        /// selects nothing (LabelSelectorAsSelector → labels.Nothing()); a given but empty selector selects everything.
        /// Returns false as well when the selector does not convert (a requirement the validation rejects).
        /// </summary>
        public static bool Matches(bool selectorGiven, IReadOnlyDictionary<string, string>? matchLabels,
            IReadOnlyList<LabelSelectorRequirement>? matchExpressions, IReadOnlyDictionary<string, string> labels)
        {
            if (!selectorGiven) return false;
            if (matchLabels is not null)
            {
                foreach (var pair in matchLabels)
                {
                    if (!labels.TryGetValue(pair.Key, out var value) || !string.Equals(value, pair.Value, StringComparison.Ordinal)) return false;
                }
            }
            if (matchExpressions is null) return true;
            foreach (var r in matchExpressions)
            {
                bool has = labels.TryGetValue(r.Key, out var value);
                switch (r.Operator)
                {
                    case "In":
                        if (r.Values.Count == 0 || !has || !Contains(r.Values, value!)) return false;
                        break;
                    case "NotIn":
                        if (r.Values.Count == 0) return false;
                        if (has && Contains(r.Values, value!)) return false;
                        break;
                    case "Exists":
                        if (r.Values.Count > 0 || !has) return false;
                        break;
                    case "DoesNotExist":
                        if (r.Values.Count > 0 || has) return false;
                        break;
                    default:
                        return false;
                }
            }
            return true;
        }

        /// <summary>Neither matchLabels nor matchExpressions: "empty selector is invalid for deployment" and its kin.</summary>
        public static bool IsEmpty(IReadOnlyDictionary<string, string>? matchLabels, IReadOnlyList<LabelSelectorRequirement>? matchExpressions) =>
            (matchLabels is null || matchLabels.Count == 0) && (matchExpressions is null || matchExpressions.Count == 0);

        private static bool Contains(IReadOnlyList<string> values, string value)
        {
            foreach (var v in values) if (string.Equals(v, value, StringComparison.Ordinal)) return true;
            return false;
        }
    }
}

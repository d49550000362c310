using System.Collections.Generic;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// core validation.go <c>ValidateTolerations</c> and <c>validateTaintEffect</c> over plain strings, in the API
    /// server's order; the errors' fields are relative to the toleration (<c>spec.tolerations[i]</c>).
    /// </summary>
    public static class K8sTolerations
    {
        public const string EmptyKeyNeedsExistsError = "operator must be Exists when `key` is empty, which means \"match all values and all keys\"";
        public const string SecondsNeedNoExecuteError = "effect must be 'NoExecute' when `tolerationSeconds` is set";
        public const string ExistsTakesNoValueError = "value must be empty when `operator` is 'Exists'";

        public static readonly string[] Operators = { "Equal", "Exists" };
        public static readonly string[] Effects = { "NoSchedule", "PreferNoSchedule", "NoExecute" };

        /// <summary>The errors of one toleration; empty strings stand for absent fields (an empty operator means Equal).</summary>
        public static List<K8sFieldError> Validate(string key, string @operator, string value, string effect, bool hasTolerationSeconds)
        {
            var errors = new List<K8sFieldError>();
            if (key.Length > 0)
            {
                foreach (var msg in K8sFormats.QualifiedName(key)) errors.Add(new K8sFieldError("key", K8sErrorType.Invalid, key, msg));
            }
            if (key.Length == 0 && @operator != "Exists")
            {
                errors.Add(new K8sFieldError("operator", K8sErrorType.Invalid, @operator, EmptyKeyNeedsExistsError));
            }
            if (hasTolerationSeconds && effect != "NoExecute")
            {
                errors.Add(new K8sFieldError("effect", K8sErrorType.Invalid, effect, SecondsNeedNoExecuteError));
            }
            switch (@operator)
            {
                case "Equal":
                case "":
                    // The value's errors are reported on operator, joined with ';' (sic).
                    var valueErrors = K8sFormats.LabelValue(value);
                    if (valueErrors.Count > 0) errors.Add(new K8sFieldError("operator", K8sErrorType.Invalid, value, string.Join(";", valueErrors)));
                    break;
                case "Exists":
                    if (value.Length > 0) errors.Add(new K8sFieldError("operator", K8sErrorType.Invalid, value, ExistsTakesNoValueError));
                    break;
                default:
                    errors.Add(new K8sFieldError("operator", K8sErrorType.NotSupported, @operator, K8sFieldError.SupportedValues(Operators)));
                    break;
            }
            if (effect.Length > 0 && System.Array.IndexOf(Effects, effect) < 0)
            {
                errors.Add(new K8sFieldError("effect", K8sErrorType.NotSupported, effect, K8sFieldError.SupportedValues(Effects)));
            }
            return errors;
        }
    }
}

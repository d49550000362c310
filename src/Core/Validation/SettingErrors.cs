using System.Collections.Generic;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// One error of a validation function that mirrors a Kubernetes one over several rules (ValidateVolumes,
    /// validateLifecycle …): the rule it belongs to, the path as the API server reports it, and where it was set
    /// (<see cref="SourcePath"/>, when the reported path names no field, as <c>volumeMounts.subPath</c>).
    /// </summary>
    public sealed record SettingError(string RuleId, string Path, K8sErrorType Type, object? Value, string Detail, string? SourcePath = null)
    {
        /// <summary>field.TooLong, which <see cref="K8sErrorType"/> does not name: rendered without a value.</summary>
        public bool IsTooLong { get; init; }

        public string Message => IsTooLong ? Path + ": Too long: " + Detail : new K8sFieldError("", Type, Value, Detail).Render(Path);
    }

    /// <summary>Helpers for the rules that read <see cref="SettingsView"/>: values as the API server prints them, and reporting.</summary>
    public static class SettingErrors
    {
        /// <summary>The text at <paramref name="relative"/>, "" when unset (Go's zero value).</summary>
        public static string Text(SettingsView view, string relative) => view.Text(relative) ?? "";

        /// <summary>Reports the errors of <paramref name="rule"/> among <paramref name="errors"/>.</summary>
        public static void Report(IEnumerable<SettingError> errors, RuleDescriptor rule, FindingSink sink)
        {
            foreach (var e in errors)
            {
                if (e.RuleId == rule.Id) sink.Report(rule, e.Path, e.Message, e.SourcePath);
            }
        }

        /// <summary>A Kubernetes map key in a reported path: <c>limits[nvidia.com/gpu]</c> (field.Path.Key prints it bare).</summary>
        public static string Key(string path, string key) => path + "[" + key + "]";
    }
}

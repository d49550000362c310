using System.Collections.Generic;

namespace ProbeGen.Core.Validation
{
    /// <summary>Collects findings, with the API server's renderings of its error types.</summary>
    public sealed class FindingSink
    {
        private readonly List<Finding> _findings = new();

        public IReadOnlyList<Finding> Findings => _findings;

        public void Report(RuleDescriptor rule, string path, string message, string? sourcePath = null) => _findings.Add(new Finding(rule, path, message, sourcePath));

        /// <summary><c>path: Invalid value: &lt;value&gt;: detail</c>.</summary>
        public void Invalid(RuleDescriptor rule, string path, object? value, string detail) =>
            Report(rule, path, path + ": Invalid value: " + K8sText.Value(value) + ": " + detail);

        /// <summary><c>path: Required value[: detail]</c> (Required renders no value).</summary>
        public void Required(RuleDescriptor rule, string path, string? detail = null) =>
            Report(rule, path, path + ": Required value" + (string.IsNullOrEmpty(detail) ? "" : ": " + detail));

        /// <summary><c>path: Forbidden: detail</c>.</summary>
        public void Forbidden(RuleDescriptor rule, string path, string detail) =>
            Report(rule, path, path + ": Forbidden: " + detail);

        /// <summary><c>path: Unsupported value: "v": supported values: "a", "b"</c>.</summary>
        public void NotSupported(RuleDescriptor rule, string path, object? value, params string[] supported) =>
            Report(rule, path, path + ": Unsupported value: " + K8sText.Value(value) + ": supported values: " + K8sText.QuotedList(supported));

        /// <summary><c>path: Duplicate value: "v"</c>.</summary>
        public void Duplicate(RuleDescriptor rule, string path, object? value) =>
            Report(rule, path, path + ": Duplicate value: " + K8sText.Value(value));

        /// <summary><c>path: Too long: detail</c> (TooLong renders no value).</summary>
        public void TooLong(RuleDescriptor rule, string path, string detail) =>
            Report(rule, path, path + ": Too long: " + detail);
    }
}

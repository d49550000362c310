using ProbeGen.Core.Validation;

namespace ProbeGen.Cli.Lint
{
    /// <summary>A rule's configured severity, with the analyzers' .editorconfig words.</summary>
    public enum Severity
    {
        /// <summary>Not reported.</summary>
        None,

        /// <summary>Not reported by the command line (as <c>dotnet build</c> does not print hidden diagnostics).</summary>
        Silent,

        /// <summary>Printed as <c>info</c>; SARIF <c>note</c>.</summary>
        Suggestion,

        Warning,

        /// <summary>Makes <c>probegen lint</c> exit 1.</summary>
        Error,
    }

    internal static class Severities
    {
        public const string Words = "none, silent, suggestion (or info), warning, error";

        /// <summary>.editorconfig and --severity values; <c>default</c> gives null with success (no override).</summary>
        public static bool TryParse(string text, out Severity? severity)
        {
            severity = null;
            switch (text.Trim().ToLowerInvariant())
            {
                case "none": severity = Severity.None; return true;
                case "silent": severity = Severity.Silent; return true;
                case "suggestion":
                case "info": severity = Severity.Suggestion; return true;
                case "warning": severity = Severity.Warning; return true;
                case "error": severity = Severity.Error; return true;
                case "default": return true;
                default: return false;
            }
        }

        public static Severity From(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => Severity.Error,
            RuleSeverity.Warning => Severity.Warning,
            _ => Severity.Suggestion,
        };

        public static bool IsReported(this Severity s) => s >= Severity.Suggestion;

        /// <summary>The word in <c>file:line:col: &lt;word&gt; PGxxxx: …</c> (as ManifestLinter prints a rule's default).</summary>
        public static string TextWord(this Severity s) => s switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };

        /// <summary>SARIF 2.1.0 <c>level</c>.</summary>
        public static string SarifLevel(this Severity s) => s switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            Severity.Suggestion => "note",
            _ => "none",
        };
    }
}

using System.Globalization;
using System.Text;
using ProbeGen.Cli.Lint;

namespace ProbeGen.Cli.Reports
{
    /// <summary><c>file:line:column: severity PGxxxx: message</c>, one a line: the format of compilers, editors and CI problem matchers.</summary>
    internal static class TextReport
    {
        public static string Write(LintResult result)
        {
            var sb = new StringBuilder();
            foreach (var d in result.Diagnostics) sb.Append(Line(d)).Append('\n');
            return sb.ToString();
        }

        public static string Line(LintDiagnostic d) =>
            ConsoleText.Escape(d.File.DisplayPath) + ":" + d.Line.ToString(CultureInfo.InvariantCulture) + ":" + d.Column.ToString(CultureInfo.InvariantCulture)
            + ": " + d.Severity.TextWord() + " " + d.Message.Rule.Id + ": " + ConsoleText.Escape(d.Message.Message);

        public static string Summary(LintResult result)
        {
            var sb = new StringBuilder();
            sb.Append(Count(result.Files.Count, "file"));
            if (result.Problems.Count > 0) sb.Append(", ").Append(Count(result.Problems.Count, "unusable input"));
            sb.Append(": ").Append(Count(result.Count(Severity.Error), "error"))
                .Append(", ").Append(Count(result.Count(Severity.Warning), "warning"))
                .Append(", ").Append(Count(result.Count(Severity.Suggestion), "info"));
            return sb.ToString();
        }

        private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 || noun == "info" ? "" : "s");
    }
}

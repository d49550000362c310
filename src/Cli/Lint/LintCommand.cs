using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ProbeGen.Cli.Reports;
using ProbeGen.Core.Validation;
using ProbeGen.Yaml;

namespace ProbeGen.Cli.Lint
{
    /// <summary>One reported message: a front-end issue or a rule finding, at its configured severity.</summary>
    internal sealed record LintDiagnostic(InputFile File, LintMessage Message, Severity Severity)
    {
        /// <summary>1-based; a message the front-end could not place (position 0) goes to the document's first line.</summary>
        public int Line => System.Math.Max(1, Message.Position.Line);

        public int Column => System.Math.Max(1, Message.Position.Column);
    }

    /// <summary>Everything one <c>probegen lint</c> run found, for the reports.</summary>
    internal sealed class LintResult
    {
        public List<InputFile> Files { get; } = new();

        public List<InputProblem> Problems { get; } = new();

        public List<LintDiagnostic> Diagnostics { get; } = new();

        public int Count(Severity s) => Diagnostics.Count(d => d.Severity == s);

        /// <summary>2 when an input was unusable (not found, not text, not YAML), else 1 when an error is reported, else 0.</summary>
        public int ExitCode =>
            Problems.Count > 0 || Diagnostics.Any(d => d.Message.Rule.Id == RuleCatalog.YamlSyntax.Id) ? ExitCodes.UnusableInput
            : Diagnostics.Any(d => d.Severity == Severity.Error) ? ExitCodes.Findings
            : ExitCodes.Success;
    }

    /// <summary>
    /// <c>probegen lint</c>: every document of every input through <see cref="ManifestLinter"/> (the YAML front-end and
    /// the one rule engine), each message at the severity the analyzers would give it, as text, JSON or SARIF.
    /// </summary>
    internal static class LintCommand
    {
        private static readonly OptionSpec[] Options =
        {
            new("--format", "-f", TakesValue: true),
            new("--output", "-o", TakesValue: true),
            new("--severity", "-s", TakesValue: true, Repeatable: true),
            new("--no-editorconfig", null, TakesValue: false),
            new("--stdin-name", null, TakesValue: true),
        };

        public static int Run(string[] args, CliContext context)
        {
            if (args.Any(a => a is "-h" or "--help"))
            {
                context.Out.Write(CliApp.Usage.Replace("\r\n", "\n") + "\n");
                return ExitCodes.Success;
            }
            var parsed = Arguments.Parse(args, Options, out string? error);
            if (error is not null) return CliApp.UsageError(context, "lint: " + error);
            string format = (parsed.Value("--format") ?? "text").ToLowerInvariant();
            if (format is not ("text" or "json" or "sarif")) return CliApp.UsageError(context, "lint: --format is text, json or sarif, not '" + parsed.Value("--format") + "'");
            var overrides = new Dictionary<string, Severity>(StringComparer.Ordinal);
            foreach (string s in parsed.Values("--severity"))
            {
                string? problem = ParseOverride(s, overrides);
                if (problem is not null) return CliApp.UsageError(context, "lint: --severity " + s + ": " + problem);
            }
            if (parsed.Positional.Count == 0) return CliApp.UsageError(context, "lint: no input: give YAML files, folders, or - for standard input");

            var result = Lint(parsed.Positional, context, parsed.Value("--stdin-name"), new SeverityResolver(overrides, !parsed.Has("--no-editorconfig")), out var warnings);
            string? output = parsed.Value("--output");
            if (output is not null && result.Files.Any(f => f.FullPath is not null && Inputs.SameFile(f.FullPath, context.Resolve(output))))
            {
                return CliApp.UsageError(context, "lint: --output " + output + " is one of the inputs; writing the report there would overwrite it");
            }
            foreach (var w in warnings) context.Error.WriteLine("probegen: warning: " + ConsoleText.Escape(w.ToString()));
            foreach (var p in result.Problems) context.Error.WriteLine("probegen: error: " + ConsoleText.Escape(p.DisplayPath) + ": " + ConsoleText.Escape(p.Message));

            string report = format switch
            {
                "json" => JsonReport.Write(result),
                "sarif" => SarifReport.Write(result),
                _ => TextReport.Write(result),
            };
            if (output is null)
            {
                context.Out.Write(report);
            }
            else
            {
                string path = context.Resolve(output);
                try
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, report, new UTF8Encoding(false));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    context.Error.WriteLine("probegen: error: cannot write " + ConsoleText.Escape(output) + ": " + ConsoleText.Escape(ex.Message));
                    return ExitCodes.UnusableInput;
                }
            }
            if (format == "text" || output is not null) context.Error.WriteLine("probegen: " + TextReport.Summary(result));
            return result.ExitCode;
        }

        /// <summary>Reads and lints every input; inputs that cannot be read become problems.</summary>
        public static LintResult Lint(IReadOnlyList<string> inputs, CliContext context, string? stdinName, SeverityResolver severities, out List<ConfigWarning> warnings)
        {
            var result = new LintResult();
            result.Files.AddRange(Inputs.Expand(inputs, context, stdinName, result.Problems));
            foreach (var file in result.Files)
            {
                string? text = Inputs.Read(file, context, out string? problem);
                if (text is null)
                {
                    result.Problems.Add(new InputProblem(file.DisplayPath, file.ArtifactUri, problem ?? "cannot be read"));
                    continue;
                }
                foreach (var message in ManifestLinter.Lint(text))
                {
                    var severity = severities.For(message.Rule, file.ConfigPath);
                    if (severity.IsReported()) result.Diagnostics.Add(new LintDiagnostic(file, message, severity));
                }
            }
            warnings = severities.Warnings;
            return result;
        }

        private static string? ParseOverride(string text, Dictionary<string, Severity> overrides)
        {
            int eq = text.IndexOf('=');
            if (eq <= 0) return "expected <ID>=<level>, e.g. PG0105=error";
            string id = text.Substring(0, eq).Trim().ToUpperInvariant();
            if (!RuleCatalog.All.Any(r => r.Id == id)) return "no rule " + id;
            if (id == RuleCatalog.YamlSyntax.Id) return "PG0101 cannot be configured: text that is not YAML is unusable input (exit 2)";
            if (!Severities.TryParse(text.Substring(eq + 1), out var severity)) return "the level is one of " + Severities.Words + ", default";
            if (severity is Severity s) overrides[id] = s;
            else overrides.Remove(id);
            return null;
        }
    }
}

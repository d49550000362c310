using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ProbeGen.Core.Emission;
using ProbeGen.Core.Model;
using ProbeGen.Core.Validation;
using ProbeGen.Yaml;

namespace ProbeGen.Cli.Import
{
    /// <summary>A part of the manifest the C# classes will not carry, with where it is and why.</summary>
    internal sealed record LostField(string Path, YamlPosition Position, RuleDescriptor Rule, string Message);

    /// <summary>One workload to write: its document, the emitted source and what it loses.</summary>
    internal sealed record ImportedWorkload(ManifestDocument Document, WorkloadSpec Workload, AttributeSource Source, IReadOnlyList<LostField> Lost, IReadOnlyList<Finding> Errors);

    /// <summary>
    /// <c>probegen import</c>: YAML → the model (the YAML front-end) → C# attributes (<see cref="AttributeSourceEmitter"/>),
    /// one file per workload, named after its class. Whatever the classes cannot carry — fields the model does not have,
    /// unknown fields, values of the wrong type, values the attributes cannot express — is reported by path; the command
    /// then writes nothing and exits 1, unless <c>--allow-lossy</c>, which writes the list at the top of each file.
    /// Documents of other kinds are listed as skipped (they stay YAML).
    /// </summary>
    internal static class ImportCommand
    {
        private static readonly OptionSpec[] Options =
        {
            new("--output", "-o", TakesValue: true),
            new("--namespace", "-n", TakesValue: true),
            new("--allow-lossy", null, TakesValue: false),
            new("--force", null, TakesValue: false),
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
            if (error is not null) return CliApp.UsageError(context, "import: " + error);
            if (parsed.Positional.Count != 1) return CliApp.UsageError(context, "import: give one YAML file, or - for standard input");
            string? ns = parsed.Value("--namespace");
            if (ns is not null && !AttributeSourceEmitter.IsSafeNamespace(ns))
            {
                return CliApp.UsageError(context, "import: --namespace '" + ns + "' is not a C# namespace name");
            }
            bool allowLossy = parsed.Has("--allow-lossy");
            string outputFolder = context.Resolve(parsed.Value("--output") ?? ".");

            // The input: one file or standard input.
            string arg = parsed.Positional[0];
            if (arg != Inputs.StandardInput && Directory.Exists(context.Resolve(arg)))
            {
                return CliApp.UsageError(context, "import: " + arg + " is a folder; import reads one YAML file");
            }
            var problems = new List<InputProblem>();
            var files = Inputs.Expand(parsed.Positional, context, parsed.Value("--stdin-name"), problems);
            foreach (var p in problems) context.Error.WriteLine("probegen: error: " + ConsoleText.Escape(p.DisplayPath) + ": " + ConsoleText.Escape(p.Message));
            if (problems.Count > 0 || files.Count != 1) return ExitCodes.UnusableInput;
            var file = files[0];
            string? text = Inputs.Read(file, context, out string? readProblem);
            if (text is null)
            {
                context.Error.WriteLine("probegen: error: " + ConsoleText.Escape(file.DisplayPath) + ": " + ConsoleText.Escape(readProblem));
                return ExitCodes.UnusableInput;
            }

            var read = ManifestYamlReader.Read(text);
            if (read.SyntaxError is { } syntax)
            {
                context.Error.WriteLine(Line(file, syntax.Position, "error", syntax.Rule, syntax.Message));
                return ExitCodes.UnusableInput;
            }

            var imported = Plan(read, ns, context, file);
            if (imported.Count == 0)
            {
                context.Error.WriteLine("probegen: " + ConsoleText.Escape(file.DisplayPath) + ": no workload (" + WorkloadKinds.Listed + ") to import");
                return ExitCodes.Findings;
            }

            int lost = imported.Sum(i => i.Lost.Count);
            foreach (var w in imported)
            {
                foreach (var l in w.Lost) context.Error.WriteLine(Line(file, l.Position, allowLossy ? "warning" : "error", l.Rule, l.Message));
            }
            if (lost > 0 && !allowLossy)
            {
                context.Error.WriteLine("probegen: import: " + Count(lost, "field") + " cannot be imported (listed above); nothing was written. "
                    + "Run with --allow-lossy to write the classes anyway, with those fields listed at the top of each file.");
                return ExitCodes.Findings;
            }

            var targets = imported.Select(w => (Workload: w, Path: Path.Combine(outputFolder, w.Source.ClassName + ".cs"))).ToList();
            if (!parsed.Has("--force"))
            {
                var existing = targets.Where(t => File.Exists(t.Path)).ToList();
                foreach (var t in existing) context.Error.WriteLine("probegen: error: " + Display(context, t.Path) + " exists (use --force to overwrite it)");
                if (existing.Count > 0) return ExitCodes.UnusableInput;
            }
            // Even with --force, never over the input itself.
            if (file.FullPath is { } inputPath && targets.FirstOrDefault(t => Inputs.SameFile(t.Path, inputPath)) is { Path: not null } clash)
            {
                context.Error.WriteLine("probegen: error: " + Display(context, clash.Path) + " is the input; writing the class there would overwrite it");
                return ExitCodes.UnusableInput;
            }
            try
            {
                Directory.CreateDirectory(outputFolder);
                foreach (var (w, path) in targets)
                {
                    File.WriteAllText(path, Header(w, file) + w.Source.Source, new UTF8Encoding(false));
                    context.Out.WriteLine(Display(context, path));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine("probegen: error: cannot write to " + Display(context, outputFolder) + ": " + ConsoleText.Escape(ex.Message));
                return ExitCodes.UnusableInput;
            }

            foreach (var w in imported.Where(w => w.Errors.Count > 0))
            {
                foreach (var f in w.Errors) context.Error.WriteLine(Line(file, w.Document.Locate(f), "error", f.Rule, f.Message));
                context.Error.WriteLine("probegen: note: " + w.Source.ClassName + " keeps these errors of the manifest; the analyzers report them when it is built");
            }
            context.Error.WriteLine("probegen: imported " + Count(imported.Count, "workload") + (lost > 0 ? ", " + Count(lost, "field") + " not imported (listed in the files)" : ""));
            return ExitCodes.Success;
        }

        /// <summary>Every workload document → its C# source and what it loses; other documents are reported as skipped.</summary>
        private static List<ImportedWorkload> Plan(ManifestReadResult read, string? ns, CliContext context, InputFile file)
        {
            var result = new List<ImportedWorkload>();
            // File names are the class names: on a case-insensitive file system WebPod and WEBPod would be one file.
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var doc in read.Documents)
            {
                foreach (var issue in doc.Issues.Where(i => i.Kind is YamlIssueKind.Skipped or YamlIssueKind.DuplicateKey))
                {
                    context.Error.WriteLine(Line(file, issue.Position, issue.Kind == YamlIssueKind.Skipped ? "info" : "warning", issue.Rule, issue.Message));
                }
                if (doc.Workload is not { } workload) continue;
                var lost = doc.Issues
                    .Where(i => i.Kind is YamlIssueKind.NotModeled or YamlIssueKind.UnknownField or YamlIssueKind.TypeError)
                    .Select(i => new LostField(i.Path, i.Position, i.Rule, i.Message))
                    .ToList();
                string className = UniqueClassName(workload, used);
                var source = AttributeSourceEmitter.Emit(workload, ns, className);
                foreach (var l in source.Lossy)
                {
                    lost.Add(new LostField(l.Path, doc.Locate(l.Path), RuleCatalog.YamlNotModeled, l.Path + ": cannot be written with ProbeGen's attributes: " + l.Reason));
                }
                var errors = RuleEngine.Validate(workload).Where(f => f.IsError && !doc.IsAboutWrongType(f)).ToList();
                result.Add(new ImportedWorkload(doc, workload, source, lost.OrderBy(l => l.Position.Line).ThenBy(l => l.Position.Column).ToList(), errors));
            }
            return result;
        }

        /// <summary>The emitter's name (<c>WebDeployment</c>); two workloads of one name and kind get the namespace in front, then a number.</summary>
        private static string UniqueClassName(WorkloadSpec w, HashSet<string> used)
        {
            string name = Shorten(AttributeSourceEmitter.ClassNameFor(w.Name, w.Kind), w.Kind);
            if (used.Add(name)) return name;
            if (w.Namespace is { Length: > 0 } k8sNamespace)
            {
                name = Shorten(AttributeSourceEmitter.ClassNameFor(k8sNamespace + "-" + w.Name, w.Kind), w.Kind);
                if (used.Add(name)) return name;
            }
            for (int i = 2; ; i++)
            {
                string candidate = name + i.ToString(CultureInfo.InvariantCulture);
                if (used.Add(candidate)) return candidate;
            }
        }

        /// <summary>A name (up to 253 characters) makes a class name too long for a file name (255 bytes): keep its first 100 characters and the kind.</summary>
        private static string Shorten(string className, WorkloadKind kind)
        {
            const int MaxStem = 100;
            string suffix = kind.KindName();
            string stem = className.Substring(0, className.Length - suffix.Length);
            return stem.Length <= MaxStem ? className : stem.Substring(0, MaxStem) + suffix;
        }

        /// <summary>With --allow-lossy: the lost fields, as a comment above the code (file name only: no machine paths in sources).</summary>
        private static string Header(ImportedWorkload w, InputFile file)
        {
            if (w.Lost.Count == 0) return "";
            string source = file.IsStandardInput ? file.DisplayPath : Path.GetFileName(file.DisplayPath);
            var sb = new StringBuilder();
            sb.Append("// probegen import --allow-lossy: ").Append(Count(w.Lost.Count, "field")).Append(" of ").Append(OneLine(source))
                .Append(" (document ").Append((w.Document.Index + 1).ToString(CultureInfo.InvariantCulture)).Append(", ")
                .Append(w.Workload.Kind.KindName()).Append(' ').Append(OneLine(w.Workload.Name)).Append(") could not be imported.\n")
                .Append("// The manifest this class generates does not have them:\n");
            foreach (var l in w.Lost)
            {
                sb.Append("//   line ").Append(l.Position.Line.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(l.Rule.Id).Append(": ").Append(OneLine(l.Message)).Append('\n');
            }
            sb.Append('\n');
            return sb.ToString();
        }

        /// <summary>Anything from the input that goes into the header comment: printable ASCII only, so no character can end the comment.</summary>
        private static string OneLine(string s) => CSharpLiteral.CommentText(s);

        private static string Line(InputFile file, YamlPosition p, string severity, RuleDescriptor rule, string message) =>
            ConsoleText.Escape(file.DisplayPath) + ":" + Math.Max(1, p.Line).ToString(CultureInfo.InvariantCulture) + ":" + Math.Max(1, p.Column).ToString(CultureInfo.InvariantCulture)
            + ": " + severity + " " + rule.Id + ": " + ConsoleText.Escape(ManifestLinter.Cap(message));

        private static string Display(CliContext context, string fullPath)
        {
            string relative = Path.GetRelativePath(context.BaseDirectory, fullPath);
            return ConsoleText.Escape(relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative);
        }

        private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
    }
}

using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using ProbeGen.Tests;
using ProbeGen.Yaml.Tests;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace ProbeGen.Cli.Tests;

/// <summary>
/// <c>probegen import</c> on the corpus, then the real generator and analyzers on the C# it writes: every expressible
/// valid manifest comes back kubectl-equal, and the analyzers report on the imported C# exactly what lint reports on the YAML.
/// </summary>
public class CorpusImportTests(ITestOutputHelper output)
{
    private static string CorpusFile(CorpusCase c) => Path.Combine(RepoPaths.Corpus, c.File);

    private static string Namespace(CorpusCase c) => "Corpus.C" + c.File.Substring(0, 3);

    /// <summary>Imports each case into its own folder and C# namespace; null source when import refuses (exit 1: lossy).</summary>
    private static List<(CorpusCase Case, string? Source, CliRun Run)> Import(TempDir tmp, IEnumerable<CorpusCase> cases)
    {
        var result = new List<(CorpusCase, string?, CliRun)>();
        foreach (var c in cases)
        {
            string folder = Path.Combine(tmp.Path, c.File.Substring(0, 3));
            var run = Cli.Run(tmp.Path, null, "import", CorpusFile(c), "-o", folder, "-n", Namespace(c));
            if (run.ExitCode == 1)
            {
                result.Add((c, null, run));
                continue;
            }
            Assert.True(run.ExitCode == 0, c.File + ": " + run);
            string file = Assert.Single(Directory.GetFiles(folder, "*.cs"));
            Assert.Equal(Path.GetRelativePath(tmp.Path, file), run.Out.Trim());
            result.Add((c, File.ReadAllText(file), run));
        }
        return result;
    }

    [Fact]
    public void ImportBuildDecode_IsKubectlEqualToTheOriginal_ForEveryExpressibleValidCase()
    {
        using var tmp = new TempDir();
        var cases = CorpusCase.All.Where(c => c.Valid && !CorpusLintTests.Inexpressible.ContainsKey(c.File)).ToList();
        var imported = Import(tmp, cases);
        Assert.All(imported, i => Assert.True(i.Source is not null, i.Case.File + " was refused: " + i.Run));

        var (compilation, _, generatorDiagnostics, _) = TestCompilation.Generate(TestCompilation.Create(imported.Select(i => i.Source!)), TestCompilation.Driver(trackSteps: false));
        Assert.Empty(generatorDiagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(compilation));
        Assert.Empty(TestCompilation.Analyze(compilation).Where(d => d.Severity == DiagnosticSeverity.Error));
        var assembly = TestCompilation.Load(compilation);

        int equal = 0;
        var failures = new List<string>();
        foreach (var (c, _, _) in imported)
        {
            var type = assembly.GetTypes().Single(t => t.Namespace == Namespace(c) && t.GetField("ManifestYaml") is not null);
            string regenerated = (string)type.GetField("ManifestYaml")!.GetRawConstantValue()!;
            var original = JsonNode.Parse(Kubectl.DecodeFile(CorpusFile(c)));
            var roundTripped = JsonNode.Parse(Kubectl.Decode(regenerated));
            var imagesBefore = ContainerImages.Of(c.Text);
            var imagesAfter = ContainerImages.Of(regenerated);
            bool same = JsonNode.DeepEquals(original, roundTripped) && imagesBefore.SequenceEqual(imagesAfter);
            if (same) equal++;
            else failures.Add(c.File + " (" + type.Name + "):\n" + original!.ToJsonString() + "\n" + roundTripped!.ToJsonString()
                + "\nimages " + string.Join(",", imagesBefore) + " | " + string.Join(",", imagesAfter));
        }
        output.WriteLine("probegen import → build → kubectl: " + equal + "/" + cases.Count + " expressible valid corpus cases kubectl-equal (images compared separately)");
        foreach (var f in failures) output.WriteLine("DIFFERS " + f);
        Assert.Empty(failures);
    }

    [Fact]
    public void ImportedCorpus_TheAnalyzersReportWhatLintReports()
    {
        using var tmp = new TempDir();
        var cases = CorpusCase.All.Where(c => !CorpusLintTests.Inexpressible.ContainsKey(c.File)).ToList();
        var imported = Import(tmp, cases);
        var importable = imported.Where(i => i.Source is not null).ToList();
        var trees = importable.Select(i => i.Source!).ToList();
        var (compilation, _, _, _) = TestCompilation.Generate(TestCompilation.Create(trees), TestCompilation.Driver(trackSteps: false));
        // PG0012 (two workloads write one file) only says that several corpus cases share a name in this one compilation.
        var analyzer = TestCompilation.Analyze(compilation).Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal) && d.Id != "PG0012").ToList();

        int agreed = 0;
        var failures = new List<string>();
        for (int i = 0; i < importable.Count; i++)
        {
            var c = importable[i].Case;
            var lint = Cli.Run(tmp.Path, null, "lint", "--no-editorconfig", CorpusFile(c)).Lines
                .Select(l => l.Severity + " " + l.Id + ": " + l.Message).OrderBy(s => s, StringComparer.Ordinal).ToList();
            var fromAnalyzer = analyzer.Where(d => d.Location.SourceTree?.FilePath == "File" + i + ".cs")
                .Select(d => Word(d.Severity) + " " + d.Id + ": " + d.GetMessage()).OrderBy(s => s, StringComparer.Ordinal).ToList();
            if (lint.SequenceEqual(fromAnalyzer)) agreed++;
            else failures.Add(c.File + "\n  lint:     " + string.Join("\n            ", lint) + "\n  analyzer: " + string.Join("\n            ", fromAnalyzer));
        }
        var refused = imported.Where(i => i.Source is null).ToList();
        output.WriteLine("analyzers on imported C# = lint on YAML: " + agreed + "/" + importable.Count + " importable expressible cases; "
            + refused.Count + " not importable without --allow-lossy (values the attributes cannot carry):");
        foreach (var r in refused) output.WriteLine("  " + r.Case.File + ": " + r.Run.Error.Split('\n').First(l => l.Contains("PG0105")));
        foreach (var f in failures) output.WriteLine("DISAGREES " + f);
        Assert.Empty(failures);
        // Refused only for a value the attributes cannot carry, never for a field the front-end did not read.
        Assert.All(refused, r => Assert.Contains("cannot be written with ProbeGen's attributes", r.Run.Error));
    }

    private static string Word(DiagnosticSeverity s) => s switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}

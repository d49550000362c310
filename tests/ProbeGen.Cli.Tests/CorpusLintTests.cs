using ProbeGen.Yaml.Tests;
using Xunit.Abstractions;

namespace ProbeGen.Cli.Tests;

/// <summary>
/// <c>probegen lint</c> on every manifest of testdata/k8s-corpus gives the API server's verdict: valid → exit 0 and no
/// error; invalid → exit 1 and an error at the header's field path, on the YAML line of that node (found here with
/// YamlDotNet's representation model, not with the front-end under test).
/// </summary>
public class CorpusLintTests(ITestOutputHelper output)
{
    /// <summary>
    /// The cases ProbeGen's model cannot express, as listed with their reasons in ProbeGen.Yaml.Tests'
    /// CorpusConformanceTests: lint must say so (PG0105, not modeled) at the line of that path, or — a field captured as
    /// settings that no rule reads yet (CorpusConformanceTests checks the capture) — report no error.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Inexpressible = new Dictionary<string, string>
    {
    };

    private static string CorpusFile(CorpusCase c) => Path.Combine(ProbeGen.Tests.RepoPaths.Corpus, c.File);

    [Fact]
    public void Lint_AgreesWithTheApiServer_OnEveryCorpusCase_AtTheLineOfTheNode()
    {
        int agreed = 0, exactLine = 0, inexpressibleReported = 0;
        var failures = new List<string>();
        foreach (var c in CorpusCase.All)
        {
            // --no-editorconfig: the verdict under the rules' default severities, whatever folders lie above the corpus.
            var run = Cli.Run(Path.GetDirectoryName(CorpusFile(c))!, null, "lint", "--no-editorconfig", c.File);
            var lines = run.Lines;
            string? problem;
            if (Inexpressible.TryGetValue(c.File, out var notModeledPath))
            {
                var span = YamlNodeLines.Find(c.Text, notModeledPath);
                bool reported = lines.Any(l => l.Id == "PG0105" && l.Severity == "warning" && l.Message.StartsWith(notModeledPath + ":") && l.Line == span.Start);
                bool captured = !lines.Any(l => l.Id == "PG0105" || l.Severity == "error");
                problem = run.ExitCode == 0 && (reported || captured)
                    ? null
                    : "expected exit 0 and 'warning PG0105: " + notModeledPath + ":' at line " + span.Start + ", or (captured as settings) no error";
                if (problem is null) inexpressibleReported++;
            }
            else if (c.Valid)
            {
                problem = run.ExitCode == 0 && !lines.Any(l => l.Severity == "error") ? null : "expected valid: exit 0 and no error";
            }
            else
            {
                var span = YamlNodeLines.Find(c.Text, c.Path!);
                var atPath = lines.Where(l => l.Severity == "error" && l.Message.StartsWith(c.Path + ":", StringComparison.Ordinal)).ToList();
                // The node itself (its key line), or — where the rule points inside it, at a map entry or list item — a line of that node;
                // a path the manifest does not write (a required field) is reported at its closest parent.
                var placed = atPath.Where(l => span.Complete ? l.Line >= span.Start && l.Line <= span.End : l.Line == span.Start).ToList();
                problem = run.ExitCode != 1 ? "expected exit 1"
                    : atPath.Count == 0 ? "no error at " + c.Path
                    : placed.Count == 0 ? "the error at " + c.Path + " is on line " + atPath[0].Line + ", the node (" + (span.Complete ? c.Path : "closest parent " + span.Found) + ") is on lines " + span.Start + "–" + span.End
                    : null;
                if (problem is null && placed.Any(l => l.Line == span.Start)) exactLine++;
            }
            if (problem is null)
            {
                if (!Inexpressible.ContainsKey(c.File)) agreed++;
            }
            else
            {
                failures.Add(c.File + ": " + problem + "\n" + run);
            }
        }
        int expressible = CorpusCase.All.Count - Inexpressible.Count;
        int invalid = CorpusCase.All.Count(c => !c.Valid && !Inexpressible.ContainsKey(c.File));
        output.WriteLine("probegen lint corpus agreement: " + agreed + "/" + expressible + " expressible cases; " + inexpressibleReported + "/" + Inexpressible.Count
            + " inexpressible cases reported as not modeled (PG0105) at their line; " + exactLine + "/" + invalid + " errors on the key line of the node itself, the others inside it");
        foreach (var f in failures) output.WriteLine("DISAGREES " + f);
        Assert.Empty(failures);
        Assert.Equal(87, CorpusCase.All.Count);
    }
}

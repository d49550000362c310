using ProbeGen.Core.Validation;
using Xunit.Abstractions;

namespace ProbeGen.Yaml.Tests;

/// <summary>
/// testdata/k8s-corpus: every manifest read by the YAML front-end and judged by the rule engine must get the API
/// server's verdict — at the header's field path, with its message where the header gives it exactly. The cases the
/// model cannot express are listed here with the reason, and the front-end must say "not modeled" at that path.
/// </summary>
public class CorpusConformanceTests(ITestOutputHelper output)
{
    /// <summary>
    /// Corpus cases ProbeGen's rules cannot judge yet, the path the front-end must report as not modeled or capture as
    /// settings (a field no attribute models, which no rule reads yet), and why.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string Path, string Reason)> Inexpressible = new Dictionary<string, (string, string)>
    {
    };

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in CorpusCase.All) data.Add(c.File);
        return data;
    }

    [Fact]
    public void Corpus_HasEveryExpectedFile()
    {
        Assert.Equal(87, CorpusCase.All.Count);
        foreach (var name in Inexpressible.Keys) Assert.Contains(CorpusCase.All, c => c.File == name);
    }

    [Fact]
    public void Corpus_AgreesWithTheApiServerOnEveryExpressibleCase()
    {
        int agreements = 0, messagesCompared = 0;
        var failures = new List<string>();
        foreach (var c in CorpusCase.All)
        {
            string? problem = Judge(c, out bool messageCompared);
            if (messageCompared) messagesCompared++;
            if (problem is null)
            {
                if (!Inexpressible.ContainsKey(c.File)) agreements++;
            }
            else
            {
                failures.Add(c.File + ": " + problem);
            }
        }
        int expressible = CorpusCase.All.Count - Inexpressible.Count;
        output.WriteLine("corpus agreement: " + agreements + "/" + expressible + " expressible cases (" + CorpusCase.All.Count + " in the corpus, "
            + Inexpressible.Count + " inexpressible and reported as not modeled); exact messages compared: " + messagesCompared);
        foreach (var (file, (path, reason)) in Inexpressible) output.WriteLine("  inexpressible " + file + " — " + path + ": " + reason);
        foreach (var f in failures) output.WriteLine("  DISAGREES " + f);
        Assert.Empty(failures);
        Assert.Equal(expressible, agreements);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_AgreesOrIsReportedNotModeled(string file)
    {
        var c = CorpusCase.All.Single(x => x.File == file);
        Assert.Null(Judge(c, out _));
    }

    /// <summary>Null when the verdict agrees (or the case is inexpressible and reported at its path), else what is wrong.</summary>
    private static string? Judge(CorpusCase c, out bool messageCompared)
    {
        messageCompared = false;
        var result = ManifestYamlReader.Read(c.Text);
        if (result.SyntaxError is { } syntax) return "syntax error " + syntax;
        if (result.Documents.Count != 1 || result.Documents[0].Workload is not { } workload) return "expected one workload document";
        var doc = result.Documents[0];
        var broken = doc.Issues.Where(i => i.Kind is YamlIssueKind.TypeError or YamlIssueKind.UnknownField or YamlIssueKind.Skipped or YamlIssueKind.DuplicateKey).ToList();
        if (broken.Count > 0) return "front-end issues: " + string.Join("; ", broken);
        var notModeled = doc.Issues.Where(i => i.Kind == YamlIssueKind.NotModeled).ToList();

        if (Inexpressible.TryGetValue(c.File, out var inexpressible))
        {
            bool captured = workload.Settings.Any(s => s.Path == inexpressible.Path || s.Path.StartsWith(inexpressible.Path + ".", StringComparison.Ordinal) || s.Path.StartsWith(inexpressible.Path + "[", StringComparison.Ordinal));
            return notModeled.Any(i => i.Path == inexpressible.Path) || captured
                ? null
                : "listed as inexpressible, but nothing is reported not modeled or captured at " + inexpressible.Path + " (issues: " + string.Join("; ", doc.Issues) + ")";
        }
        if (notModeled.Count > 0) return "not modeled, so the verdict is unreliable: " + string.Join("; ", notModeled);

        var errors = RuleEngine.Validate(workload).Where(f => f.IsError).ToList();
        if (c.Valid) return errors.Count == 0 ? null : "expected valid, got " + string.Join("; ", errors);

        var atPath = errors.Where(f => f.Path == c.Path).ToList();
        if (atPath.Count == 0) return "expected an error at " + c.Path + ", got " + (errors.Count == 0 ? "none" : string.Join("; ", errors));
        string? expected = c.ComparableMessage(out bool prefixOnly);
        if (expected is null) return null;
        messageCompared = true;
        bool same = atPath.Any(f => prefixOnly ? f.Message.StartsWith(expected, StringComparison.Ordinal) : f.Message == expected);
        return same ? null : "message differs: expected " + (prefixOnly ? "a prefix " : "") + "'" + expected + "', got " + string.Join(" | ", atPath.Select(f => "'" + f.Message + "'"));
    }
}

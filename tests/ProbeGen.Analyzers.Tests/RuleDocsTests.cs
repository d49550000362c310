using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using ProbeGen.Analyzers;
using ProbeGen.Core.Validation;

namespace ProbeGen.Tests;

/// <summary>
/// Every descriptor has a help link to its page, a page, a row in the README's rule table and in
/// AnalyzerReleases.Unshipped.md; and every page has a descriptor. PROBEGEN_UPDATE_GOLDEN=1 rewrites the two tables.
/// </summary>
public class RuleDocsTests
{
    private static readonly DiagnosticDescriptor[] All = new WorkloadAnalyzer().SupportedDiagnostics.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();

    private static string Severity(DiagnosticDescriptor d) => d.DefaultSeverity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    [Fact]
    public void EveryDescriptor_HasHelpLinkAndPage_EveryPageHasDescriptor()
    {
        string docs = Path.Combine(RepoPaths.Root, "docs", "rules");
        foreach (var d in All)
        {
            Assert.EndsWith("/docs/rules/" + d.Id + ".md", d.HelpLinkUri, StringComparison.Ordinal);
            string page = Path.Combine(docs, d.Id + ".md");
            Assert.True(File.Exists(page), "missing page " + page);
            string first = File.ReadLines(page).First();
            Assert.Equal("# " + d.Id + ": " + d.Title, first);
        }
        var pages = Directory.GetFiles(docs, "PG*.md").Select(f => Path.GetFileNameWithoutExtension(f)!).ToHashSet();
        Assert.Equal(All.Select(d => d.Id).ToHashSet(), pages);
    }

    [Fact]
    public void Descriptors_MatchTheCoreCatalogue()
    {
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), All.Select(d => d.Id));
        Assert.Equal(All.Length, All.Select(d => d.Id).Distinct().Count());
        Assert.All(All, d => Assert.Matches("^PG[0-9]{4}$", d.Id));
    }

    [Fact]
    public Task ReadmeLintSample_PG3004Line_IsTheRulesMessage()
    {
        // The README's `probegen lint` sample quotes PG3004 for a liveness probe on port name "htp" of container "web".
        const string marker = ": warning PG3004: ";
        string line = File.ReadLines(Path.Combine(RepoPaths.Root, "README.md")).Single(l => l.Contains(marker, StringComparison.Ordinal));
        string quoted = line.Substring(line.IndexOf(marker, StringComparison.Ordinal) + marker.Length);
        return Verify.Analyzer("""
            using ProbeGen;
            [Deployment("web")]
            [Container("web", "nginx:1.27")]
            [ContainerPort(8080, Name = "http")]
            [ReadinessProbe(HttpGet = "/ready", PortName = "http")]
            [LivenessProbe(HttpGet = "/healthz", {|#0:PortName = "htp"|})]
            public partial class Web { }
            """,
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PG3004", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(quoted));
    }

    [Fact]
    public void ReadmeRuleTable_ListsEveryRule()
    {
        var sb = new StringBuilder("| ID | severity | rule |\n|---|---|---|\n");
        foreach (var d in All) sb.Append("| [").Append(d.Id).Append("](docs/rules/").Append(d.Id).Append(".md) | ").Append(Severity(d)).Append(" | ").Append(d.Title).Append(" |\n");
        ReplaceBetweenMarkers(Path.Combine(RepoPaths.Root, "README.md"), "<!-- rules-table:start -->\n", "<!-- rules-table:end -->", sb.ToString());
    }

    [Fact]
    public void AnalyzerReleases_Unshipped_ListsEveryRule()
    {
        var sb = new StringBuilder();
        sb.Append("; Unshipped analyzer release\n; https://github.com/dotnet/roslyn-analyzers/blob/main/src/Microsoft.CodeAnalysis.Analyzers/ReleaseTrackingAnalyzers.Help.md\n\n");
        sb.Append("### New Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\n");
        foreach (var d in All) sb.Append(d.Id).Append(" | ").Append(d.Category).Append(" | ").Append(d.DefaultSeverity == DiagnosticSeverity.Info ? "Info" : d.DefaultSeverity.ToString()).Append(" | ").Append(d.Title).Append('\n');
        string path = Path.Combine(RepoPaths.Root, "src", "Analyzers", "AnalyzerReleases.Unshipped.md");
        if (Environment.GetEnvironmentVariable("PROBEGEN_UPDATE_GOLDEN") == "1") File.WriteAllText(path, sb.ToString());
        Assert.Equal(sb.ToString(), File.ReadAllText(path).Replace("\r\n", "\n"));
    }

    private static void ReplaceBetweenMarkers(string path, string start, string end, string content)
    {
        string text = File.ReadAllText(path).Replace("\r\n", "\n");
        int a = text.IndexOf(start, StringComparison.Ordinal), b = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(a >= 0 && b > a, "markers missing in " + path);
        string current = text.Substring(a + start.Length, b - a - start.Length);
        if (Environment.GetEnvironmentVariable("PROBEGEN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, text.Substring(0, a + start.Length) + content + text.Substring(b));
            return;
        }
        Assert.Equal(content, current);
    }
}

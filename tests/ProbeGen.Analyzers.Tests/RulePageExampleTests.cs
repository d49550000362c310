using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace ProbeGen.Tests;

/// <summary>
/// The C# examples of the rule pages that show an attribute's own arguments ([TopologySpread], the update strategies,
/// LabelPods, an argument-less [PreStop]): the non-compliant one reports the page's rule (unless it says the value is not expressible in C#), the
/// compliant one builds with no error and gets its manifest.
/// </summary>
public class RulePageExampleTests
{
    public static TheoryData<string> Pages() => new() { "PG0021", "PG1321", "PG1461", "PG1470", "PG1820", "PG1821", "PG1822", "PG1823", "PG1824", "PG1825", "PG1826" };

    private static string Example(string page, string section)
    {
        var m = Regex.Match(page, "## " + section + "\n\n```csharp\n(.*?)```", RegexOptions.Singleline);
        Assert.True(m.Success, "no " + section + " example");
        return m.Groups[1].Value;
    }

    private static Diagnostic[] Errors(string source)
    {
        var (output, _, generator, _) = TestCompilation.Generate(TestCompilation.Create(source));
        Assert.Empty(TestCompilation.CompilerErrors(output));
        return generator.Concat(TestCompilation.Analyze(output)).Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error).ToArray();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void NonCompliantReportsTheRule_CompliantBuildsItsManifest(string id)
    {
        string page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", id + ".md")).Replace("\r\n", "\n");
        string bad = Example(page, "Non-compliant");
        var badErrors = Errors(bad);
        if (bad.Contains("// Not expressible", StringComparison.Ordinal)) Assert.Empty(badErrors.Select(d => d.ToString()));
        else Assert.Equal(new[] { id }, badErrors.Select(d => d.Id).Distinct().ToArray());
        var (output, _, _, _) = TestCompilation.Generate(TestCompilation.Create(Example(page, "Compliant")));
        Assert.Empty(Errors(Example(page, "Compliant")).Select(d => d.ToString()));
        Assert.Single(TestCompilation.ManifestTypes(output));
    }
}

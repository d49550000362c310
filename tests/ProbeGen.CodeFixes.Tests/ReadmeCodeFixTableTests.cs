using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ProbeGen.Tests;

/// <summary>The README's code-fix table lists exactly the rules some shipped CodeFixProvider fixes, each once.</summary>
public class ReadmeCodeFixTableTests
{
    [Fact]
    public void ReadmeCodeFixTable_ListsEveryFixableRule_AndNoOther()
    {
        var fixable = typeof(ProbeGen.CodeFixes.RemoveArgumentFix).Assembly.GetExportedTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Contains("PG1316", fixable);

        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n");
        int a = readme.IndexOf("<!-- code-fixes:start -->", StringComparison.Ordinal), b = readme.IndexOf("<!-- code-fixes:end -->", StringComparison.Ordinal);
        Assert.True(a >= 0 && b > a, "code-fixes markers missing in README.md");
        var listed = Regex.Matches(readme.Substring(a, b - a), @"^\| \[(PG[0-9]{4})\]\(docs/rules/\1\.md\) \| \S.*\|$", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToArray();

        Assert.Equal(fixable, listed.Order(StringComparer.Ordinal));
    }
}

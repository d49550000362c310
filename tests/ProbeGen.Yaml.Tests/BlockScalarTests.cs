using ProbeGen.Core.Validation;

namespace ProbeGen.Yaml.Tests;

/// <summary>
/// Block scalars whose leading empty lines hold spaces: YAML 1.2 allows spaces up to the content's indentation
/// (kubectl reads them), YamlDotNet refuses them; the front-end reads them as YAML says, and keeps the error for more.
/// </summary>
public class BlockScalarTests
{
    private static string Pod(string blank, string newline = "\n") => string.Join(newline,
        "apiVersion: v1",
        "kind: Pod",
        "metadata:",
        "  name: web",
        "  annotations:",
        "    config: |",
        blank,
        "      auth_enabled: false",
        "      port: 80",
        "spec:",
        "  containers:",
        "  - name: web",
        "    image: nginx",
        "");

    [Theory]
    [InlineData("      ")]
    [InlineData("    ")]
    [InlineData("")]
    public void LeadingBlankLineWithAtMostTheIndentation_IsAnEmptyLineOfTheValue(string blank)
    {
        var result = ManifestYamlReader.Read(Pod(blank));
        Assert.Null(result.SyntaxError);
        var workload = Assert.Single(result.Documents).Workload;
        Assert.NotNull(workload);
        var annotation = Assert.Single(workload!.Annotations);
        Assert.Equal("config", annotation.Key);
        Assert.Equal("\nauth_enabled: false\nport: 80\n", annotation.Value);
    }

    [Fact]
    public void CrLfLines_AreReadTheSame()
    {
        var result = ManifestYamlReader.Read(Pod("      ", "\r\n"));
        Assert.Null(result.SyntaxError);
        Assert.Equal("\nauth_enabled: false\nport: 80\n", Assert.Single(Assert.Single(result.Documents).Workload!.Annotations).Value);
    }

    [Fact]
    public void LeadingBlankLineWithMoreSpacesThanTheContent_StaysASyntaxError()
    {
        var error = Assert.IsType<YamlIssue>(ManifestYamlReader.Read(Pod("        ")).SyntaxError);
        Assert.Equal(RuleCatalog.YamlSyntax, error.Rule);
        Assert.Contains("found extra spaces in first line", error.Message);
    }

    [Fact]
    public void SeveralSuchBlockScalars_AreAllRead()
    {
        string yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  annotations:\n    a: |\n      \n      x\n    b: >-\n      \n      y\nspec:\n  containers:\n  - name: web\n    image: nginx\n";
        var result = ManifestYamlReader.Read(yaml);
        Assert.Null(result.SyntaxError);
        var annotations = Assert.Single(result.Documents).Workload!.Annotations;
        Assert.Equal(new[] { "a=\nx\n", "b=\ny" }, annotations.Select(a => a.Key + "=" + a.Value));
    }
}

using System.Text;
using ProbeGen.Core.Validation;

namespace ProbeGen.Yaml.Tests;

/// <summary>The YAML front-end's limits: depth, size and alias expansion end in a PG0101 that names the limit, never a crash.</summary>
public class LimitTests
{
    private static YamlIssue SyntaxError(string yaml)
    {
        var result = ManifestYamlReader.Read(yaml);
        var error = Assert.IsType<YamlIssue>(result.SyntaxError);
        Assert.Equal(RuleCatalog.YamlSyntax, error.Rule);
        return error;
    }

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    [Theory]
    [InlineData("[", "]", 20_000)]
    [InlineData("{a: ", "}", 50_000)]
    [InlineData("[{a: ", "}]", 10_000)]
    public void DeepFlowNesting_IsPG0101NamingTheLimit_NotAStackOverflow(string open, string close, int levels)
    {
        var error = SyntaxError(Repeat(open, levels) + Repeat(close, levels));
        Assert.Equal("YAML not read: lists and mappings nest more than 256 levels deep (the limit)", error.Message);
    }

    [Fact]
    public void DeepBlockNesting_IsPG0101()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 300; i++) sb.Append(' ', i).Append("k:\n");
        Assert.Contains("nest more than 256 levels deep", SyntaxError(sb.ToString()).Message);
    }

    [Fact]
    public void NestingUpToTheLimit_IsRead()
    {
        var result = ManifestYamlReader.Read("kind: Pod\napiVersion: v1\nmetadata: {annotations: {a: b}}\nx: " + Repeat("[", 250) + Repeat("]", 250) + "\n");
        Assert.Null(result.SyntaxError);
        Assert.Equal("", Assert.Single(result.Documents).Workload!.Name);
    }

    [Fact]
    public void TextLargerThan8MiB_IsPG0101NamingTheLimit()
    {
        string yaml = "# " + new string('x', ManifestYamlReader.MaxTextLength) + "\n";
        var error = SyntaxError(yaml);
        Assert.Equal("YAML not read: the text is 8,388,611 characters, more than the limit of 8,388,608 (8 MiB): split it into smaller files", error.Message);
        Assert.Equal(1, error.Position.Line);
    }

    [Fact]
    public void AliasBomb_IsPG0101_InsteadOfABillionNodes()
    {
        var sb = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata: {name: bomb}\nx0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) sb.Append('x').Append(i).Append(": &a").Append(i).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*a" + (i - 1), 10))).Append("]\n");
        sb.Append("spec:\n  containers:\n  - name: c\n    image: i\n    args: *a9\n");
        var error = SyntaxError(sb.ToString());
        Assert.StartsWith("YAML not read: aliases repeat more than 1,000,000 nodes (the limit against alias bombs)", error.Message);
    }

    [Fact]
    public void OrdinaryAliases_AreRead()
    {
        var result = ManifestYamlReader.Read("""
            apiVersion: v1
            kind: Pod
            metadata: {name: p}
            spec:
              containers:
              - &c {name: a, image: i, args: &args [x, z]}
              - {name: b, image: i, args: *args}
            """);
        Assert.Null(result.SyntaxError);
        var pod = Assert.Single(result.Documents).Workload!.Pod;
        Assert.Equal(new[] { "x", "z" }, pod.Containers[1].Args);
    }

    [Fact]
    public void Binary_IsDecodedFromBase64_AsKubectlDoes()
    {
        // kubectl (go-yaml v2) turns !!binary into the decoded bytes as a string: name web, container app, image nginx.
        var doc = Assert.Single(ManifestYamlReader.Read("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: !!binary d2Vi
            spec:
              containers:
              - name: !!binary |
                  YXBw
                image: !!binary bmdpbng=
                args: [!!binary "/w==", !!binary "AA==", !!binary "4oKs"]
            """).Documents);
        Assert.Empty(doc.Issues);
        var w = doc.Workload!;
        Assert.Equal("web", w.Name);
        Assert.Equal(("app", "nginx"), (w.Pod.Containers[0].Name, w.Pod.Containers[0].Image));
        Assert.Equal(new[] { "\uFFFD", "\0", "€" }, w.Pod.Containers[0].Args);
        Assert.DoesNotContain(RuleEngine.Validate(w), f => f.IsError);
    }

    [Fact]
    public void Binary_InvalidBase64_IsATypeError()
    {
        var doc = Assert.Single(ManifestYamlReader.Read("apiVersion: v1\nkind: Pod\nmetadata:\n  name: !!binary \"d2V*\"\nspec: {}\n").Documents);
        var issue = Assert.Single(doc.Issues, i => i.Kind == YamlIssueKind.TypeError);
        Assert.Equal("metadata.name: expected a string, found !!binary value contains invalid base64 data", issue.Message);
    }

    [Fact]
    public void LongValues_AreQuotedShortened_InMessages()
    {
        string big = new('s', 10_000);
        var doc = Assert.Single(ManifestYamlReader.Read("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w}\nspec:\n  replicas: \"" + big + "\"\n").Documents);
        var issue = Assert.Single(doc.Issues, i => i.Path == "spec.replicas");
        Assert.Equal("spec.replicas: expected an integer (int32), found the string \"" + new string('s', 32) + "\"... (10000 characters)", issue.Message);
    }

    [Fact]
    public void ADocumentThatIsOneString_IsReportedWithoutItsText()
    {
        // A secrets file read by mistake (API_TOKEN=…) is a YAML string: say what it is, never echo it.
        var doc = Assert.Single(ManifestYamlReader.Read("API_TOKEN=hunter2\n").Documents);
        Assert.Equal("the document: expected an object (a Kubernetes manifest), found a string of 17 characters", Assert.Single(doc.Issues).Message);
    }

    [Fact]
    public void HugeKeys_AreCutInLintMessages()
    {
        string key = new('k', 100_000);
        var messages = ManifestLinter.Lint("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n? " + key + "\n: 1\nspec: {containers: [{name: c, image: i}]}\n");
        var unknown = Assert.Single(messages, m => m.Rule.Id == "PG0102");
        Assert.Equal(ManifestLinter.MaxMessageLength, unknown.Message.IndexOf("... (message cut at 1000 of ", StringComparison.Ordinal));
        Assert.True(unknown.Message.Length < 1100);
    }
}

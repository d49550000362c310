using System.Diagnostics;
using System.Text;
using ProbeGen.Core.Schema;

namespace ProbeGen.Yaml.Tests;

/// <summary>Hostile subtrees in fields the reader captures as settings: never a throw, every value either a setting, a finding, or PG0105 with its reason.</summary>
public class CaptureHostileTests
{
    private static ManifestDocument Pod(string podSpecFields)
    {
        string yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - {name: app, image: nginx}\n" + podSpecFields;
        var result = ManifestYamlReader.Read(yaml);
        return Assert.Single(result.Documents);
    }

    /// <summary>What every capture must satisfy: the settings sorted, each resolving from the root with a value that checks.</summary>
    private static void Consistent(ManifestDocument doc)
    {
        var settings = doc.Workload!.Settings;
        Assert.Equal(FieldSettings.Sorted(settings), settings);
        foreach (var s in settings)
        {
            var r = SchemaPath.Resolve(PodSchema.Descriptor, s.Path);
            Assert.True(r.Ok, s.Path + ": " + r.Error?.Message);
            Assert.Null(SettingValues.Check(r.Value!, s));
        }
    }

    [Fact]
    public void DeepNesting_IsAnUnknownFieldOrNotModeled_NotAThrow()
    {
        var deep = new StringBuilder("  affinity:\n    nodeAffinity:\n      x: ");
        for (int i = 0; i < 200; i++) deep.Append("{a: ");
        deep.Append('1').Append('}', 200).Append('\n');
        var doc = Pod(deep.ToString());
        Assert.Contains(doc.Issues, i => i.Kind == YamlIssueKind.NotModeled && i.Path == "spec.affinity" && i.Message.Contains("nests too deep to be captured in full", StringComparison.Ordinal));
        Consistent(doc);

        var lists = new StringBuilder("  tolerations: ");
        lists.Append('[', 200).Append('1').Append(']', 200).Append('\n');
        doc = Pod(lists.ToString());
        Assert.Contains(doc.Issues, i => i.Path.StartsWith("spec.tolerations", StringComparison.Ordinal));
        Consistent(doc);
    }

    [Fact]
    public void HugeList_BeyondTheCap_IsNotModeledWithTheReason_Quickly()
    {
        var yaml = new StringBuilder("  tolerations:\n");
        for (int i = 0; i < 21_000; i++) yaml.Append("  - {operator: Exists}\n");
        var watch = Stopwatch.StartNew();
        var doc = Pod(yaml.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "took " + watch.Elapsed);
        var issue = Assert.Single(doc.Issues);
        Assert.Equal(YamlIssueKind.NotModeled, issue.Kind);
        Assert.Equal("spec.tolerations", issue.Path);
        Assert.Contains("more than 20,000 values no attribute models, too many to capture", issue.Message);
        Assert.Empty(doc.Workload!.Settings);
    }

    [Fact]
    public void ListOfAllowedLength_IsCapturedWhole()
    {
        var yaml = new StringBuilder("  tolerations:\n");
        for (int i = 0; i < 2_000; i++) yaml.Append("  - {key: k").Append(i).Append(", operator: Exists}\n");
        var doc = Pod(yaml.ToString());
        Assert.Empty(doc.Issues);
        Assert.Equal(4_000, doc.Workload!.Settings.Count);
        Assert.Equal("spec.tolerations[2].key", doc.Workload.Settings[4].Path); // [2] before [10]: by number
        Consistent(doc);
    }

    [Fact]
    public void AliasFanOut_InACapturedField_IsFindingsWithACount_NotAThrow()
    {
        var yaml = new StringBuilder("  tolerations:\n  - &l0 {operator: Exists}\n");
        for (int i = 1; i <= 4; i++) yaml.Append("  - &l").Append(i).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*l" + (i - 1), 10))).Append("]\n");
        var doc = Pod(yaml.ToString());
        Assert.Equal(SettingsCap + 1, doc.Issues.Count);
        Assert.Contains(doc.Issues, i => i.Kind == YamlIssueKind.NotModeled && i.Path == "spec.tolerations" && i.Message.Contains("more values are wrong or have no [Set] form", StringComparison.Ordinal));
        Consistent(doc);
    }

    private const int SettingsCap = 20;

    [Theory]
    [InlineData("  activeDeadlineSeconds: .inf\n", YamlIssueKind.NotModeled)]
    [InlineData("  activeDeadlineSeconds: .nan\n", YamlIssueKind.NotModeled)]
    [InlineData("  activeDeadlineSeconds: 123456789012345678901234567890\n", YamlIssueKind.TypeError)]
    [InlineData("  activeDeadlineSeconds: 1e400\n", YamlIssueKind.NotModeled)]
    [InlineData("  activeDeadlineSeconds: 0x1F\n", null)]
    [InlineData("  activeDeadlineSeconds: -0\n", null)]
    [InlineData("  hostname: 2001-12-14\n", null)]
    [InlineData("  hostname: !!binary aGk=\n", null)]
    [InlineData("  hostname: 0o17\n", YamlIssueKind.TypeError)]
    [InlineData("  hostNetwork: ON\n", null)]
    [InlineData("  hostNetwork: 'ON'\n", YamlIssueKind.TypeError)]
    [InlineData("  priority: 2147483648\n", YamlIssueKind.TypeError)]
    [InlineData("  overhead: {cpu: 1.5e3, memory: 1Gi}\n", null)]
    [InlineData("  overhead: {cpu: [1]}\n", YamlIssueKind.NotModeled)]
    [InlineData("  tolerations: [{key: a}, ~]\n", YamlIssueKind.NotModeled)]
    [InlineData("  nodeName: \"\\u2028\\u0000\\uFFFF\"\n", null)]
    [InlineData("  ? [a]\n  : 1\n", YamlIssueKind.TypeError)]
    [InlineData("  schedulingGates: {<<: {a: 1}}\n", YamlIssueKind.NotModeled)]
    [InlineData("  securityContext: {<<: [{runAsUser: 1}, 2]}\n", YamlIssueKind.NotModeled)]
    [InlineData("  securityContext: {<<: *nowhere}\n", null)]
    public void OddScalars_AreASettingAFindingOrNotModeled_NeverAThrow(string fields, YamlIssueKind? expected)
    {
        var result = ManifestYamlReader.Read("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - {name: app, image: nginx}\n" + fields);
        if (result.SyntaxError is not null) return; // YAML that is not YAML: PG0101, never a throw
        var doc = Assert.Single(result.Documents);
        if (expected is null) Assert.True(doc.Issues.Count == 0 && doc.Workload!.Settings.Count > 0, string.Join("; ", doc.Issues));
        else Assert.Contains(doc.Issues, i => i.Kind == expected);
        Consistent(doc);
    }
}

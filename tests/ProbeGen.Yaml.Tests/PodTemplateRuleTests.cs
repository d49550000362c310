using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;
using ProbeGen.Core.Validation;
using ProbeGen.Tests;

namespace ProbeGen.Yaml.Tests;

/// <summary>
/// The selector and template-metadata rules (PG1411–PG1413, PG1830) through lint: the cases of testdata/k8s-corpus-next and
/// k8s-corpus with their `# rule:` headers (path, message and YAML position), and the matchExpressions cases on a model whose
/// settings carry them (what [Set] and setting capture produce).
/// </summary>
public class PodTemplateRuleTests
{
    private static string Case(string dir, string file) => File.ReadAllText(Path.Combine(RepoPaths.Root, "testdata", dir, file));

    private static LintMessage[] Findings(string yaml, string rule) => ManifestLinter.Lint(yaml).Where(m => m.Rule.Id == rule).ToArray();

    [Fact]
    public void DeploymentWithoutSelector_IsPG1411AtSpecSelector_AndPG1413()
    {
        var yaml = Case("k8s-corpus-next", "043-invalid-deployment-without-selector.yaml");
        var f = Assert.Single(Findings(yaml, "PG1411"));
        Assert.Equal(("spec.selector", "spec.selector: Required value"), (f.Path, f.Message));
        Assert.Equal(new YamlPosition(9, 1), f.Position); // the spec: the selector that is not there
        var mismatch = Assert.Single(Findings(yaml, "PG1413"));
        Assert.Equal("spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`", mismatch.Message);
    }

    [Fact]
    public void EmptySelector_IsPG1412AtSpecSelector()
    {
        var yaml = Case("k8s-corpus-next", "044-invalid-deployment-empty-selector.yaml");
        var f = Assert.Single(Findings(yaml, "PG1412"));
        Assert.Equal("spec.selector", f.Path);
        Assert.EndsWith(": empty selector is invalid for deployment", f.Message);
        Assert.Equal(new YamlPosition(10, 3), f.Position);
        Assert.Empty(Findings(yaml, "PG1413")); // an empty selector selects everything
    }

    [Fact]
    public void SelectorThatDoesNotMatchTheTemplate_IsPG1413AtTheTemplateLabels()
    {
        var yaml = Case("k8s-corpus", "183-invalid-deployment-selector-mismatch.yaml");
        var f = Assert.Single(Findings(yaml, "PG1413"));
        Assert.Equal("spec.template.metadata.labels", f.Path);
        Assert.Equal("spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"api\"}: `selector` does not match template `labels`", f.Message);
        Assert.Equal(new YamlPosition(14, 7), f.Position); // at the template's labels, the node the API server names (C# points at the [SelectorLabel])
    }

    [Fact]
    public void TemplateMetadataApartFromTheWorkloads_IsValid_AndReadIntoTheModel()
    {
        var yaml = Case("k8s-corpus-next", "052-valid-deployment-template-metadata-apart.yaml");
        var messages = ManifestLinter.Lint(yaml);
        Assert.DoesNotContain(messages, m => m.Rule.Id is "PG1411" or "PG1412" or "PG1413" or "PG1830" or "PG1016" or "PG0105" && !m.Path.EndsWith(".metadata.name", StringComparison.Ordinal));
        var w = ManifestYamlReader.Read(yaml).Documents[0].Workload!;
        Assert.Equal(new[] { new KeyValue("app", "web"), new KeyValue("version", "v2") }, w.PodLabels);
        Assert.Equal(new[] { new KeyValue("prometheus.io/scrape", "true"), new KeyValue("sidecar.istio.io/inject", "false") }, w.PodAnnotations);
        Assert.Equal(new[] { new KeyValue("app", "web") }, w.SelectorLabels);
    }

    [Fact]
    public void SelectorLabelThatIsNotALabel_IsPG1830AtMatchLabels()
    {
        var yaml = Manifests.Deployment().Replace("  selector:\n    matchLabels:\n      app: web\n", "  selector:\n    matchLabels:\n      app: web\n      tier: a b\n");
        Assert.Contains("tier: a b", yaml);
        var f = Assert.Single(Findings(yaml, "PG1830"));
        Assert.Equal("spec.selector.matchLabels", f.Path);
        Assert.StartsWith("spec.selector.matchLabels: Invalid value: \"a b\": a valid label must be", f.Message);
        Assert.Empty(Findings(Manifests.Deployment(), "PG1830"));
    }

    [Fact]
    public void JobWithoutSelector_HasNoSelectorFinding_AndAJobSelectorMustMatch()
    {
        var job = Manifests.Job();
        Assert.DoesNotContain(ManifestLinter.Lint(job), m => m.Rule.Id is "PG1411" or "PG1412" or "PG1413");
        var w = ManifestYamlReader.Read(job).Documents[0].Workload! with { SelectorLabels = new EquatableArray<KeyValue>(new[] { new KeyValue("batch", "x") }) };
        var f = Assert.Single(RuleEngine.Validate(w), x => x.Rule.Id == "PG1413");
        Assert.Equal(("spec.template.metadata.labels", "spec.selector.matchLabels[batch]"), (f.Path, f.SourcePath));
    }

    private static WorkloadSpec WithExpressions(string yaml, params FieldSetting[] settings) =>
        ManifestYamlReader.Read(yaml).Documents[0].Workload! with { Settings = FieldSettings.Sorted(settings) };

    private static readonly string SelectorOnlyExpressions = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector: {}
          template:
            metadata:
              labels:
                app: web
                tier: frontend
            spec:
              containers:
              - name: app
                image: nginx:1.27
        """;

    [Fact]
    public void MatchExpressions_AreMatchedAgainstTheTemplate()
    {
        // 047: NotIn [frontend] excludes the template's tier=frontend.
        var notIn = WithExpressions(SelectorOnlyExpressions,
            FieldSetting.String("spec.selector.matchExpressions[0].key", "tier"), FieldSetting.String("spec.selector.matchExpressions[0].operator", "NotIn"),
            FieldSetting.String("spec.selector.matchExpressions[0].values[0]", "frontend"));
        var f = Assert.Single(RuleEngine.Validate(notIn), x => x.Rule.Id == "PG1413");
        Assert.Equal("spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\", \"tier\":\"frontend\"}: `selector` does not match template `labels`", f.Message);
        Assert.DoesNotContain(RuleEngine.Validate(notIn), x => x.Rule.Id == "PG1412");
        // 046: In [frontend, edge] and DoesNotExist canary select it.
        var matching = WithExpressions(SelectorOnlyExpressions,
            FieldSetting.String("spec.selector.matchExpressions[0].key", "tier"), FieldSetting.String("spec.selector.matchExpressions[0].operator", "In"),
            FieldSetting.String("spec.selector.matchExpressions[0].values[0]", "frontend"), FieldSetting.String("spec.selector.matchExpressions[0].values[1]", "edge"),
            FieldSetting.String("spec.selector.matchExpressions[1].key", "canary"), FieldSetting.String("spec.selector.matchExpressions[1].operator", "DoesNotExist"));
        Assert.DoesNotContain(RuleEngine.Validate(matching), x => x.Rule.Id is "PG1411" or "PG1412" or "PG1413" or "PG1830");
    }

    [Fact]
    public void InWithoutValues_IsPG1830AtTheRequirementsValues()
    {
        // 051: In with values: [] (the empty list is a setting of its own).
        var w = WithExpressions(SelectorOnlyExpressions,
            FieldSetting.String("spec.selector.matchExpressions[0].key", "app"), FieldSetting.String("spec.selector.matchExpressions[0].operator", "In"),
            new FieldSetting("spec.selector.matchExpressions[0].values", SettingValueKind.EmptyList, "[]"));
        var f = Assert.Single(RuleEngine.Validate(w), x => x.Rule.Id == "PG1830");
        Assert.Equal(("spec.selector.matchExpressions[0].values", "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'"), (f.Path, f.Message));
        Assert.DoesNotContain(RuleEngine.Validate(w), x => x.Rule.Id == "PG1413"); // an invalid requirement does not convert: no match check
    }
}

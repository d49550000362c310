using System.Text.Json;
using System.Text.Json.Nodes;
using ProbeGen.Core.Schema;
using ProbeGen.Yaml;

namespace ProbeGen.Tests;

/// <summary>A manifest's fields captured as [Set] settings (what import will write) and written back: kubectl reads the same object.</summary>
public class SettingCaptureTests
{
    private const string Manifest = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          generateName: web-
        spec:
          strategy:
            type: RollingUpdate
            rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
              annotations:
                prometheus.io/scrape: "true"
                sidecar.istio.io/inject: 'false'
            spec:
              shareProcessNamespace: yes
              securityContext: {fsGroup: 0755, runAsNonRoot: true}
              tolerations:
              - {key: dedicated, operator: Equal, value: "yes", effect: NoSchedule}
              - operator: Exists
              volumes:
              - name: scratch
                emptyDir: {}
              - name: cfg
                configMap:
                  name: app-config
                  items: [{key: a.json, path: a.json, mode: 0644}]
              containers:
              - name: web
                image: nginx:1.27
                securityContext:
                  capabilities: {add: [NET_ADMIN], drop: []}
                resources:
                  limits: {nvidia.com/gpu: 1, cpu: 0.5}
              priorityClassName: ~
        """;

    private static List<FieldSetting> Capture(string yaml, out string? error)
    {
        var docs = YamlLoader.Load(yaml, out var loadError);
        Assert.Null(loadError);
        var node = YamlSettingCapture.ToSettingNode(docs[0].Root!, out error);
        return node is SettingMap map ? SettingTree.ToSettings(DeploymentSchema.Descriptor, map) : new List<FieldSetting>();
    }

    [Fact]
    public void Manifest_CapturedAsSettings_ResolvedAsTheApiServerReadsIt()
    {
        var settings = Capture(Manifest, out var error);
        Assert.Null(error);
        Assert.Contains(FieldSetting.Bool("spec.template.spec.shareProcessNamespace", true), settings); // yes: YAML 1.1, as kubectl
        Assert.Contains(FieldSetting.Integer("spec.template.spec.securityContext.fsGroup", 493), settings); // 0755: octal
        Assert.Contains(FieldSetting.String("spec.template.spec.tolerations[0].value", "yes"), settings);
        Assert.Contains(FieldSetting.String("spec.template.metadata.annotations['prometheus.io/scrape']", "true"), settings);
        Assert.Contains(FieldSetting.EmptyObject("spec.template.spec.volumes[0].emptyDir"), settings);
        Assert.Contains(FieldSetting.EmptyList("spec.template.spec.containers[0].securityContext.capabilities.drop"), settings);
        Assert.Contains(FieldSetting.Integer("spec.template.spec.containers[0].resources.limits['nvidia.com/gpu']", 1), settings);
        Assert.Contains(FieldSetting.String("spec.template.spec.volumes[1].configMap.items[0].key", "a.json"), settings);
        Assert.DoesNotContain(settings, s => s.Path.Contains("priorityClassName", StringComparison.Ordinal)); // ~ is the field left out
        Assert.Empty(SettingChecks.Check(settings));
        // Every captured setting resolves and its value checks against the schema (shape only: the model's fields are the wiring's concern).
        var options = new SchemaPathOptions { RefuseModeled = false };
        foreach (var s in settings)
        {
            var r = SchemaPath.Resolve(DeploymentSchema.Descriptor, s.Path, options);
            Assert.True(r.Ok, s.Path + ": " + r.Error?.Message);
            Assert.Equal(s.Path, r.Value!.Path);
            Assert.Null(SettingValues.Check(r.Value, s));
        }
    }

    [Fact]
    public void CapturedSettings_WrittenBack_DecodeByKubectl_ToTheSameObject()
    {
        var settings = Capture(Manifest, out _);
        string written = SettingYaml.ToText(SettingTree.Build(FieldSettings.Sorted(settings).ToArray()));
        var original = JsonNode.Parse(Kubectl.Decode(Manifest));
        var roundTripped = JsonNode.Parse(Kubectl.Decode(written));
        Assert.True(JsonNode.DeepEquals(original, roundTripped), written);
    }

    [Theory]
    [InlineData("a: [1, ~]", "a list item that is null")]
    [InlineData("a: .nan", "has no JSON form")]
    [InlineData("? [x]\n: 1", "a mapping key that is not a scalar")]
    public void ValueWithoutASettingForm_IsAnError_NotAThrow(string yaml, string message)
    {
        var docs = YamlLoader.Load(yaml, out _);
        Assert.Null(YamlSettingCapture.ToSettingNode(docs[0].Root!, out var error));
        Assert.Contains(message, error);
    }
}

using System.Reflection;
using System.Text.Json;
using k8s.Models;

namespace ProbeGen.Tests;

/// <summary>[NodeAffinity], [PreferredNodeAffinity], [PodAffinity], [PodAntiAffinity] and the preferred pod terms lower to the settings [Set] gives: YAML text, kubectl, CreateManifest(), and import writes them back (round trip kubectl-equal).</summary>
public class AffinityTests
{
    private static string ManifestYaml(Assembly assembly, string typeName) =>
        (string)assembly.GetType(typeName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!;

    private const string Source = """
        using ProbeGen;

        namespace Shop;

        [Deployment("web")]
        [NodeAffinity("kubernetes.io/arch", NodeSelectorOperator.In, Values = new[] { "amd64", "arm64" })]
        [NodeAffinity("node-role.kubernetes.io/control-plane", NodeSelectorOperator.DoesNotExist)]
        [PreferredNodeAffinity(50, "topology.kubernetes.io/zone", NodeSelectorOperator.In, Values = new[] { "eu-west-1a" })]
        [PodAffinity("topology.kubernetes.io/zone", Namespaces = new[] { "cache" })]
        [PodAntiAffinity("kubernetes.io/hostname", MatchLabelKeys = new[] { "pod-template-hash" })]
        [PreferredPodAffinity(20, "kubernetes.io/hostname")]
        [PreferredPodAntiAffinity(100, "topology.kubernetes.io/zone")]
        [Set("spec.template.spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchLabels.app", "cache")]
        [Set("spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchLabels.app", "web")]
        [Set("spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector.matchLabels.app", "web")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """;

    private const string WebYaml = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: nginx:1.27
              affinity:
                nodeAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                  - preference:
                      matchExpressions:
                      - key: topology.kubernetes.io/zone
                        operator: In
                        values:
                        - eu-west-1a
                    weight: 50
                  requiredDuringSchedulingIgnoredDuringExecution:
                    nodeSelectorTerms:
                    - matchExpressions:
                      - key: kubernetes.io/arch
                        operator: In
                        values:
                        - amd64
                        - arm64
                      - key: node-role.kubernetes.io/control-plane
                        operator: DoesNotExist
                podAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                  - podAffinityTerm:
                      topologyKey: kubernetes.io/hostname
                    weight: 20
                  requiredDuringSchedulingIgnoredDuringExecution:
                  - labelSelector:
                      matchLabels:
                        app: cache
                    namespaces:
                    - cache
                    topologyKey: topology.kubernetes.io/zone
                podAntiAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                  - podAffinityTerm:
                      labelSelector:
                        matchLabels:
                          app: web
                      topologyKey: topology.kubernetes.io/zone
                    weight: 100
                  requiredDuringSchedulingIgnoredDuringExecution:
                  - labelSelector:
                      matchLabels:
                        app: web
                    matchLabelKeys:
                    - pod-template-hash
                    topologyKey: kubernetes.io/hostname

        """;

    [Fact]
    public void AffinityAttributes_YamlText_Kubectl_CreateManifest()
    {
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Source, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.Empty(TestCompilation.Analyze(output).Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal)));
        var assembly = TestCompilation.Load(output);
        string yaml = ManifestYaml(assembly, "Shop.Web");
        Assert.Equal(WebYaml.Replace("\r\n", "\n"), yaml);

        using var decoded = JsonDocument.Parse(Kubectl.Decode(yaml));
        var affinity = decoded.RootElement.GetProperty("spec").GetProperty("template").GetProperty("spec").GetProperty("affinity");
        var expressions = affinity.GetProperty("nodeAffinity").GetProperty("requiredDuringSchedulingIgnoredDuringExecution").GetProperty("nodeSelectorTerms")[0].GetProperty("matchExpressions");
        Assert.Equal(2, expressions.GetArrayLength());
        Assert.Equal("arm64", expressions[0].GetProperty("values")[1].GetString());
        Assert.Equal("DoesNotExist", expressions[1].GetProperty("operator").GetString());
        var preferred = affinity.GetProperty("nodeAffinity").GetProperty("preferredDuringSchedulingIgnoredDuringExecution")[0];
        Assert.Equal(50, preferred.GetProperty("weight").GetInt32());
        Assert.Equal("eu-west-1a", preferred.GetProperty("preference").GetProperty("matchExpressions")[0].GetProperty("values")[0].GetString());
        Assert.Equal("cache", affinity.GetProperty("podAffinity").GetProperty("requiredDuringSchedulingIgnoredDuringExecution")[0].GetProperty("namespaces")[0].GetString());
        Assert.Equal(20, affinity.GetProperty("podAffinity").GetProperty("preferredDuringSchedulingIgnoredDuringExecution")[0].GetProperty("weight").GetInt32());
        var anti = affinity.GetProperty("podAntiAffinity");
        Assert.Equal("pod-template-hash", anti.GetProperty("requiredDuringSchedulingIgnoredDuringExecution")[0].GetProperty("matchLabelKeys")[0].GetString());
        Assert.Equal("topology.kubernetes.io/zone", anti.GetProperty("preferredDuringSchedulingIgnoredDuringExecution")[0].GetProperty("podAffinityTerm").GetProperty("topologyKey").GetString());

        var typed = (V1Deployment)assembly.GetType("Shop.Web", throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        var a = typed.Spec.Template.Spec.Affinity;
        Assert.Equal("In", a.NodeAffinity.RequiredDuringSchedulingIgnoredDuringExecution.NodeSelectorTerms[0].MatchExpressions[0].OperatorProperty);
        Assert.Equal("topology.kubernetes.io/zone", a.NodeAffinity.PreferredDuringSchedulingIgnoredDuringExecution[0].Preference.MatchExpressions[0].Key);
        Assert.Equal("kubernetes.io/hostname", a.PodAntiAffinity.RequiredDuringSchedulingIgnoredDuringExecution[0].TopologyKey);
        Assert.Equal(100, a.PodAntiAffinity.PreferredDuringSchedulingIgnoredDuringExecution[0].Weight);
        Assert.Equal("web", a.PodAntiAffinity.PreferredDuringSchedulingIgnoredDuringExecution[0].PodAffinityTerm.LabelSelector.MatchLabels["app"]);
    }

    private const string Manifest = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              affinity:
                nodeAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                    nodeSelectorTerms:
                    - matchExpressions:
                      - key: kubernetes.io/arch
                        operator: In
                        values: [amd64, arm64]
                      - key: kubernetes.io/os
                        operator: Exists
                    - matchFields:
                      - key: metadata.name
                        operator: In
                        values: [node-1]
                  preferredDuringSchedulingIgnoredDuringExecution:
                  - weight: 1
                    preference:
                      matchExpressions:
                      - key: disktype
                        operator: In
                        values: [ssd]
                podAntiAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                  - weight: 100
                    podAffinityTerm:
                      topologyKey: kubernetes.io/hostname
                      labelSelector:
                        matchLabels:
                          app: web
              containers:
              - name: web
                image: nginx:1.27
        """;

    private const string Expected = """
        using ProbeGen;

        namespace Imported;

        [Deployment("web")]
        [NodeAffinity("kubernetes.io/arch", NodeSelectorOperator.In, Values = new[] { "amd64", "arm64" })]
        [NodeAffinity("kubernetes.io/os", NodeSelectorOperator.Exists)]
        [PreferredNodeAffinity(1, "disktype", NodeSelectorOperator.In, Values = new[] { "ssd" })]
        [PreferredPodAntiAffinity(100, "kubernetes.io/hostname")]
        [Container("web", "nginx:1.27")]
        [Set("spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[1].matchFields[0].key", "metadata.name")]
        [Set("spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[1].matchFields[0].operator", "In")]
        [Set("spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[1].matchFields[0].values", new[] { "node-1" })]
        [Set("spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector.matchLabels['app']", "web")]
        public partial class WebDeployment
        {
        }

        """;

    /// <summary>What the attributes carry becomes them (the first node selector term's requirements, the preferred terms); a second, OR-ed term and the label selector stay [Set]; built again, kubectl reads the same object.</summary>
    [Fact]
    public void Affinity_ImportsAsAttributes_RestAsSet_RoundTripKubectlEqual()
    {
        ImportRoundTrip.Check(Manifest, Expected);
    }
}

using System.Reflection;
using System.Text.Json;
using k8s.Models;

namespace ProbeGen.Tests;

/// <summary>
/// [StatefulSetUpdateStrategy], [DaemonSetUpdateStrategy] and [TopologySpread] lower to spec.updateStrategy and the pod's
/// topologySpreadConstraints: YAML text, kubectl, CreateManifest(), and the syntax path agrees with binding (SyntaxPathTests).
/// </summary>
public class UpdateStrategyGeneratorTests
{
    private static string ManifestYaml(Assembly assembly, string typeName) =>
        (string)assembly.GetType(typeName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!;

    /// <summary>Shared with SyntaxPathTests: the syntax path must give the same bytes as binding.</summary>
    internal const string Source = """
        using ProbeGen;

        namespace Shop;

        [StatefulSet("db", Replicas = 3)]
        [StatefulSetUpdateStrategy(Type = StatefulSetUpdateStrategyType.RollingUpdate, Partition = 2, MaxUnavailable = "50%")]
        [Container("db", "postgres:16")]
        public partial class Db { }

        [StatefulSet("cache")]
        [StatefulSetUpdateStrategy(Type = StatefulSetUpdateStrategyType.OnDelete)]
        [Container("cache", "redis:7")]
        public partial class Cache { }

        [DaemonSet("agent")]
        [DaemonSetUpdateStrategy(Type = DaemonSetUpdateStrategyType.RollingUpdate, MaxSurge = "1", MaxUnavailable = "0")]
        [Container("agent", "busybox:1.36")]
        public partial class Agent { }

        [DaemonSet("logs")]
        [DaemonSetUpdateStrategy(MaxUnavailable = "10%")]
        [Container("logs", "busybox:1.36")]
        public partial class Logs { }

        [Deployment("web", Replicas = 6)]
        [TopologySpread(1, "topology.kubernetes.io/zone", WhenUnsatisfiable.DoNotSchedule, MinDomains = 3, NodeAffinityPolicy = NodeInclusionPolicy.Honor, NodeTaintsPolicy = NodeInclusionPolicy.Ignore)]
        [TopologySpread(2, "kubernetes.io/hostname", WhenUnsatisfiable.ScheduleAnyway, MatchLabelKeys = new[] { "pod-template-hash" })]
        [Set("spec.template.spec.topologySpreadConstraints[0].labelSelector.matchLabels.app", "web")]
        [Set("spec.template.spec.topologySpreadConstraints[1].labelSelector.matchLabels.app", "web")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """;

    private const string DbYaml = """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          replicas: 3
          selector:
            matchLabels:
              app: db
          template:
            metadata:
              labels:
                app: db
            spec:
              containers:
              - name: db
                image: postgres:16
          updateStrategy:
            rollingUpdate:
              maxUnavailable: "50%"
              partition: 2
            type: RollingUpdate

        """;

    private const string AgentYaml = """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
        spec:
          selector:
            matchLabels:
              app: agent
          template:
            metadata:
              labels:
                app: agent
            spec:
              containers:
              - name: agent
                image: busybox:1.36
          updateStrategy:
            rollingUpdate:
              maxSurge: 1
              maxUnavailable: 0
            type: RollingUpdate

        """;

    private const string WebYaml = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 6
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
              topologySpreadConstraints:
              - labelSelector:
                  matchLabels:
                    app: web
                maxSkew: 1
                minDomains: 3
                nodeAffinityPolicy: Honor
                nodeTaintsPolicy: Ignore
                topologyKey: topology.kubernetes.io/zone
                whenUnsatisfiable: DoNotSchedule
              - labelSelector:
                  matchLabels:
                    app: web
                matchLabelKeys:
                - pod-template-hash
                maxSkew: 2
                topologyKey: kubernetes.io/hostname
                whenUnsatisfiable: ScheduleAnyway

        """;

    [Fact]
    public void UpdateStrategies_And_TopologySpread_YamlText_Kubectl_CreateManifest()
    {
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Source, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.Empty(TestCompilation.Analyze(output).Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal)));
        var assembly = TestCompilation.Load(output);

        string db = ManifestYaml(assembly, "Shop.Db");
        Assert.Equal(DbYaml.Replace("\r\n", "\n"), db);
        using (var decoded = JsonDocument.Parse(Kubectl.Decode(db)))
        {
            var strategy = decoded.RootElement.GetProperty("spec").GetProperty("updateStrategy");
            Assert.Equal("RollingUpdate", strategy.GetProperty("type").GetString());
            Assert.Equal(2, strategy.GetProperty("rollingUpdate").GetProperty("partition").GetInt32());
            Assert.Equal("50%", strategy.GetProperty("rollingUpdate").GetProperty("maxUnavailable").GetString());
        }
        // OnDelete alone: no rollingUpdate written.
        string cache = ManifestYaml(assembly, "Shop.Cache");
        Assert.EndsWith("  updateStrategy:\n    type: OnDelete\n", cache);
        using (var decoded = JsonDocument.Parse(Kubectl.Decode(cache)))
            Assert.False(decoded.RootElement.GetProperty("spec").GetProperty("updateStrategy").TryGetProperty("rollingUpdate", out _));

        string agent = ManifestYaml(assembly, "Shop.Agent");
        Assert.Equal(AgentYaml.Replace("\r\n", "\n"), agent);
        using (var decoded = JsonDocument.Parse(Kubectl.Decode(agent)))
        {
            var rolling = decoded.RootElement.GetProperty("spec").GetProperty("updateStrategy").GetProperty("rollingUpdate");
            Assert.Equal(JsonValueKind.Number, rolling.GetProperty("maxSurge").ValueKind);
            Assert.Equal(1, rolling.GetProperty("maxSurge").GetInt32());
            Assert.Equal(0, rolling.GetProperty("maxUnavailable").GetInt32());
        }
        // No Type written: no type in the manifest (the API server defaults it to RollingUpdate).
        string logs = ManifestYaml(assembly, "Shop.Logs");
        Assert.EndsWith("  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: \"10%\"\n", logs);

        string web = ManifestYaml(assembly, "Shop.Web");
        Assert.Equal(WebYaml.Replace("\r\n", "\n"), web);
        using (var decoded = JsonDocument.Parse(Kubectl.Decode(web)))
        {
            var spread = decoded.RootElement.GetProperty("spec").GetProperty("template").GetProperty("spec").GetProperty("topologySpreadConstraints");
            Assert.Equal(2, spread.GetArrayLength());
            Assert.Equal(3, spread[0].GetProperty("minDomains").GetInt32());
            Assert.Equal("web", spread[0].GetProperty("labelSelector").GetProperty("matchLabels").GetProperty("app").GetString());
            Assert.Equal("ScheduleAnyway", spread[1].GetProperty("whenUnsatisfiable").GetString());
            Assert.Equal("pod-template-hash", spread[1].GetProperty("matchLabelKeys")[0].GetString());
        }

        var typedDb = (V1StatefulSet)assembly.GetType("Shop.Db", throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        Assert.Equal("RollingUpdate", typedDb.Spec.UpdateStrategy.Type);
        Assert.Equal(2, typedDb.Spec.UpdateStrategy.RollingUpdate.Partition);
        Assert.Equal("50%", typedDb.Spec.UpdateStrategy.RollingUpdate.MaxUnavailable.Value);
        var typedAgent = (V1DaemonSet)assembly.GetType("Shop.Agent", throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        Assert.Equal("1", typedAgent.Spec.UpdateStrategy.RollingUpdate.MaxSurge.Value);
        Assert.Equal("0", typedAgent.Spec.UpdateStrategy.RollingUpdate.MaxUnavailable.Value);
        var typedWeb = (V1Deployment)assembly.GetType("Shop.Web", throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        var constraints = typedWeb.Spec.Template.Spec.TopologySpreadConstraints;
        Assert.Equal(2, constraints.Count);
        Assert.Equal(1, constraints[0].MaxSkew);
        Assert.Equal("topology.kubernetes.io/zone", constraints[0].TopologyKey);
        Assert.Equal("Honor", constraints[0].NodeAffinityPolicy);
        Assert.Equal("web", constraints[0].LabelSelector.MatchLabels["app"]);
        Assert.Equal(new[] { "pod-template-hash" }, constraints[1].MatchLabelKeys);
    }
}

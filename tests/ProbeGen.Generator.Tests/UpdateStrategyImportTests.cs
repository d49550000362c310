namespace ProbeGen.Tests;

/// <summary>
/// Import of spec.updateStrategy and topologySpreadConstraints: a StatefulSet's becomes [StatefulSetUpdateStrategy], a
/// DaemonSet's [DaemonSetUpdateStrategy] (the same path, told apart by the kind), each constraint [TopologySpread] with
/// its labelSelector left to [Set]; built again, kubectl reads the same object.
/// </summary>
public class UpdateStrategyImportTests
{
    [Fact]
    public void StatefulSetUpdateStrategy_ImportsAsItsAttribute_RoundTripKubectlEqual()
    {
        var emitted = ImportRoundTrip.Check("""
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
            spec:
              replicas: 3
              serviceName: db
              selector:
                matchLabels:
                  app: db
              updateStrategy:
                type: RollingUpdate
                rollingUpdate:
                  partition: 1
                  maxUnavailable: 2
              template:
                metadata:
                  labels:
                    app: db
                spec:
                  containers:
                  - name: db
                    image: postgres:16
            """, null);
        Assert.Contains("""[StatefulSetUpdateStrategy(Type = StatefulSetUpdateStrategyType.RollingUpdate, Partition = 1, MaxUnavailable = "2")]""", emitted.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("[Set(", emitted.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("DaemonSetUpdateStrategy", emitted.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void DaemonSetUpdateStrategy_ImportsAsItsAttribute_NotTheStatefulSets()
    {
        var emitted = ImportRoundTrip.Check("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
            spec:
              selector:
                matchLabels:
                  app: agent
              updateStrategy:
                type: RollingUpdate
                rollingUpdate:
                  maxSurge: 25%
                  maxUnavailable: 0
              template:
                metadata:
                  labels:
                    app: agent
                spec:
                  containers:
                  - name: agent
                    image: busybox:1.36
            """, null);
        Assert.Contains("""[DaemonSetUpdateStrategy(Type = DaemonSetUpdateStrategyType.RollingUpdate, MaxSurge = "25%", MaxUnavailable = "0")]""", emitted.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("[Set(", emitted.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("StatefulSetUpdateStrategy", emitted.Source, StringComparison.Ordinal);
    }

    /// <summary>The API server's required three are the constructor's; labelSelector has no argument and stays [Set] at the item's own index.</summary>
    [Fact]
    public void TopologySpread_ImportsAsAttributes_LabelSelectorStaysSet()
    {
        const string expected = """
            using ProbeGen;

            namespace Imported;

            [Deployment("web", Replicas = 6)]
            [TopologySpread(1, "topology.kubernetes.io/zone", WhenUnsatisfiable.DoNotSchedule, MinDomains = 2, NodeTaintsPolicy = NodeInclusionPolicy.Honor)]
            [TopologySpread(3, "kubernetes.io/hostname", WhenUnsatisfiable.ScheduleAnyway, MatchLabelKeys = new[] { "pod-template-hash", "version" })]
            [Container("web", "nginx:1.27")]
            [Set("spec.template.spec.topologySpreadConstraints[0].labelSelector.matchLabels['app']", "web")]
            [Set("spec.template.spec.topologySpreadConstraints[1].labelSelector.matchExpressions[0].key", "app")]
            [Set("spec.template.spec.topologySpreadConstraints[1].labelSelector.matchExpressions[0].operator", "Exists")]
            public partial class WebDeployment
            {
            }

            """;
        ImportRoundTrip.Check("""
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
                  topologySpreadConstraints:
                  - maxSkew: 1
                    topologyKey: topology.kubernetes.io/zone
                    whenUnsatisfiable: DoNotSchedule
                    minDomains: 2
                    nodeTaintsPolicy: Honor
                    labelSelector:
                      matchLabels:
                        app: web
                  - maxSkew: 3
                    topologyKey: kubernetes.io/hostname
                    whenUnsatisfiable: ScheduleAnyway
                    matchLabelKeys:
                    - pod-template-hash
                    - version
                    labelSelector:
                      matchExpressions:
                      - key: app
                        operator: Exists
                  containers:
                  - name: web
                    image: nginx:1.27
            """, expected);
    }
}

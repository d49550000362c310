using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ProbeGen.Tests;

/// <summary>
/// [StatefulSetUpdateStrategy], [DaemonSetUpdateStrategy] and [TopologySpread]: the settings rules (PG1462–PG1464,
/// PG1471–PG1473, PG1820–PG1826) at the argument, PG0040 for an update strategy on another kind, PG0044 naming the
/// kind's own attribute for a [Set] of its field, and no diagnostic for the valid case.
/// </summary>
public class UpdateStrategyDiagnosticsTests
{
    private const string Usings = "using ProbeGen;\n";

    [Fact]
    public Task ValidStrategiesAndSpread_NoDiagnostic() => Verify.Analyzer(Usings + """
        [StatefulSet("db", Replicas = 3)]
        [StatefulSetUpdateStrategy(Type = StatefulSetUpdateStrategyType.RollingUpdate, Partition = 0, MaxUnavailable = "100%")]
        [Container("db", "postgres:16")]
        public partial class Db { }

        [StatefulSet("cache")]
        [StatefulSetUpdateStrategy(Type = StatefulSetUpdateStrategyType.OnDelete)]
        [Container("cache", "redis:7")]
        public partial class Cache { }

        [DaemonSet("agent")]
        [DaemonSetUpdateStrategy(MaxSurge = "10%", MaxUnavailable = "0")]
        [Container("agent", "busybox:1.36")]
        public partial class Agent { }

        [Deployment("web")]
        [TopologySpread(1, "topology.kubernetes.io/zone", WhenUnsatisfiable.DoNotSchedule, MinDomains = 2)]
        [TopologySpread(1, "topology.kubernetes.io/zone", WhenUnsatisfiable.ScheduleAnyway, NodeAffinityPolicy = NodeInclusionPolicy.Ignore)]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """);

    /// <summary>validateRollingUpdateStatefulSet: partition ≥ 0 (PG1463); maxUnavailable not 0, "0%" included, and at most 100% (PG1464).</summary>
    [Fact]
    public Task StatefulSetRollingUpdate_PG1463_PG1464_AtTheProperty() => Verify.Analyzer(Usings + """
        [StatefulSet("a")]
        [StatefulSetUpdateStrategy({|PG1463:Partition = -1|}, {|PG1464:MaxUnavailable = "0"|})]
        [Container("db", "postgres:16")]
        public partial class A { }

        [StatefulSet("b")]
        [StatefulSetUpdateStrategy(Type = StatefulSetUpdateStrategyType.RollingUpdate, {|#0:MaxUnavailable = "150%"|})]
        [Container("db", "postgres:16")]
        public partial class B { }

        [StatefulSet("c")]
        [StatefulSetUpdateStrategy({|#1:MaxUnavailable = "0%"|})]
        [Container("db", "postgres:16")]
        public partial class C { }
        """,
        new DiagnosticResult("PG1464", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"150%\"}: must not be greater than 100%"),
        new DiagnosticResult("PG1464", DiagnosticSeverity.Error).WithLocation(1).WithArguments(
            "spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"0%\"}: cannot be 0"));

    /// <summary>ValidateStatefulSetSpec: rollingUpdate with OnDelete is PG1462, at the argument that opens rollingUpdate; PG1464 does not look inside it.</summary>
    [Fact]
    public Task StatefulSetOnDeleteWithRollingUpdate_PG1462_AtTheProperty() => Verify.Analyzer(Usings + """
        [StatefulSet("a")]
        [StatefulSetUpdateStrategy(Type = StatefulSetUpdateStrategyType.OnDelete, {|PG1462:MaxUnavailable = "0"|})]
        [Container("db", "postgres:16")]
        public partial class A { }
        """);

    /// <summary>ValidateRollingUpdateDaemonSet after SetDefaults_DaemonSet (maxUnavailable 1, maxSurge 0): exactly one non-zero (PG1473), int-or-percent (PG1471).</summary>
    [Fact]
    public Task DaemonSetRollingUpdate_PG1471_PG1473_AtTheProperty() => Verify.Analyzer(Usings + """
        [DaemonSet("a")]
        [DaemonSetUpdateStrategy({|PG1473:MaxSurge = "1"|})]
        [Container("agent", "busybox:1.36")]
        public partial class A { }

        [DaemonSet("b")]
        [DaemonSetUpdateStrategy({|PG1473:MaxUnavailable = "0"|})]
        [Container("agent", "busybox:1.36")]
        public partial class B { }

        [DaemonSet("c")]
        [DaemonSetUpdateStrategy(MaxSurge = "1", {|PG1471:MaxUnavailable = "ten%"|})]
        [Container("agent", "busybox:1.36")]
        public partial class C { }
        """);

    /// <summary>A StatefulSet's and a DaemonSet's updateStrategy share the path (and type, maxUnavailable): each attribute is for its own kind only.</summary>
    [Fact]
    public Task UpdateStrategyOnAnotherKind_PG0040_AtEachArgument() => Verify.Analyzer(Usings + """
        [DaemonSet("a")]
        [StatefulSetUpdateStrategy({|#0:Type = StatefulSetUpdateStrategyType.RollingUpdate|}, {|#1:MaxUnavailable = "1"|})]
        [Container("agent", "busybox:1.36")]
        public partial class A { }

        [StatefulSet("b")]
        [DaemonSetUpdateStrategy({|PG0040:MaxUnavailable = "1"|})]
        [Container("db", "postgres:16")]
        public partial class B { }

        [Deployment("c")]
        [{|PG0040:StatefulSetUpdateStrategy|}]
        [Container("web", "nginx:1.27")]
        public partial class C { }
        """,
        new DiagnosticResult("PG0040", DiagnosticSeverity.Error).WithLocation(0).WithArguments("[StatefulSetUpdateStrategy] applies to a StatefulSet only; this class is a DaemonSet"),
        new DiagnosticResult("PG0040", DiagnosticSeverity.Error).WithLocation(1).WithArguments("[StatefulSetUpdateStrategy] applies to a StatefulSet only; this class is a DaemonSet"));

    [Fact]
    public Task SetOfUpdateStrategyType_PG0044_NamesTheKindsAttribute() => Verify.Analyzer(Usings + """
        [StatefulSet("db")]
        [Set({|#0:"spec.updateStrategy.type"|}, "OnDelete")]
        [Container("db", "postgres:16")]
        public partial class Db { }

        [DaemonSet("agent")]
        [Set({|#1:"spec.updateStrategy.type"|}, "OnDelete")]
        [Container("agent", "busybox:1.36")]
        public partial class Agent { }
        """,
        new DiagnosticResult("PG0044", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "spec.updateStrategy.type (StatefulSetUpdateStrategy.type) is modeled by ProbeGen's attributes: use [StatefulSetUpdateStrategy(Type = …)] instead of [Set]"),
        new DiagnosticResult("PG0044", DiagnosticSeverity.Error).WithLocation(1).WithArguments(
            "spec.updateStrategy.type (DaemonSetUpdateStrategy.type) is modeled by ProbeGen's attributes: use [DaemonSetUpdateStrategy(Type = …)] instead of [Set]"));

    /// <summary>validateTopologySpreadConstraints: maxSkew > 0 (PG1820) and a topology key (PG1821) at the constructor argument, minDomains only with DoNotSchedule (PG1824) at the property.</summary>
    [Fact]
    public Task TopologySpreadRules_AtTheArgument() => Verify.Analyzer(Usings + """
        [Deployment("a")]
        [TopologySpread({|PG1820:0|}, {|PG1821:""|}, WhenUnsatisfiable.DoNotSchedule)]
        [TopologySpread(1, "kubernetes.io/hostname", WhenUnsatisfiable.ScheduleAnyway, {|PG1824:MinDomains = 2|})]
        [Container("web", "nginx:1.27")]
        public partial class A { }
        """);

    /// <summary>validateTopologySpreadConstraints: a repeated (topologyKey, whenUnsatisfiable) pair is reported on the first of the two items, at its attribute.</summary>
    [Fact]
    public Task TopologySpreadRepeatedPair_PG1823_AtTheFirstAttribute() => Verify.Analyzer(Usings + """
        [Deployment("b")]
        [{|PG1823:TopologySpread(1, "topology.kubernetes.io/zone", WhenUnsatisfiable.DoNotSchedule)|}]
        [TopologySpread(2, "topology.kubernetes.io/zone", WhenUnsatisfiable.DoNotSchedule)]
        [Container("web", "nginx:1.27")]
        public partial class B { }
        """);

    /// <summary>labelSelector has no argument: a [Set] on the attribute's item is the way, and a [Set] of a field the item already has is PG0043.</summary>
    [Fact]
    public Task TopologySpreadLabelSelectorBySet_NoDiagnostic_SameFieldTwice_PG0043() => Verify.Analyzer(Usings + """
        [Deployment("a")]
        [TopologySpread(1, "topology.kubernetes.io/zone", WhenUnsatisfiable.DoNotSchedule, MatchLabelKeys = new[] { "pod-template-hash" })]
        [Set("spec.template.spec.topologySpreadConstraints[0].labelSelector.matchLabels.app", "a")]
        [Container("web", "nginx:1.27")]
        public partial class A { }

        [Deployment("b")]
        [TopologySpread(1, "topology.kubernetes.io/zone", WhenUnsatisfiable.DoNotSchedule)]
        [{|PG0043:Set("spec.template.spec.topologySpreadConstraints[0].maxSkew", 2)|}]
        [Container("web", "nginx:1.27")]
        public partial class B { }
        """);
}

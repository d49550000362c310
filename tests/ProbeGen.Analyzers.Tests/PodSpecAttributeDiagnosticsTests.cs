using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ProbeGen.Tests;

/// <summary>[PodSpec], [ImagePullSecret] and [Toleration]: the pod-spec and toleration rules at the property argument (or the attribute, for a missing field), PG0044 for a [Set] of a property's field, and no diagnostic for the valid case.</summary>
public class PodSpecAttributeDiagnosticsTests
{
    private const string Usings = "using ProbeGen;\n";

    [Fact]
    public Task ValidPodSpecAttributes_NoDiagnostic() => Verify.Analyzer(Usings + """
        [Deployment("agent")]
        [PodSpec(HostNetwork = true, DnsPolicy = DnsPolicy.ClusterFirstWithHostNet, PriorityClassName = "system-node-critical", AutomountServiceAccountToken = false)]
        [ImagePullSecret("regcred")]
        [Toleration(Key = "dedicated", Operator = TolerationOperator.Equal, Value = "gpu", Effect = TaintEffect.NoSchedule)]
        [Toleration(Key = "node.kubernetes.io/unreachable", Operator = TolerationOperator.Exists, Effect = TaintEffect.NoExecute, TolerationSeconds = 30)]
        [Toleration(Operator = TolerationOperator.Exists)]
        [Set("spec.template.spec.dnsConfig.options[0].name", "ndots")]
        [Container("agent", "busybox:1.36")]
        public partial class Agent { }
        """);

    [Fact]
    public Task PriorityClassNameNotASubdomain_PG1443_AtTheProperty() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [PodSpec(HostNetwork = true, {|PG1443:PriorityClassName = "High_Priority"|})]
        [Container("app", "nginx:1.27")]
        public partial class P { }
        """);

    [Fact]
    public Task TolerationRules_PG1805_PG1803_AtTheProperty() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Toleration(Key = "dedicated", {|PG1805:Operator = TolerationOperator.Exists|}, Value = "gpu")]
        [Toleration(Key = "dedicated", {|PG1803:Effect = TaintEffect.NoSchedule|}, TolerationSeconds = 30)]
        [Container("app", "nginx:1.27")]
        public partial class P { }
        """);

    [Fact]
    public Task SetOfAnAttributesField_PG0044_NamesTheAttribute() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Set({|#0:"spec.hostNetwork"|}, true)]
        [Container("app", "nginx:1.27")]
        public partial class P { }
        """,
        new DiagnosticResult("PG0044", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "spec.hostNetwork (PodSpec.hostNetwork) is modeled by ProbeGen's attributes: use [PodSpec(HostNetwork = …)] instead of [Set]"));

    // A list item's fields are not owned (LoweredAttributes.Owning): a [Set] adds items after the attribute items, so no PG0044.
    [Fact]
    public Task SetOfAListItemsField_NoPG0044_AddsItemsAfterTheAttributes() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Toleration(Key = "gpu", Operator = TolerationOperator.Exists)]
        [ImagePullSecret("mirror")]
        [Set("spec.tolerations[1].key", "dedicated")]
        [Set("spec.imagePullSecrets[1].name", "regcred")]
        [Container("app", "nginx:1.27")]
        public partial class P { }

        [Pod("q")]
        [Set("spec.tolerations[0].key", "dedicated")]
        [Set("spec.imagePullSecrets[0].name", "regcred")]
        [Container("app", "nginx:1.27")]
        public partial class Q { }
        """);

    [Fact]
    public Task OnAContainerClass_PG0016() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx:1.27")]
        public partial class P
        {
            [Container("side", "busybox:1.36")]
            [{|PG0016:Toleration(Operator = TolerationOperator.Exists)|}]
            public partial class Side { }
        }
        """);

    [Fact]
    public Task ValidStrategy_NoDiagnostic() => Verify.Analyzer(Usings + """
        [Deployment("web", Replicas = 3)]
        [DeploymentStrategy(Type = DeploymentStrategyType.RollingUpdate, MaxSurge = "1", MaxUnavailable = "0")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }

        [Deployment("db")]
        [DeploymentStrategy(Type = DeploymentStrategyType.Recreate)]
        [Container("db", "postgres:16")]
        public partial class Db { }
        """);

    [Fact]
    public Task RollingUpdateRules_PG1450_PG1451_PG1452_AtTheProperty() => Verify.Analyzer(Usings + """
        [Deployment("a")]
        [DeploymentStrategy(Type = DeploymentStrategyType.RollingUpdate, MaxSurge = "0", {|PG1451:MaxUnavailable = "0"|})]
        [Container("web", "nginx:1.27")]
        public partial class A { }

        [Deployment("b")]
        [DeploymentStrategy(Type = DeploymentStrategyType.RollingUpdate, {|PG1450:MaxSurge = "10 %"|}, {|PG1452:MaxUnavailable = "101%"|})]
        [Container("web", "nginx:1.27")]
        public partial class B { }
        """);

    [Fact]
    public Task StrategyOnAJob_PG0040_AtTheType() => Verify.Analyzer(Usings + """
        [Job("j")]
        [RestartPolicy(RestartPolicy.Never)]
        [DeploymentStrategy({|PG0040:Type = DeploymentStrategyType.Recreate|})]
        [Container("c", "busybox:1.36")]
        public partial class J { }
        """);

    [Fact]
    public Task SetOfStrategyType_PG0044_NamesTheAttribute() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [Set({|#0:"spec.strategy.type"|}, "Recreate")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG0044", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "spec.strategy.type (DeploymentStrategy.type) is modeled by ProbeGen's attributes: use [DeploymentStrategy(Type = …)] instead of [Set]"));

    [Fact]
    public Task NullImagePullSecretName_PG0011_AtTheArgument() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [ImagePullSecret({|PG0011:null|})]
        [Container("app", "nginx:1.27")]
        public partial class P { }
        """);

    /// <summary>[Toleration] with no argument is still an item (<c>{}</c>): the API server rejects an empty key without Exists, and so does PG1802, at the attribute.</summary>
    [Fact]
    public Task EmptyToleration_PG1802_AtTheAttribute() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [{|PG1802:Toleration|}]
        [Container("app", "nginx:1.27")]
        public partial class P { }
        """);
}

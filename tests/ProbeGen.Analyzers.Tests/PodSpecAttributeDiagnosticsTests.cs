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
        [Set({|#1:"spec.tolerations[0].key"|}, "dedicated")]
        [Set({|#2:"spec.imagePullSecrets[0].name"|}, "regcred")]
        [Container("app", "nginx:1.27")]
        public partial class P { }
        """,
        new DiagnosticResult("PG0044", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "spec.hostNetwork (PodSpec.hostNetwork) is modeled by ProbeGen's attributes: use [PodSpec(HostNetwork = …)] instead of [Set]"),
        new DiagnosticResult("PG0044", DiagnosticSeverity.Error).WithLocation(1).WithArguments(
            "spec.tolerations[0].key (Toleration.key) is modeled by ProbeGen's attributes: use [Toleration(Key = …)] instead of [Set]"),
        new DiagnosticResult("PG0044", DiagnosticSeverity.Error).WithLocation(2).WithArguments(
            "spec.imagePullSecrets[0].name (LocalObjectReference.name) is modeled by ProbeGen's attributes: use [ImagePullSecret(name: …)] instead of [Set]"));

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
}

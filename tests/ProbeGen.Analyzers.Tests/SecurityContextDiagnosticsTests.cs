using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ProbeGen.Tests;

/// <summary>[SecurityContext] and [PodSecurityContext]: the securityContext rules at the property argument (or the attribute, for a combination), PG0044 for a [Set] of a property's field, PG0043 for an attribute and a [Set] on one field, and no diagnostic for the valid case.</summary>
public class SecurityContextDiagnosticsTests
{
    private const string Usings = "using ProbeGen;\n";

    [Fact]
    public Task ValidSecurityContexts_NoDiagnostic() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, FsGroup = 2000, SupplementalGroups = new long[] { 3000 }, SeccompProfile = SeccompProfileType.RuntimeDefault)]
        [Set("spec.template.spec.securityContext.sysctls[0].name", "net.ipv4.ip_unprivileged_port_start")]
        [Set("spec.template.spec.securityContext.sysctls[0].value", "0")]
        [Container("web", "nginx:1.27")]
        [SecurityContext(ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false, DropCapabilities = new[] { "ALL" })]
        [Set("spec.template.spec.containers[0].securityContext.seLinuxOptions.level", "s0:c123,c456")]
        public partial class Web
        {
            [Container("agent", "busybox:1.36")]
            [SecurityContext(SeccompProfile = SeccompProfileType.Localhost, SeccompLocalhostProfile = "profiles/audit.json", AddCapabilities = new[] { "NET_ADMIN" })]
            [Set("securityContext.seLinuxOptions.type", "spc_t")]
            public partial class Agent { }
        }
        """);

    [Fact]
    public Task RunAsUserOutOfRange_PG1701_AtTheProperty() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [PodSecurityContext({|PG1701:RunAsUser = 4294967296|}, {|PG1703:FsGroup = -1|})]
        [Container("app", "nginx:1.27")]
        [SecurityContext(RunAsNonRoot = true, {|PG1701:RunAsUser = -1|})]
        public partial class P
        {
            [InitContainer("init", "busybox:1.36")]
            [SecurityContext({|PG1702:RunAsGroup = -5|})]
            public partial class Init { }
        }
        """);

    [Fact]
    public Task PrivilegedWithoutEscalation_PG1705_AtTheAttribute() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx:1.27")]
        public partial class P
        {
            [Container("side", "busybox:1.36")]
            [{|PG1705:SecurityContext(Privileged = true, AllowPrivilegeEscalation = false)|}]
            public partial class Side { }
        }
        """);

    [Fact]
    public Task SetOfAnAttributesField_PG0044_NamesTheAttribute() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Set({|#0:"spec.securityContext.fsGroup"|}, 2000)]
        [Set({|#1:"spec.containers[0].securityContext.capabilities.drop"|}, new[] { "ALL" })]
        [Container("app", "nginx:1.27")]
        public partial class P
        {
            [Container("side", "busybox:1.36")]
            [Set({|#2:"securityContext.runAsUser"|}, 1000)]
            public partial class Side { }
        }
        """,
        new DiagnosticResult("PG0044", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "spec.securityContext.fsGroup (PodSecurityContext.fsGroup) is modeled by ProbeGen's attributes: use [PodSecurityContext(FsGroup = …)] instead of [Set]"),
        new DiagnosticResult("PG0044", DiagnosticSeverity.Error).WithLocation(1).WithArguments(
            "spec.containers[0].securityContext.capabilities.drop (Capabilities.drop) is modeled by ProbeGen's attributes: use [SecurityContext(DropCapabilities = …)] instead of [Set]"),
        new DiagnosticResult("PG0044", DiagnosticSeverity.Error).WithLocation(2).WithArguments(
            "securityContext.runAsUser (SecurityContext.runAsUser) is modeled by ProbeGen's attributes: use [SecurityContext(RunAsUser = …)] instead of [Set] (from the container at spec.containers[1])"));

    [Fact]
    public Task AttributeAndSetOnOneObject_PG0043() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx:1.27")]
        [SecurityContext(DropCapabilities = new[] { "ALL" })]
        [{|#0:Set("spec.containers[0].securityContext.capabilities", "{}")|}]
        public partial class P { }
        """,
        new DiagnosticResult("PG0043", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "spec.containers[0].securityContext.capabilities is set to {} and spec.containers[0].securityContext.capabilities.drop[0] sets a field inside it: set the fields one by one, or the whole value, not both"));

    [Fact]
    public Task OnTheWrongClass_PG0004_PG0016() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx:1.27")]
        public partial class P
        {
            [{|PG0004:SecurityContext(RunAsNonRoot = true)|}]
            public partial class NotAContainer { }

            [Container("side", "busybox:1.36")]
            [{|PG0016:PodSecurityContext(FsGroup = 1)|}]
            public partial class Side { }
        }
        """);
}

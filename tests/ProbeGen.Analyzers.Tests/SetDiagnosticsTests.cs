using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ProbeGen.Tests;

/// <summary>[Set(path, value)]: PG0040–PG0044 at the exact argument or attribute, and no diagnostic for valid settings.</summary>
public class SetDiagnosticsTests
{
    private const string Usings = "using ProbeGen;\n";

    [Fact]
    public Task ValidSettings_OnWorkloadAndContainers_NoDiagnostic() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [Set("spec.paused", true)]
        [Set("spec.template.spec.readinessGates[0].conditionType", "example.com/ready")]
        [Set("spec.template.spec.schedulingGates[0].name", "example.com/gate")]
        [Set("spec.template.spec.volumes[0].name", "scratch")]
        [Set("spec.template.spec.volumes[0].emptyDir", "{}")]
        [Set("spec.template.spec.containers[0].securityContext.seLinuxOptions.user", "system_u")]
        [Container("web", "nginx:1.27")]
        [ContainerPort(8080)]
        [ReadinessProbe(TcpSocket = true, Port = 8080)]
        [Set("spec.template.spec.containers[0].ports[0].hostIP", "0.0.0.0")]
        public partial class Web
        {
            [Container("sidecar", "busybox:1.36")]
            [Set("securityContext.seLinuxOptions.type", "spc_t")]
            [Set("volumeMounts[0].name", "scratch")]
            [Set("volumeMounts[0].mountPath", "/scratch")]
            public partial class Sidecar { }
        }
        """);

    [Fact]
    public Task UnknownField_PG0040_AtThePathArgument() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Set({|#0:"spec.hostNetwrok"|}, true)]
        [Set({|#1:"spec.tolerations.key"|}, "dedicated")]
        [Container("app", "nginx:1.27")]
        public partial class P { }
        """,
        new DiagnosticResult("PG0040", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "unknown field \"hostNetwrok\" in spec (PodSpec); did you mean \"hostNetwork\"? Its fields are activeDeadlineSeconds, affinity, automountServiceAccountToken, containers, dnsConfig, dnsPolicy, enableServiceLinks, ephemeralContainers, evictionResponders, hostAliases, hostIPC, hostNetwork, hostPID, hostUsers, hostname, hostnameOverride, imagePullSecrets, initContainers, nodeName, nodeSelector, os, overhead, preemptionPolicy, priority, priorityClassName, readinessGates, resourceClaims, resources, restartPolicy, runtimeClassName, schedulerName, schedulingGates, schedulingGroup, securityContext, serviceAccount, serviceAccountName, setHostnameAsFQDN, shareProcessNamespace, subdomain, terminationGracePeriodSeconds, tolerations, topologySpreadConstraints, volumes"),
        new DiagnosticResult("PG0040", DiagnosticSeverity.Error).WithLocation(1));

    [Fact]
    public Task ContainerClassPath_PG0040_SaysWhichContainer() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx:1.27")]
        public partial class P
        {
            [Container("side", "busybox:1.36")]
            [Set({|#0:"securityContxt.runAsUser"|}, 1)]
            public partial class Side { }
        }
        """,
        new DiagnosticResult("PG0040", DiagnosticSeverity.Error).WithLocation(0).WithMessage(null!).WithArguments(
            ArgumentsOf("securityContxt", "(from the container at spec.containers[1])")));

    [Fact]
    public Task ServerWrittenField_PG0040() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Set({|PG0040:"metadata.uid"|}, "x")]
        [Container("app", "nginx:1.27")]
        public partial class P { }
        """);

    [Fact]
    public Task WrongValueType_PG0041_AtTheValueArgument() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Set("spec.hostUsers", {|#0:"yes"|})]
        [Set("spec.priority", {|#1:3_000_000_000L|})]
        [Set("spec.os.name", {|#2:"Linux"|})]
        [Container("app", "nginx:1.27")]
        public partial class P { }
        """,
        new DiagnosticResult("PG0041", DiagnosticSeverity.Error).WithLocation(0).WithArguments("spec.hostUsers takes a boolean (true or false), not the string \"yes\""),
        new DiagnosticResult("PG0041", DiagnosticSeverity.Error).WithLocation(1),
        new DiagnosticResult("PG0041", DiagnosticSeverity.Error).WithLocation(2).WithArguments(
            "spec.os.name takes one of \"linux\", \"windows\", not the string \"Linux\"; did you mean \"linux\"?"));

    [Fact]
    public Task EnumConstant_PG0041_WriteTheString() => Verify.Analyzer(Usings + """
        public enum Os { linux }

        [Pod("p")]
        [Set("spec.os.name", {|#0:Os.linux|})]
        [Container("app", "nginx:1.27")]
        public partial class P { }
        """,
        new DiagnosticResult("PG0041", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "spec.os.name: an enum constant reaches ProbeGen as its number, not its name; write the Kubernetes value as a string"));

    [Fact]
    public Task IndexGap_PG0042_AtTheSetAfterTheGap() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Set("spec.readinessGates[0].conditionType", "a")]
        [{|#0:Set("spec.readinessGates[2].conditionType", "b")|}]
        [Container("app", "nginx:1.27")]
        public partial class P { }
        """,
        new DiagnosticResult("PG0042", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "spec.readinessGates has [0], [2] but no [1]: list items are numbered 0, 1, 2 … without a gap"));

    [Fact]
    public Task ItemPastAttributes_PG0042() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx:1.27")]
        [ContainerPort(80)]
        [{|#0:Set("spec.containers[0].ports[1].hostIP", "127.0.0.1")|}]
        public partial class P { }
        """,
        new DiagnosticResult("PG0042", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "spec.containers[0].ports has 1 item from attributes: [Set] sets fields of [0], it does not add [1]; add the item with its attribute"));

    [Fact]
    public Task SetTwice_PG0043_AtTheLaterOne() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Set("spec.nodeName", "a")]
        [Set("spec.volumes[0].name", "v")]
        [Set("spec.volumes[0].emptyDir", "{}")]
        [{|#0:Set("spec.nodeName", "b")|}]
        [{|#1:Set("spec.volumes[0].emptyDir.medium", "Memory")|}]
        [Container("app", "nginx:1.27")]
        public partial class P { }
        """,
        new DiagnosticResult("PG0043", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "spec.nodeName is set twice (setting 1 and setting 4): a field holds one value; remove one"),
        new DiagnosticResult("PG0043", DiagnosticSeverity.Error).WithLocation(1).WithArguments(
            "spec.volumes[0].emptyDir is set to {} and spec.volumes[0].emptyDir.medium sets a field inside it: set the fields one by one, or the whole value, not both"));

    [Fact]
    public Task ModeledField_PG0044_NamesTheAttribute() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Set({|#0:"spec.restartPolicy"|}, "Never")]
        [Container("app", "busybox:1.36")]
        public partial class P
        {
            [Container("side", "busybox:1.36")]
            [Set({|#1:"workingDir"|}, "/srv")]
            public partial class Side { }
        }
        """,
        new DiagnosticResult("PG0044", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "spec.restartPolicy (PodSpec.restartPolicy) is modeled by ProbeGen's attributes: use [RestartPolicy(…)] instead of [Set]"),
        new DiagnosticResult("PG0044", DiagnosticSeverity.Error).WithLocation(1).WithArguments(
            "workingDir (Container.workingDir) is modeled by ProbeGen's attributes: use [Container(WorkingDir = …)] instead of [Set] (from the container at spec.containers[1])"));

    [Fact]
    public Task ModeledFieldOfAnyMappedAttribute_PG0044_NamesItsProperty_FromTheMapping() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [Set({|#0:"spec.replicas"|}, 3)]
        [Container("app", "nginx:1.27")]
        public partial class Web
        {
            [Container("side", "busybox:1.36")]
            [Set({|#1:"terminationMessagePath"|}, "/run/term")]
            public partial class Side { }

            [InitContainer("init", "busybox:1.36")]
            [Set({|#2:"restartPolicy"|}, "Always")]
            public partial class Init { }
        }
        """,
        new DiagnosticResult("PG0044", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "spec.replicas (DeploymentSpec.replicas) is modeled by ProbeGen's attributes: use [Deployment(Replicas = …)] instead of [Set]"),
        new DiagnosticResult("PG0044", DiagnosticSeverity.Error).WithLocation(1).WithArguments(
            "terminationMessagePath (Container.terminationMessagePath) is modeled by ProbeGen's attributes: use [Container(TerminationMessagePath = …)] instead of [Set] (from the container at spec.template.spec.containers[1])"),
        new DiagnosticResult("PG0044", DiagnosticSeverity.Error).WithLocation(2).WithArguments(
            "restartPolicy (Container.restartPolicy) is modeled by ProbeGen's attributes: use [InitContainer(RestartPolicy = …)] instead of [Set] (from the container at spec.template.spec.initContainers[0])"));

    [Fact]
    public Task SetOnClassWithoutContainerOrWorkload_PG0004_PG0016() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx:1.27")]
        public partial class P
        {
            [{|PG0004:Set("securityContext.runAsUser", 1)|}]
            public partial class NotAContainer { }
        }

        [{|PG0016:Set("spec.hostUsers", true)|}]
        public partial class NotAWorkload { }
        """);

    private static string ArgumentsOf(string bad, string suffix) => "unknown field \"" + bad + "\" in the top of Container; did you mean \"securityContext\"? Its fields are " + ContainerFields + " " + suffix;

    private const string ContainerFields = "args, command, env, envFrom, image, imagePullPolicy, lifecycle, livenessProbe, name, ports, readinessProbe, resizePolicy, resources, restartPolicy, restartPolicyRules, securityContext, startupProbe, stdin, stdinOnce, terminationMessagePath, terminationMessagePolicy, tty, volumeDevices, volumeMounts, workingDir";
}

using ProbeGen.Core.Emission;
using ProbeGen.Yaml;

namespace ProbeGen.Tests;

/// <summary>Import of securityContext: what [SecurityContext]/[PodSecurityContext] carry becomes them, the rest stays [Set]; built again, kubectl reads the same object.</summary>
public class SecurityContextImportTests
{
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
              hostUsers: false # procMount Unmasked needs a user namespace (PG1712)
              securityContext:
                runAsNonRoot: true
                runAsUser: 1000
                fsGroup: 2000
                supplementalGroups: [4000, 5000]
                seccompProfile:
                  type: RuntimeDefault
                sysctls:
                - name: net.ipv4.ip_unprivileged_port_start
                  value: "0"
              initContainers:
              - name: init
                image: busybox:1.36
                securityContext:
                  privileged: true
                  runAsUser: 0
              containers:
              - name: web
                image: nginx:1.27
                securityContext:
                  allowPrivilegeEscalation: false
                  readOnlyRootFilesystem: true
                  capabilities:
                    drop: [ALL]
                    add: [NET_BIND_SERVICE, "it's"]
                  seLinuxOptions:
                    level: s0:c123,c456
              - name: agent
                image: busybox:1.36
                securityContext:
                  appArmorProfile:
                    type: Localhost
                    localhostProfile: k8s-apparmor-example
                  procMount: Unmasked
                  capabilities:
                    add: []
        """;

    private const string Expected = """
        using ProbeGen;

        namespace Imported;

        [Deployment("web")]
        [PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, FsGroup = 2000, SupplementalGroups = new long[] { 4000, 5000 }, SeccompProfile = SeccompProfileType.RuntimeDefault)]
        [Set("spec.template.spec.hostUsers", false)]
        [Set("spec.template.spec.securityContext.sysctls[0].name", "net.ipv4.ip_unprivileged_port_start")]
        [Set("spec.template.spec.securityContext.sysctls[0].value", "0")]
        public partial class WebDeployment
        {
            [InitContainer("init", "busybox:1.36")]
            [SecurityContext(RunAsUser = 0, Privileged = true)]
            public partial class Init { }

            [Container("web", "nginx:1.27")]
            [SecurityContext(ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false, AddCapabilities = new[] { "NET_BIND_SERVICE", "it's" }, DropCapabilities = new[] { "ALL" })]
            [Set("securityContext.seLinuxOptions.level", "s0:c123,c456")]
            public partial class Web { }

            [Container("agent", "busybox:1.36")]
            [SecurityContext(ProcMount = ProcMount.Unmasked, AddCapabilities = new string[0], AppArmorProfile = AppArmorProfileType.Localhost, AppArmorLocalhostProfile = "k8s-apparmor-example")]
            public partial class Agent { }
        }

        """;

    [Fact]
    public void SecurityContexts_ImportAsAttributes_RestAsSet_RoundTripKubectlEqual()
    {
        ImportRoundTrip.Check(Manifest, Expected);
    }

    /// <summary>A manifest that sets a security field with a value outside the C# enum keeps it as [Set] (its rule reports it), never drops it.</summary>
    [Fact]
    public void ValueTheAttributeCannotCarry_StaysSet()
    {
        var document = ManifestYamlReader.Read("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
              - name: app
                image: nginx:1.27
                securityContext:
                  runAsNonRoot: true
                  seccompProfile:
                    type: Bogus
            """).Documents.Single();
        var emitted = AttributeSourceEmitter.Emit(document.Workload!);
        Assert.Contains("""[SecurityContext(RunAsNonRoot = true)]""", emitted.Source, StringComparison.Ordinal);
        Assert.Contains("""[Set("spec.containers[0].securityContext.seccompProfile.type", "Bogus")]""", emitted.Source, StringComparison.Ordinal);
    }
}

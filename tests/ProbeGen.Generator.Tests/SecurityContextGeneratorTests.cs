using System.Reflection;
using System.Text.Json;
using k8s;
using k8s.Models;

namespace ProbeGen.Tests;

/// <summary>[SecurityContext] and [PodSecurityContext] lower to the settings [Set] gives: YAML text, kubectl, CreateManifest(), and the syntax path agrees with binding.</summary>
public class SecurityContextGeneratorTests
{
    private static string ManifestYaml(Assembly assembly, string typeName) =>
        (string)assembly.GetType(typeName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!;

    /// <summary>Every property of both attributes (shared with SyntaxPathTests: the syntax path must give the same bytes as binding).</summary>
    internal const string Source = """
        using ProbeGen;

        namespace Shop;

        [Deployment("web")]
        [PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, RunAsGroup = 3000, FsGroup = 2000, FsGroupChangePolicy = FsGroupChangePolicy.OnRootMismatch,
            SupplementalGroups = new long[] { 4000, 5000 }, SeccompProfile = SeccompProfileType.RuntimeDefault)]
        [Set("spec.template.spec.securityContext.sysctls[0].name", "net.ipv4.ip_unprivileged_port_start")]
        [Set("spec.template.spec.securityContext.sysctls[0].value", "0")]
        [Container("web", "nginx:1.27")]
        [SecurityContext(ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false, DropCapabilities = new[] { "ALL" }, AddCapabilities = new[] { "NET_BIND_SERVICE" })]
        public partial class Web
        {
            [InitContainer("init", "busybox:1.36")]
            [SecurityContext(RunAsUser = 0, RunAsNonRoot = false, Privileged = true, ProcMount = ProcMount.Default)]
            public partial class Init { }

            [Container("agent", "busybox:1.36")]
            [SecurityContext(SeccompProfile = SeccompProfileType.Localhost, SeccompLocalhostProfile = "profiles/audit.json",
                AppArmorProfile = AppArmorProfileType.Localhost, AppArmorLocalhostProfile = "k8s-apparmor-example")]
            [Set("securityContext.seLinuxOptions.level", "s0:c123,c456")]
            public partial class Agent { }
        }
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
              initContainers:
              - name: init
                image: busybox:1.36
                securityContext:
                  privileged: true
                  procMount: Default
                  runAsNonRoot: false
                  runAsUser: 0
              containers:
              - name: web
                image: nginx:1.27
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    add:
                    - NET_BIND_SERVICE
                    drop:
                    - ALL
                  readOnlyRootFilesystem: true
              - name: agent
                image: busybox:1.36
                securityContext:
                  appArmorProfile:
                    localhostProfile: k8s-apparmor-example
                    type: Localhost
                  seLinuxOptions:
                    level: s0:c123,c456
                  seccompProfile:
                    localhostProfile: profiles/audit.json
                    type: Localhost
              securityContext:
                fsGroup: 2000
                fsGroupChangePolicy: OnRootMismatch
                runAsGroup: 3000
                runAsNonRoot: true
                runAsUser: 1000
                seccompProfile:
                  type: RuntimeDefault
                supplementalGroups:
                - 4000
                - 5000
                sysctls:
                - name: net.ipv4.ip_unprivileged_port_start
                  value: "0"

        """;

    [Fact]
    public void SecurityAttributes_YamlText_Kubectl_CreateManifest()
    {
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Source, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.Empty(TestCompilation.Analyze(output).Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal)));
        var assembly = TestCompilation.Load(output);
        string yaml = ManifestYaml(assembly, "Shop.Web");
        Assert.Equal(WebYaml.Replace("\r\n", "\n"), yaml);

        using var decoded = JsonDocument.Parse(Kubectl.Decode(yaml));
        var pod = decoded.RootElement.GetProperty("spec").GetProperty("template").GetProperty("spec");
        Assert.Equal(2000, pod.GetProperty("securityContext").GetProperty("fsGroup").GetInt64());
        Assert.Equal(5000, pod.GetProperty("securityContext").GetProperty("supplementalGroups")[1].GetInt64());
        Assert.Equal("RuntimeDefault", pod.GetProperty("securityContext").GetProperty("seccompProfile").GetProperty("type").GetString());
        Assert.Equal("ALL", pod.GetProperty("containers")[0].GetProperty("securityContext").GetProperty("capabilities").GetProperty("drop")[0].GetString());
        Assert.False(pod.GetProperty("containers")[0].GetProperty("securityContext").GetProperty("allowPrivilegeEscalation").GetBoolean());
        Assert.True(pod.GetProperty("initContainers")[0].GetProperty("securityContext").GetProperty("privileged").GetBoolean());
        Assert.Equal("profiles/audit.json", pod.GetProperty("containers")[1].GetProperty("securityContext").GetProperty("seccompProfile").GetProperty("localhostProfile").GetString());

        var typed = (V1Deployment)assembly.GetType("Shop.Web", throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        var spec = typed.Spec.Template.Spec;
        Assert.Equal(1000, spec.SecurityContext.RunAsUser);
        Assert.Equal("OnRootMismatch", spec.SecurityContext.FsGroupChangePolicy);
        Assert.Equal(new long?[] { 4000, 5000 }, spec.SecurityContext.SupplementalGroups.ToArray());
        Assert.Equal("NET_BIND_SERVICE", spec.Containers[0].SecurityContext.Capabilities.Add[0]);
        Assert.Equal(true, spec.Containers[0].SecurityContext.ReadOnlyRootFilesystem);
        Assert.Equal(0, spec.InitContainers[0].SecurityContext.RunAsUser);
        Assert.Equal("Localhost", spec.Containers[1].SecurityContext.AppArmorProfile.Type);
        Assert.Equal("s0:c123,c456", spec.Containers[1].SecurityContext.SeLinuxOptions.Level);
    }

    /// <summary>An attribute argument not written is not emitted: [SecurityContext()] alone adds nothing, and the syntax-read pipeline gives the same bytes as binding.</summary>
    [Fact]
    public void UnwrittenArguments_NotEmitted()
    {
        const string source = """
            using ProbeGen;
            namespace Shop;
            [Pod("p")]
            [Container("app", "nginx:1.27")]
            [SecurityContext(RunAsNonRoot = true)]
            public partial class P { }
            [Pod("q")]
            [Container("app", "nginx:1.27")]
            [SecurityContext]
            public partial class Q { }
            """;
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(source));
        Assert.Empty(diagnostics);
        var assembly = TestCompilation.Load(output);
        Assert.Equal("""
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

            """.Replace("\r\n", "\n"), ManifestYaml(assembly, "Shop.P"));
        Assert.DoesNotContain("securityContext", ManifestYaml(assembly, "Shop.Q"), StringComparison.Ordinal);
    }
}

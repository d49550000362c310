using System.Reflection;
using System.Text.Json;
using k8s;
using k8s.Models;

namespace ProbeGen.Tests;

/// <summary>[PodSpec], [ImagePullSecret] and [Toleration] lower to the settings [Set] gives: YAML text, kubectl, CreateManifest(), and the syntax path agrees with binding.</summary>
public class PodSpecGeneratorTests
{
    private static string ManifestYaml(Assembly assembly, string typeName) =>
        (string)assembly.GetType(typeName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!;

    /// <summary>Every property of the three attributes (shared with SyntaxPathTests: the syntax path must give the same bytes as binding).</summary>
    internal const string Source = """
        using ProbeGen;

        namespace Shop;

        [Deployment("agent")]
        [PodSpec(HostNetwork = true, HostPID = false, HostIPC = true, DnsPolicy = DnsPolicy.ClusterFirstWithHostNet, PriorityClassName = "system-node-critical",
            PreemptionPolicy = PreemptionPolicy.Never, AutomountServiceAccountToken = false, EnableServiceLinks = false, ShareProcessNamespace = true,
            SchedulerName = "my-scheduler", RuntimeClassName = "gvisor", Hostname = "agent-0", Subdomain = "agents", SetHostnameAsFQDN = true)]
        [ImagePullSecret("regcred")]
        [ImagePullSecret("mirror-cred")]
        [Toleration(Key = "dedicated", Operator = TolerationOperator.Equal, Value = "gpu", Effect = TaintEffect.NoSchedule)]
        [Toleration(Key = "node.kubernetes.io/unreachable", Operator = TolerationOperator.Exists, Effect = TaintEffect.NoExecute, TolerationSeconds = 30)]
        [Toleration(Operator = TolerationOperator.Exists)]
        [Container("agent", "busybox:1.36")]
        public partial class Agent { }
        """;

    private const string AgentYaml = """
        apiVersion: apps/v1
        kind: Deployment
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
              automountServiceAccountToken: false
              dnsPolicy: ClusterFirstWithHostNet
              enableServiceLinks: false
              hostIPC: true
              hostNetwork: true
              hostPID: false
              hostname: agent-0
              imagePullSecrets:
              - name: regcred
              - name: mirror-cred
              preemptionPolicy: Never
              priorityClassName: system-node-critical
              runtimeClassName: gvisor
              schedulerName: my-scheduler
              setHostnameAsFQDN: true
              shareProcessNamespace: true
              subdomain: agents
              tolerations:
              - effect: NoSchedule
                key: dedicated
                operator: Equal
                value: gpu
              - effect: NoExecute
                key: node.kubernetes.io/unreachable
                operator: Exists
                tolerationSeconds: 30
              - operator: Exists

        """;

    [Fact]
    public void PodSpecAttributes_YamlText_Kubectl_CreateManifest()
    {
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Source, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.Empty(TestCompilation.Analyze(output).Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal)));
        var assembly = TestCompilation.Load(output);
        string yaml = ManifestYaml(assembly, "Shop.Agent");
        Assert.Equal(AgentYaml.Replace("\r\n", "\n"), yaml);

        using var decoded = JsonDocument.Parse(Kubectl.Decode(yaml));
        var pod = decoded.RootElement.GetProperty("spec").GetProperty("template").GetProperty("spec");
        Assert.True(pod.GetProperty("hostNetwork").GetBoolean());
        Assert.False(pod.GetProperty("automountServiceAccountToken").GetBoolean());
        Assert.Equal("ClusterFirstWithHostNet", pod.GetProperty("dnsPolicy").GetString());
        Assert.True(pod.GetProperty("setHostnameAsFQDN").GetBoolean());
        Assert.Equal("mirror-cred", pod.GetProperty("imagePullSecrets")[1].GetProperty("name").GetString());
        Assert.Equal(30, pod.GetProperty("tolerations")[1].GetProperty("tolerationSeconds").GetInt64());
        Assert.Equal("Exists", pod.GetProperty("tolerations")[2].GetProperty("operator").GetString());

        var typed = (V1Deployment)assembly.GetType("Shop.Agent", throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        var spec = typed.Spec.Template.Spec;
        Assert.Equal(true, spec.HostIPC);
        Assert.Equal(false, spec.HostPID);
        Assert.Equal("system-node-critical", spec.PriorityClassName);
        Assert.Equal("Never", spec.PreemptionPolicy);
        Assert.Equal("agents", spec.Subdomain);
        Assert.Equal(true, spec.SetHostnameAsFQDN);
        Assert.Equal("regcred", spec.ImagePullSecrets[0].Name);
        Assert.Equal("gpu", spec.Tolerations[0].Value);
        Assert.Equal("NoExecute", spec.Tolerations[1].Effect);
    }

    /// <summary>An argument not written is not emitted: [PodSpec] alone adds nothing; one [Toleration] is one item.</summary>
    [Fact]
    public void UnwrittenArguments_NotEmitted()
    {
        const string source = """
            using ProbeGen;
            namespace Shop;
            [Pod("p")]
            [PodSpec]
            [Toleration(Key = "dedicated", Effect = TaintEffect.PreferNoSchedule)]
            [Container("app", "nginx:1.27")]
            public partial class P { }
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
              tolerations:
              - effect: PreferNoSchedule
                key: dedicated

            """.Replace("\r\n", "\n"), ManifestYaml(assembly, "Shop.P"));
    }
}

using ProbeGen.Core.Emission;
using ProbeGen.Yaml;

namespace ProbeGen.Tests;

/// <summary>Import of the pod spec's scalars, imagePullSecrets and tolerations: what [PodSpec], [ImagePullSecret] and [Toleration] carry becomes them, the rest stays [Set]; built again, kubectl reads the same object.</summary>
public class PodSpecImportTests
{
    private const string Manifest = """
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
              hostNetwork: true
              dnsPolicy: ClusterFirstWithHostNet
              priorityClassName: system-node-critical
              automountServiceAccountToken: false
              setHostnameAsFQDN: true
              hostUsers: true # false forbids hostNetwork (PG1718)
              imagePullSecrets:
              - name: regcred
              - name: "it's \"quoted\""
              tolerations:
              - key: dedicated
                operator: Equal
                value: gpu
                effect: NoSchedule
              - operator: Exists
                effect: NoExecute
                tolerationSeconds: 30
              containers:
              - name: agent
                image: busybox:1.36
        """;

    private const string Expected = """
        using ProbeGen;

        namespace Imported;

        [Deployment("agent")]
        [ImagePullSecret("regcred")]
        [ImagePullSecret("it's \"quoted\"")]
        [PodSpec(HostNetwork = true, DnsPolicy = DnsPolicy.ClusterFirstWithHostNet, PriorityClassName = "system-node-critical", AutomountServiceAccountToken = false, SetHostnameAsFQDN = true)]
        [Toleration(Key = "dedicated", Operator = TolerationOperator.Equal, Value = "gpu", Effect = TaintEffect.NoSchedule)]
        [Toleration(Operator = TolerationOperator.Exists, Effect = TaintEffect.NoExecute, TolerationSeconds = 30)]
        [Container("agent", "busybox:1.36")]
        [Set("spec.template.spec.hostUsers", true)]
        public partial class AgentDeployment
        {
        }

        """;

    [Fact]
    public void PodSpecFields_ImportAsAttributes_RestAsSet_RoundTripKubectlEqual()
    {
        ImportRoundTrip.Check(Manifest, Expected);
    }

    /// <summary>A value outside the C# enum stays [Set] (its rule reports it); the leading tolerations the attribute carries become [Toleration], from the first it cannot carry the rest stay [Set] at their own indices, so the order stays that of the manifest.</summary>
    [Fact]
    public void ValueTheAttributeCannotCarry_StaysSet()
    {
        var document = ManifestYamlReader.Read("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              hostPID: true
              dnsPolicy: Bogus
              tolerations:
              - operator: Exists
              - operator: Sometimes
              containers:
              - name: app
                image: nginx:1.27
            """).Documents.Single();
        var emitted = AttributeSourceEmitter.Emit(document.Workload!);
        Assert.Contains("""[PodSpec(HostPID = true)]""", emitted.Source, StringComparison.Ordinal);
        Assert.Contains("""[Set("spec.dnsPolicy", "Bogus")]""", emitted.Source, StringComparison.Ordinal);
        Assert.Contains("""[Toleration(Operator = TolerationOperator.Exists)]""", emitted.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("spec.tolerations[0]", emitted.Source, StringComparison.Ordinal);
        Assert.Contains("""[Set("spec.tolerations[1].operator", "Sometimes")]""", emitted.Source, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(emitted.Source, @"\[Toleration\("));
    }

    /// <summary>spec.strategy becomes [DeploymentStrategy] (an integer count as its digits); a count written as a quoted string would build as an integer, so it stays [Set].</summary>
    [Fact]
    public void Strategy_ImportsAsAttribute_RoundTripKubectlEqual_QuotedCountStaysSet()
    {
        const string manifest = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels:
                  app: web
              strategy:
                type: RollingUpdate
                rollingUpdate:
                  maxSurge: 1
                  maxUnavailable: 25%
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27
            """;
        var emitted = AttributeSourceEmitter.Emit(ManifestYamlReader.Read(manifest).Documents.Single().Workload!, "Imported");
        Assert.Empty(emitted.Lossy);
        Assert.Contains("""[DeploymentStrategy(Type = DeploymentStrategyType.RollingUpdate, MaxSurge = "1", MaxUnavailable = "25%")]""", emitted.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("[Set(", emitted.Source, StringComparison.Ordinal);
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(emitted.Source));
        Assert.Empty(diagnostics);
        string yaml = (string)TestCompilation.Load(output).GetType("Imported." + emitted.ClassName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!;
        Assert.Equal(Kubectl.Decode(manifest), Kubectl.Decode(yaml));

        var quoted = AttributeSourceEmitter.Emit(ManifestYamlReader.Read(manifest.Replace("maxSurge: 1", "maxSurge: \"1\"")).Documents.Single().Workload!);
        Assert.Contains("""[DeploymentStrategy(Type = DeploymentStrategyType.RollingUpdate, MaxUnavailable = "25%")]""", quoted.Source, StringComparison.Ordinal);
        Assert.Contains("""[Set("spec.strategy.rollingUpdate.maxSurge", "1")]""", quoted.Source, StringComparison.Ordinal);
    }
}

using System.Reflection;
using System.Text.Json;
using k8s.Models;

namespace ProbeGen.Tests;

/// <summary>[PreStop] and [PostStart] lower to the settings [Set] gives: YAML text, kubectl, CreateManifest(); the syntax path agrees with binding (SyntaxPathTests).</summary>
public class LifecycleGeneratorTests
{
    private static string ManifestYaml(Assembly assembly, string typeName) =>
        (string)assembly.GetType(typeName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!;

    /// <summary>Every handler of both hooks, on the workload's container, an init container and a nested container.</summary>
    internal const string Source = """
        using ProbeGen;

        namespace Shop;

        [Deployment("web")]
        [TerminationGracePeriod(60)]
        [Container("web", "nginx:1.27")]
        [PreStop(Exec = new[] { "nginx", "-s", "quit" })]
        [PostStart(HttpGet = "/warm", Port = 8080, Host = "localhost", Scheme = HttpScheme.Https)]
        public partial class Web
        {
            [Container("agent", "busybox:1.36")]
            [PreStop(SleepSeconds = 5)]
            [PostStart(HttpGet = "/ready", PortName = "http")]
            [ContainerPort(9090, Name = "http")]
            [ReadinessProbe(TcpSocket = true, PortName = "http")]
            public partial class Agent { }

            [Container("legacy", "busybox:1.36")]
            [PreStop(TcpSocketPort = 7000)]
            public partial class Legacy { }
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
              terminationGracePeriodSeconds: 60
              containers:
              - name: web
                image: nginx:1.27
                lifecycle:
                  postStart:
                    httpGet:
                      host: localhost
                      path: /warm
                      port: 8080
                      scheme: HTTPS
                  preStop:
                    exec:
                      command:
                      - nginx
                      - "-s"
                      - quit
              - name: agent
                image: busybox:1.36
                ports:
                - containerPort: 9090
                  name: http
                readinessProbe:
                  tcpSocket:
                    port: http
                lifecycle:
                  postStart:
                    httpGet:
                      path: /ready
                      port: http
                  preStop:
                    sleep:
                      seconds: 5
              - name: legacy
                image: busybox:1.36
                lifecycle:
                  preStop:
                    tcpSocket:
                      port: 7000

        """;

    [Fact]
    public void LifecycleHooks_YamlText_Kubectl_CreateManifest()
    {
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Source, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.Empty(TestCompilation.Analyze(output).Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal)));
        var assembly = TestCompilation.Load(output);
        string yaml = ManifestYaml(assembly, "Shop.Web");
        Assert.Equal(WebYaml.Replace("\r\n", "\n"), yaml);

        using var decoded = JsonDocument.Parse(Kubectl.Decode(yaml));
        var containers = decoded.RootElement.GetProperty("spec").GetProperty("template").GetProperty("spec").GetProperty("containers");
        Assert.Equal("quit", containers[0].GetProperty("lifecycle").GetProperty("preStop").GetProperty("exec").GetProperty("command")[2].GetString());
        Assert.Equal(8080, containers[0].GetProperty("lifecycle").GetProperty("postStart").GetProperty("httpGet").GetProperty("port").GetInt32());
        Assert.Equal("HTTPS", containers[0].GetProperty("lifecycle").GetProperty("postStart").GetProperty("httpGet").GetProperty("scheme").GetString());
        Assert.Equal("http", containers[1].GetProperty("lifecycle").GetProperty("postStart").GetProperty("httpGet").GetProperty("port").GetString());
        Assert.Equal(5, containers[1].GetProperty("lifecycle").GetProperty("preStop").GetProperty("sleep").GetProperty("seconds").GetInt64());
        Assert.Equal(7000, containers[2].GetProperty("lifecycle").GetProperty("preStop").GetProperty("tcpSocket").GetProperty("port").GetInt32());

        var typed = (V1Deployment)assembly.GetType("Shop.Web", throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        var spec = typed.Spec.Template.Spec;
        Assert.Equal(new[] { "nginx", "-s", "quit" }, spec.Containers[0].Lifecycle.PreStop.Exec.Command.ToArray());
        Assert.Equal("/warm", spec.Containers[0].Lifecycle.PostStart.HttpGet.Path);
        Assert.Equal("8080", spec.Containers[0].Lifecycle.PostStart.HttpGet.Port.Value);
        Assert.Equal("http", spec.Containers[1].Lifecycle.PostStart.HttpGet.Port.Value);
        Assert.Equal(5, spec.Containers[1].Lifecycle.PreStop.Sleep.Seconds);
    }

    /// <summary>
    /// A hook with no handler argument is written (preStop: {}) for the rules to judge: PG1321 at the attribute, the
    /// workload held back, rather than a hook silently dropped.
    /// </summary>
    [Fact]
    public void HookWithoutArguments_PG1321_AtTheAttribute_NoManifest()
    {
        const string source = """
            using ProbeGen;
            namespace Shop;
            [Deployment("web")]
            [Container("web", "nginx:1.27")]
            [PreStop]
            public partial class Web
            {
                [Container("agent", "busybox:1.36")]
                [PostStart()]
                public partial class Agent { }
            }
            """;
        var (output, _, _, _) = TestCompilation.Generate(TestCompilation.Create(source));
        Assert.Empty(TestCompilation.CompilerErrors(output));
        var reported = TestCompilation.Analyze(output).Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal)).OrderBy(d => d.Location.SourceSpan.Start).ToArray();
        Assert.Equal(new[] { ("PG1321", "PreStop"), ("PG1321", "PostStart()") },
            reported.Select(d => (d.Id, d.Location.SourceTree!.ToString().Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length))).ToArray());
        Assert.Contains("spec.template.spec.containers[0].lifecycle.preStop", reported[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("spec.template.spec.containers[1].lifecycle.postStart", reported[1].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        // Held back, instead of a manifest without the hook.
        Assert.Empty(TestCompilation.ManifestTypes(output));
    }

    /// <summary>Where no argument writes nothing, or an empty object that is valid, nothing changed: no securityContext, emptyDir: {}.</summary>
    [Fact]
    public void OtherAttributesWithoutArguments_Unchanged_YamlText_Kubectl()
    {
        const string source = """
            using ProbeGen;
            namespace Shop;
            [Deployment("web")]
            [PodSecurityContext]
            [EmptyDirVolume("cache")]
            [Container("web", "nginx:1.27")]
            [SecurityContext]
            [VolumeMount("cache", "/cache")]
            public partial class Web { }
            """;
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(source));
        Assert.Empty(diagnostics);
        string yaml = ManifestYaml(TestCompilation.Load(output), "Shop.Web");
        Assert.Equal("""
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
                  containers:
                  - name: web
                    image: nginx:1.27
                    volumeMounts:
                    - mountPath: /cache
                      name: cache
                  volumes:
                  - emptyDir: {}
                    name: cache

            """, yaml);
        using var decoded = JsonDocument.Parse(Kubectl.Decode(yaml));
        var pod = decoded.RootElement.GetProperty("spec").GetProperty("template").GetProperty("spec");
        Assert.Equal(JsonValueKind.Object, pod.GetProperty("volumes")[0].GetProperty("emptyDir").ValueKind);
        Assert.False(pod.TryGetProperty("securityContext", out _));
        Assert.False(pod.GetProperty("containers")[0].TryGetProperty("securityContext", out _));
    }
}

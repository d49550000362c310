using ProbeGen.Core.Emission;
using ProbeGen.Yaml;

namespace ProbeGen.Tests;

/// <summary>Import of lifecycle hooks: what [PreStop]/[PostStart] carry becomes them, the rest (httpHeaders) stays [Set]; built again, kubectl reads the same object.</summary>
public class LifecycleImportTests
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
              terminationGracePeriodSeconds: 45
              containers:
              - name: web
                image: nginx:1.27
                ports:
                - containerPort: 8080
                  name: http
                readinessProbe:
                  httpGet:
                    path: /ready
                    port: http
                lifecycle:
                  preStop:
                    exec:
                      command: ["sh", "-c", "echo \"it's\" \\ done; sleep 5"]
                  postStart:
                    httpGet:
                      path: /warm
                      port: http
                      scheme: HTTPS
                      httpHeaders:
                      - name: X-Warm
                        value: "1"
              - name: agent
                image: busybox:1.36
                lifecycle:
                  preStop:
                    sleep:
                      seconds: 10
                  postStart:
                    tcpSocket:
                      port: 7000
        """;

    private const string Expected = """
        using ProbeGen;

        namespace Imported;

        [Deployment("web")]
        [TerminationGracePeriod(45)]
        public partial class WebDeployment
        {
            [Container("web", "nginx:1.27")]
            [ContainerPort(8080, Name = "http")]
            [ReadinessProbe(HttpGet = "/ready", PortName = "http")]
            [PostStart(HttpGet = "/warm", PortName = "http", Scheme = HttpScheme.Https)]
            [PreStop(Exec = new[] { "sh", "-c", "echo \"it's\" \\ done; sleep 5" })]
            [Set("lifecycle.postStart.httpGet.httpHeaders[0].name", "X-Warm")]
            [Set("lifecycle.postStart.httpGet.httpHeaders[0].value", "1")]
            public partial class Web { }

            [Container("agent", "busybox:1.36")]
            [PostStart(TcpSocketPort = 7000)]
            [PreStop(SleepSeconds = 10)]
            public partial class Agent { }
        }

        """;

    [Fact]
    public void Hooks_ImportAsAttributes_HeadersAsSet_RoundTripKubectlEqual()
    {
        ImportRoundTrip.Check(Manifest, Expected);
    }

    /// <summary>A port the attribute cannot carry as a number (a string of digits) stays [Set], never changes kind.</summary>
    [Fact]
    public void QuotedNumericPort_StaysSet()
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
                lifecycle:
                  preStop:
                    httpGet:
                      path: /drain
                      port: "8080"
            """).Documents.Single();
        var emitted = AttributeSourceEmitter.Emit(document.Workload!);
        Assert.DoesNotContain("Port = 8080", emitted.Source, StringComparison.Ordinal);
    }
}

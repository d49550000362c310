namespace ProbeGen.Tests;

/// <summary>PG3013 at its exact span: a liveness or startup probe on a port only another container declares.</summary>
public class ProbePortOwnerDiagnosticsTests
{
    private const string Usings = "using ProbeGen;\n";

    [Fact]
    public Task LivenessOnSidecarsPort_PG3013_OnThePort() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("web", "nginx")]
        [LivenessProbe(TcpSocket = true, {|PG3013:Port = 15021|})]
        public partial class P
        {
            [Container("proxy", "envoy")]
            [ContainerPort(15021)]
            public partial class Proxy { }
        }
        """);

    [Fact]
    // A readiness probe on the proxy's port is PG3005's (not declared by "web"), not PG3013's: readiness restarts nothing.
    public Task OwnPortOrReadiness_NoPG3013() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("web", "nginx")]
        [ContainerPort(8080)]
        [LivenessProbe(HttpGet = "/healthz", Port = 8080)]
        [ReadinessProbe(TcpSocket = true, {|PG3005:Port = 15021|})]
        public partial class P
        {
            [Container("proxy", "envoy")]
            [ContainerPort(15021)]
            [ContainerPort(8080, Name = "shadow")]
            public partial class Proxy { }
        }
        """);
}

namespace ProbeGen.Tests;

public class ProbeRuleDiagnosticsTests
{
    private const string Usings = "using ProbeGen;\n";

    [Fact]
    public Task SeedPod_NoDiagnostics() => Verify.Analyzer(Usings + """
        [Pod("test-liveness-exec")]
        [Label("test", "liveness")]
        [Container("liveness", "busybox", Args = new[] { "/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -rf /tmp/healthy; sleep 600" })]
        [LivenessProbe(Exec = new[] { "cat", "/tmp/healthy" }, InitialDelaySeconds = 5, PeriodSeconds = 5)]
        public partial class LivenessExec { }
        """);

    [Fact]
    public Task LivenessSuccessThreshold2_PG1316_OnTheArgument() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        [LivenessProbe(TcpSocket = true, Port = 80, {|PG1316:SuccessThreshold = 2|})]
        public partial class P { }
        """);

    [Fact]
    public Task ReadinessSuccessThreshold2_IsValid() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        [ReadinessProbe(TcpSocket = true, Port = 80, SuccessThreshold = 2)]
        public partial class P { }
        """);

    [Fact]
    public Task StartupSuccessThreshold3_PG1316_MessageHasFieldPath() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        [StartupProbe(Exec = new[] { "true" }, {|#0:SuccessThreshold = 3|})]
        public partial class P { }
        """,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PG1316", Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .WithLocation(0)
            .WithArguments("spec.containers[0].startupProbe.successThreshold: Invalid value: 3: must be 1"));

    [Fact]
    public Task NoHandler_PG1301_OnTheProbeAttribute() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        [{|PG1301:LivenessProbe(PeriodSeconds = 5)|}]
        public partial class P { }
        """);

    [Fact]
    public Task TwoHandlers_PG1302_OnTheSecondHandler() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        [LivenessProbe(Exec = new[] { "true" }, {|PG1302:HttpGet = "/healthz"|}, Port = 80)]
        public partial class P { }
        """);

    [Fact]
    public Task PortOutOfRange_PG1305_OnPort() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        [LivenessProbe(HttpGet = "/healthz", {|PG1305:Port = 65536|})]
        [ReadinessProbe(TcpSocket = true, {|PG1305:Port = 0|})]
        public partial class P { }
        """);

    [Fact]
    public Task HttpGetWithoutPort_PG1305_OnHttpGet() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        [LivenessProbe({|PG1305:HttpGet = "/healthz"|})]
        public partial class P { }
        """);

    [Fact]
    public Task BadPortName_PG1306_OncePerFailedCheck() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        [LivenessProbe(TcpSocket = true, {|PG1306:{|PG1306:PortName = "-8080"|}|})]
        [ReadinessProbe(TcpSocket = true, {|PG1306:PortName = "Http_Port"|})]
        public partial class P { }
        """);

    [Fact]
    public Task GrpcWithoutPort_PG1309_OnGrpc() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        [LivenessProbe({|PG1309:Grpc = true|})]
        public partial class P { }
        """);

    [Fact]
    public Task NegativeTimings_PG1311_OnEachArgument() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        [ReadinessProbe(TcpSocket = true, Port = 80, {|PG1311:InitialDelaySeconds = -1|}, {|PG1311:PeriodSeconds = -5|}, {|PG1311:FailureThreshold = -1|}, {|PG1311:TimeoutSeconds = -1|})]
        public partial class P { }
        """);

    [Fact]
    public Task ZeroTimings_AreValidForTheApiServer_OnlyWarnedAsDefaults() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        [LivenessProbe(TcpSocket = true, Port = 80, {|PG3003:PeriodSeconds = 0|}, {|PG3003:TimeoutSeconds = 0|}, {|PG3003:SuccessThreshold = 0|}, {|PG3003:FailureThreshold = 0|}, InitialDelaySeconds = 0)]
        public partial class P { }
        """);

    [Fact]
    public Task ReadinessTerminationGrace_PG1320_AndNonPositive_PG1319() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        [ReadinessProbe(TcpSocket = true, Port = 80, {|PG1319:{|PG1320:TerminationGracePeriodSeconds = -1|}|})]
        [LivenessProbe(TcpSocket = true, Port = 81, {|PG1319:TerminationGracePeriodSeconds = 0|})]
        public partial class P { }
        """);

    [Fact]
    public Task InitContainerProbe_PG1112_UnlessSidecar() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        public partial class P
        {
            [InitContainer("init", "busybox")]
            [{|PG1112:LivenessProbe(Exec = new[] { "true" })|}]
            public partial class Init { }

            [InitContainer("sidecar", "busybox", RestartPolicy = ContainerRestartPolicy.Always)]
            [LivenessProbe(Exec = new[] { "true" })]
            public partial class Sidecar { }
        }
        """);

    [Fact]
    public Task NestedContainerProbe_ReportedInTheNestedClass() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        public partial class P
        {
            [Container("second", "busybox")]
            [LivenessProbe(Exec = new[] { "true" }, {|PG1316:SuccessThreshold = 5|})]
            public partial class Second { }
        }
        """);
}

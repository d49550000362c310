namespace ProbeGen.Tests;

/// <summary>PG2xxx (restart semantics) and PG3xxx (probe best practices): valid for the API server, wrong for the user.</summary>
public class SemanticRuleDiagnosticsTests
{
    private const string Usings = "using ProbeGen;\n";

    [Fact]
    public Task NeverWithLiveness_PG2001_OnTheProbe() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [RestartPolicy(RestartPolicy.Never)]
        [Container("app", "nginx")]
        [{|PG2001:LivenessProbe(Exec = new[] { "cat", "/tmp/alive" })|}]
        [ReadinessProbe(Exec = new[] { "cat", "/tmp/ready" })]
        public partial class P { }
        """);

    [Fact]
    public Task OnFailureWithLiveness_NoPG2001() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [RestartPolicy(RestartPolicy.OnFailure)]
        [Container("app", "nginx")]
        [LivenessProbe(Exec = new[] { "true" })]
        public partial class P { }
        """);

    [Fact]
    public Task JobNeverWithLiveness_PG2002_NotPG2001() => Verify.Analyzer(Usings + """
        [Job("j")]
        [RestartPolicy(RestartPolicy.Never)]
        [Container("app", "perl")]
        [{|PG2002:LivenessProbe(Exec = new[] { "true" })|}]
        public partial class J { }
        """);

    [Fact]
    public Task BarePodWithProbes_PG2003_OnThePodAttribute() => Verify.AnalyzerWithAll(Usings + """
        [{|PG2003:Pod("p")|}]
        [Container("app", "nginx")]
        [LivenessProbe(Exec = new[] { "true" })]
        public partial class P { }
        """);

    [Fact]
    public Task BarePodWithoutPolicy_PG2003_SaysUnsetMeansAlways() => Verify.AnalyzerWithAll(Usings + """
        [{|#0:Pod("web")|}]
        [Container("web", "nginx")]
        public partial class Web { }
        """,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PG2003", Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithLocation(0)
            .WithArguments("kind: Pod \"web\" is meant to keep running (restartPolicy unset, so Always), but a bare Pod is only ever restarted on the node it is bound to: if that node fails or is drained, the Pod is gone and nothing recreates it. Use [Deployment] to have a controller keep it running."));

    [Fact]
    public Task BarePodWithAlways_PG2003_NamesThePolicyOnce() => Verify.AnalyzerWithAll(Usings + """
        [{|#0:Pod("web")|}]
        [RestartPolicy(RestartPolicy.Always)]
        [Container("web", "nginx")]
        public partial class Web { }
        """,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PG2003", Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithLocation(0)
            .WithArguments("kind: Pod \"web\" is meant to keep running (restartPolicy Always), but a bare Pod is only ever restarted on the node it is bound to: if that node fails or is drained, the Pod is gone and nothing recreates it. Use [Deployment] to have a controller keep it running."));

    [Fact]
    public Task RunToCompletionPod_NoPG2003() => Verify.AnalyzerWithAll(Usings + """
        [Pod("once")]
        [RestartPolicy(RestartPolicy.OnFailure)]
        [Container("app", "busybox", Args = new[] { "echo", "done" })]
        public partial class Once { }
        """);

    [Fact]
    public Task MultiContainerNever_PG2004_OnRestartPolicy() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [RestartPolicy({|PG2004:RestartPolicy.Never|})]
        [Container("a", "busybox")]
        public partial class P
        {
            [Container("b", "busybox")]
            public partial class B { }
        }
        """);

    [Fact]
    public Task OnFailureServer_PG2005() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [RestartPolicy({|PG2005:RestartPolicy.OnFailure|})]
        [Container("web", "nginx")]
        [ContainerPort(80)]
        public partial class P { }
        """);

    [Fact]
    public Task LivenessSameAsReadiness_PG3001_ResolvesNamedPorts() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("web", "nginx")]
        [ContainerPort(8080, Name = "http")]
        [ReadinessProbe(HttpGet = "/healthz", PortName = "http")]
        [{|PG3001:LivenessProbe(HttpGet = "/healthz", Port = 8080)|}]
        public partial class P { }
        """);

    [Fact]
    public Task LivenessSameEndpointButLongerWindow_NoPG3001() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("web", "nginx")]
        [ContainerPort(8080, Name = "http")]
        [ReadinessProbe(HttpGet = "/healthz", PortName = "http", PeriodSeconds = 5, FailureThreshold = 2)]
        [LivenessProbe(HttpGet = "/healthz", PortName = "http", PeriodSeconds = 10, FailureThreshold = 6)]
        public partial class P { }
        """);

    [Fact]
    public Task LivenessDifferentPath_NoPG3001() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("web", "nginx")]
        [ReadinessProbe(HttpGet = "/ready", Port = 8080)]
        [LivenessProbe(HttpGet = "/healthz", Port = 8080)]
        public partial class P { }
        """);

    [Fact]
    public Task TimeoutNotBelowPeriod_PG3002() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("web", "nginx")]
        [LivenessProbe(Exec = new[] { "true" }, {|PG3002:TimeoutSeconds = 10|})]
        [ReadinessProbe(Exec = new[] { "true" }, TimeoutSeconds = 2, PeriodSeconds = 5)]
        public partial class P { }
        """);

    [Fact]
    public Task PeriodOfOneSecond_NoPG3002_NothingCanBeFaster() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("web", "nginx")]
        [LivenessProbe(Exec = new[] { "true" }, PeriodSeconds = 1)]
        public partial class P { }
        """);

    [Fact]
    public Task ZeroMeansDefault_PG3003_OnEachZero() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("web", "nginx")]
        [LivenessProbe(Exec = new[] { "true" }, {|PG3003:PeriodSeconds = 0|}, {|PG3003:FailureThreshold = 0|}, InitialDelaySeconds = 0)]
        public partial class P { }
        """);

    [Fact]
    public Task UndeclaredPortName_PG3004() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("web", "nginx")]
        [ContainerPort(8080, Name = "web")]
        [ReadinessProbe(HttpGet = "/ready", {|PG3004:PortName = "http"|})]
        public partial class P { }
        """);

    [Fact]
    public Task UndeclaredPortNumber_PG3005_OnlyWhenPortsDeclared() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("web", "nginx")]
        [ContainerPort(8080)]
        [ReadinessProbe(HttpGet = "/ready", {|PG3005:Port = 8081|})]
        public partial class P
        {
            [Container("side", "busybox")]
            [LivenessProbe(TcpSocket = true, Port = 9000)]
            public partial class Side { }
        }
        """);

    [Fact]
    public Task ProbeOnUdpPort_PG3006() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("dns", "coredns")]
        [ContainerPort(53, Name = "dns", Protocol = PortProtocol.Udp)]
        [LivenessProbe(TcpSocket = true, {|PG3006:PortName = "dns"|})]
        public partial class P { }
        """);

    [Fact]
    public Task NumberDeclaredForUdpAndTcp_ResolvesToTcp_NoPG3006() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("dns", "coredns")]
        [ContainerPort(53, Name = "dns", Protocol = PortProtocol.Udp)]
        [ContainerPort(53, Name = "dns-tcp", Protocol = PortProtocol.Tcp)]
        [LivenessProbe(TcpSocket = true, Port = 53)]
        public partial class P { }
        """);

    [Fact]
    public Task DeploymentPortsWithoutReadiness_PG3007() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [{|PG3007:Container("web", "nginx")|}]
        [ContainerPort(80)]
        public partial class Web { }
        """);

    [Fact]
    public Task LongLivenessDelay_PG3008_UnlessStartupProbe() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("web", "nginx")]
        [LivenessProbe(Exec = new[] { "true" }, {|PG3008:InitialDelaySeconds = 120|})]
        public partial class P
        {
            [Container("slow", "busybox")]
            [StartupProbe(Exec = new[] { "true" }, FailureThreshold = 30)]
            [LivenessProbe(Exec = new[] { "true" }, InitialDelaySeconds = 120)]
            public partial class Slow { }
        }
        """);
}

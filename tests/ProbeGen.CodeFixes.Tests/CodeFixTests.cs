using ProbeGen.CodeFixes;

namespace ProbeGen.Tests;

public class CodeFixTests
{
    [Fact]
    public Task SuccessThreshold_Removed_AcrossAllProbes() => VerifyFix.Run<RemoveArgumentFix>("""
        using ProbeGen;
        [Pod("p")]
        [Container("app", "nginx")]
        [LivenessProbe(TcpSocket = true, Port = 80, {|PG1316:SuccessThreshold = 2|}, PeriodSeconds = 5)]
        [StartupProbe(Exec = new[] { "true" }, {|PG1316:SuccessThreshold = 3|})]
        public partial class P { }
        """, """
        using ProbeGen;
        [Pod("p")]
        [Container("app", "nginx")]
        [LivenessProbe(TcpSocket = true, Port = 80, PeriodSeconds = 5)]
        [StartupProbe(Exec = new[] { "true" })]
        public partial class P { }
        """);

    [Fact]
    public Task ReadinessTerminationGrace_Removed() => VerifyFix.Run<RemoveArgumentFix>("""
        using ProbeGen;
        [Pod("p")]
        [Container("app", "nginx")]
        [ReadinessProbe(TcpSocket = true, Port = 80, {|PG1320:TerminationGracePeriodSeconds = 10|})]
        public partial class P { }
        """, """
        using ProbeGen;
        [Pod("p")]
        [Container("app", "nginx")]
        [ReadinessProbe(TcpSocket = true, Port = 80)]
        public partial class P { }
        """);

    [Fact]
    public Task ZeroThatMeansDefault_Removed() => VerifyFix.Run<RemoveArgumentFix>("""
        using ProbeGen;
        [Pod("p")]
        [Container("app", "nginx")]
        [LivenessProbe(Exec = new[] { "true" }, {|PG3003:PeriodSeconds = 0|}, InitialDelaySeconds = 5)]
        public partial class P { }
        """, """
        using ProbeGen;
        [Pod("p")]
        [Container("app", "nginx")]
        [LivenessProbe(Exec = new[] { "true" }, InitialDelaySeconds = 5)]
        public partial class P { }
        """);

    [Fact]
    public Task NeverWithLiveness_BecomesOnFailure() => VerifyFix.Run<RestartPolicyFix>("""
        using ProbeGen;
        [Pod("p")]
        [RestartPolicy(RestartPolicy.Never)]
        [Container("app", "nginx")]
        [{|PG2001:LivenessProbe(Exec = new[] { "true" })|}]
        public partial class P { }
        """, """
        using ProbeGen;
        [Pod("p")]
        [RestartPolicy(RestartPolicy.OnFailure)]
        [Container("app", "nginx")]
        [LivenessProbe(Exec = new[] { "true" })]
        public partial class P { }
        """);

    [Fact]
    public Task BarePod_BecomesDeployment() => VerifyFix.Run<UseDeploymentFix>("""
        using ProbeGen;
        [{|PG2003:Pod("web")|}]
        [Container("web", "nginx")]
        [LivenessProbe(HttpGet = "/healthz", Port = 80)]
        public partial class Web { }
        """, """
        using ProbeGen;
        [Deployment("web")]
        [Container("web", "nginx")]
        [LivenessProbe(HttpGet = "/healthz", Port = 80)]
        public partial class Web { }
        """, alsoDisabled: "PG3007");
}

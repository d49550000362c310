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

public class KindCodeFixTests
{
    [Fact]
    public Task JobWithoutRestartPolicy_GetsOnFailure() => VerifyFix.Run<RestartPolicyFix>("""
        using ProbeGen;
        [{|PG1420:Job("sum")|}]
        [Container("sum", "perl")]
        public partial class Sum { }
        """, """
        using ProbeGen;
        [Job("sum")]
        [RestartPolicy(RestartPolicy.OnFailure)]
        [Container("sum", "perl")]
        public partial class Sum { }
        """);

    [Fact]
    public Task CronJobAlways_BecomesOnFailure() => VerifyFix.Run<RestartPolicyFix>("""
        using ProbeGen;
        [CronJob("tick", "@hourly")]
        [RestartPolicy({|PG1420:RestartPolicy.Always|})]
        [Container("tick", "busybox")]
        public partial class Tick { }
        """, """
        using ProbeGen;
        [CronJob("tick", "@hourly")]
        [RestartPolicy(RestartPolicy.OnFailure)]
        [Container("tick", "busybox")]
        public partial class Tick { }
        """);

    [Fact]
    public Task DeploymentNever_PolicyRemoved() => VerifyFix.Run<RestartPolicyFix>("""
        using ProbeGen;
        [Deployment("web")]
        [RestartPolicy({|PG1414:RestartPolicy.Never|})]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """, """
        using ProbeGen;
        [Deployment("web")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """);

    [Fact]
    public Task UppercaseNames_Lowercased() => VerifyFix.Run<LowercaseNameFix>("""
        using ProbeGen;
        [Pod({|PG1002:"MyPod"|})]
        [Container({|PG1103:"Web"|}, "nginx")]
        public partial class P { }
        """, """
        using ProbeGen;
        [Pod("mypod")]
        [Container("web", "nginx")]
        public partial class P { }
        """);
}

namespace ProbeGen.Tests;

/// <summary>Deployment, Job and CronJob rules at the argument at fault, with the API server's field path.</summary>
public class WorkloadKindDiagnosticsTests
{
    private const string Usings = "using ProbeGen;\n";

    [Fact]
    public Task ValidControllers_NoErrors() => Verify.Analyzer(Usings + """
        [Deployment("web", Replicas = 2)] [Container("web", "nginx:1.27")] public partial class Web { }
        [Job("sum", BackoffLimit = 4)] [RestartPolicy(RestartPolicy.Never)] [Container("sum", "perl")] public partial class Sum { }
        [CronJob("hourly", "@hourly", TimeZone = "Europe/Paris")] [RestartPolicy(RestartPolicy.OnFailure)] [Container("tick", "busybox")] public partial class Hourly { }
        [CronJob("five", "*/5 * * * *")] [RestartPolicy(RestartPolicy.OnFailure)] [Container("tick", "busybox")] public partial class Five { }
        """);

    [Fact]
    public Task DeploymentNever_PG1414_OnThePolicy() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [RestartPolicy({|#0:RestartPolicy.Never|})]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PG1414", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\""));

    [Fact]
    public Task JobWithoutPolicy_PG1420_OnTheJobAttribute() => Verify.Analyzer(Usings + """
        [{|PG1420:Job("sum")|}]
        [Container("sum", "perl")]
        public partial class Sum { }
        """);

    [Fact]
    public Task CronJobAlways_PG1420_OnThePolicy() => Verify.Analyzer(Usings + """
        [CronJob("tick", "@hourly")]
        [RestartPolicy({|PG1420:RestartPolicy.Always|})]
        [Container("tick", "busybox")]
        public partial class Tick { }
        """);

    [Fact]
    public Task NegativeCounts_OnEachArgument() => Verify.Analyzer(Usings + """
        [Deployment("web", {|PG1410:Replicas = -1|})] [Container("web", "nginx:1.27")] public partial class Web { }
        [Job("sum", {|PG1423:BackoffLimit = -1|}, {|PG1423:Parallelism = -2|})] [RestartPolicy(RestartPolicy.Never)] [Container("sum", "perl")] public partial class Sum { }
        [CronJob("c", "@daily", {|PG1438:SuccessfulJobsHistoryLimit = -1|})] [RestartPolicy(RestartPolicy.Never)] [Container("c", "busybox")] public partial class C { }
        """);

    [Fact]
    public Task CronJobName53Chars_PG1012_OnTheName() => Verify.Analyzer(Usings + """
        [CronJob({|PG1012:"a2345678901234567890123456789012345678901234567890123"|}, "@hourly")]
        [RestartPolicy(RestartPolicy.OnFailure)]
        [Container("c", "busybox")]
        public partial class C { }
        """);

    [Fact]
    public Task CronJobSchedules_OnTheSchedule() => Verify.Analyzer(Usings + """
        [CronJob("six", {|PG1431:"0 0 * * * *"|})] [RestartPolicy(RestartPolicy.OnFailure)] [Container("c", "busybox")] public partial class Six { }
        [CronJob("tz", {|PG1432:"CRON_TZ=UTC 0 * * * *"|})] [RestartPolicy(RestartPolicy.OnFailure)] [Container("c", "busybox")] public partial class Tz { }
        [CronJob("local", "@hourly", {|PG1433:TimeZone = "Local"|})] [RestartPolicy(RestartPolicy.OnFailure)] [Container("c", "busybox")] public partial class LocalZone { }
        """);

    [Fact]
    public Task UppercaseNames_PG1002_AndPG1103_OnTheNames() => Verify.Analyzer(Usings + """
        [Pod({|PG1002:"MyPod"|})]
        [Container({|PG1103:"MyApp"|}, "nginx")]
        public partial class P { }
        """);

    [Fact]
    public Task GenerateName_PG1003_OnTheArgument_AndNoPG1001() => Verify.Analyzer(Usings + """
        [Job("", {|PG1003:GenerateName = "Migrate-"|})] [RestartPolicy(RestartPolicy.Never)] [Container("c", "busybox")] public partial class Bad { }
        [Job("", GenerateName = "worker-")] [RestartPolicy(RestartPolicy.Never)] [Container("c", "busybox")] public partial class Good { }
        [Job({|PG1001:""|})] [RestartPolicy(RestartPolicy.Never)] [Container("c", "busybox")] public partial class Nameless { }
        """);

    [Fact]
    public Task TemplateLabel_PG1016_OnTheLabelAttribute() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [Label("app", {|PG1007:{|PG1016:"bad value!"|}|})]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """);

    [Fact]
    public Task ValidStatefulSetAndDaemonSet_NoErrors() => Verify.Analyzer(Usings + """
        [StatefulSet("db", Replicas = 3, ServiceName = "db", PodManagementPolicy = PodManagementPolicy.Parallel, MinReadySeconds = 0)]
        [Container("db", "postgres:16")] public partial class Db { }
        [DaemonSet("agent.node", MinReadySeconds = 5, RevisionHistoryLimit = 0)] [RestartPolicy(RestartPolicy.Always)] [Container("agent", "busybox")] public partial class Agent { }
        """);

    [Fact]
    public Task StatefulSetAndDaemonSetNotAlways_PG1414_OnThePolicy() => Verify.Analyzer(Usings + """
        [StatefulSet("db")] [RestartPolicy({|PG1414:RestartPolicy.OnFailure|})] [Container("db", "postgres:16")] public partial class Db { }
        [DaemonSet("agent")] [RestartPolicy({|PG1414:RestartPolicy.Never|})] [Container("agent", "busybox")] public partial class Agent { }
        """);

    [Fact]
    public Task StatefulSetNameWithDots_PG1017_OnTheName_NotPG1002() => Verify.Analyzer(Usings + """
        [StatefulSet({|#0:"db.v2"|})] [Container("db", "postgres:16")] public partial class Db { }
        [StatefulSet({|PG1017:"Db"|})] [Container("db", "postgres:16")] public partial class Upper { }
        """,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PG1017", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("metadata.name: Invalid value: \"db.v2\": must not contain dots"));

    [Fact]
    public Task NegativeStatefulSetAndDaemonSetFields_OnEachArgument() => Verify.Analyzer(Usings + """
        [StatefulSet("db", {|PG1466:Replicas = -1|}, {|PG1466:MinReadySeconds = -1|}, RevisionHistoryLimit = -1)] [Container("db", "postgres:16")] public partial class Db { }
        [DaemonSet("agent", {|PG1474:MinReadySeconds = -5|}, {|PG1474:RevisionHistoryLimit = -1|})] [Container("agent", "busybox")] public partial class Agent { }
        """);
}

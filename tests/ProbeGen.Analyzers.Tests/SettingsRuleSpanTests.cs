namespace ProbeGen.Tests;

/// <summary>
/// A rule that reads the settings reports at the [Set] that wrote the field: one representative rule per family
/// (volumes, security contexts, scheduling, Job, StatefulSet, DaemonSet), each with its valid neighbour, which
/// reports nothing. A finding the API server names at another path (HostPID, sic) still lands on the field written.
/// </summary>
public class SettingsRuleSpanTests
{
    private const string Usings = "using ProbeGen;\n";

    [Fact]
    public Task VolumeNameNotDnsLabel_PG1602_AtTheNameValue() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Set("spec.volumes[0].name", {|PG1602:"config.d"|})]
        [Set("spec.volumes[0].emptyDir", "{}")]
        [Container("app", "nginx:1.27")]
        public partial class P { }

        [Pod("q")]
        [Set("spec.volumes[0].name", "config-d")]
        [Set("spec.volumes[0].emptyDir", "{}")]
        [Container("app", "nginx:1.27")]
        public partial class Q { }
        """);

    // runAsUser is [SecurityContext]'s now (PG1701 at its argument: SecurityContextDiagnosticsTests); windowsOptions is still [Set]-only.
    [Fact]
    public Task WindowsRunAsUserNameInvalid_PG1719_AtTheRootAndTheContainerRelativeSet() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [Set("spec.template.spec.containers[0].securityContext.windowsOptions.runAsUserName", {|PG1719:"web:admin"|})]
        [Set("spec.template.spec.securityContext.windowsOptions.runAsUserName", "ContainerUser")]
        [Container("web", "nginx:1.27")]
        public partial class Web
        {
            [Container("sidecar", "busybox:1.36")]
            [Set("securityContext.windowsOptions.runAsUserName", {|PG1719:""|})]
            public partial class Sidecar { }

            [Container("helper", "busybox:1.36")]
            [Set("securityContext.windowsOptions.runAsUserName", "ContainerAdministrator")]
            public partial class Helper { }
        }
        """);

    [Fact]
    public Task TolerationKeyNotQualifiedName_PG1801_AtTheKeyValue() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [Set("spec.template.spec.tolerations[0].key", {|PG1801:"gpu node"|})]
        [Set("spec.template.spec.tolerations[0].operator", "Exists")]
        [Set("spec.template.spec.tolerations[1].key", "nvidia.com/gpu")]
        [Set("spec.template.spec.tolerations[1].operator", "Exists")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """);

    [Fact]
    // completionMode, backoffLimitPerIndex and maxFailedIndexes are [Job]'s now (a [Set] of them is PG0044), so the finding is at the argument.
    public Task MaxFailedIndexesOverCompletions_PG1481_AtTheArgument() => Verify.Analyzer(Usings + """
        [Job("shards", Completions = 5, CompletionMode = CompletionMode.Indexed, BackoffLimitPerIndex = 1, {|PG1481:MaxFailedIndexes = 6|})]
        [RestartPolicy(RestartPolicy.Never)]
        [Container("app", "example.com/app:1.0")]
        public partial class Shards { }

        [Job("fits", Completions = 5, CompletionMode = CompletionMode.Indexed, BackoffLimitPerIndex = 1, MaxFailedIndexes = 5)]
        [RestartPolicy(RestartPolicy.Never)]
        [Container("app", "example.com/app:1.0")]
        public partial class Fits { }
        """);

    [Fact]
    // partition, maxSurge and maxUnavailable are [StatefulSetUpdateStrategy]'s and [DaemonSetUpdateStrategy]'s now (a [Set] of them is PG0044), so the finding is at the argument.
    public Task StatefulSetPartitionNegative_PG1463_AtTheArgument() => Verify.Analyzer(Usings + """
        [StatefulSet("db")]
        [StatefulSetUpdateStrategy({|PG1463:Partition = -1|})]
        [Container("db", "postgres:16")]
        public partial class Db { }

        [StatefulSet("canary")]
        [StatefulSetUpdateStrategy(Partition = 2)]
        [Container("db", "postgres:16")]
        public partial class Canary { }
        """);

    [Fact]
    public Task DaemonSetSurgeWithDefaultUnavailable_PG1473_AtTheSurgeArgument() => Verify.Analyzer(Usings + """
        [DaemonSet("agent")]
        [DaemonSetUpdateStrategy({|PG1473:MaxSurge = "1"|})]
        [Container("agent", "busybox:1.36")]
        public partial class Agent { }

        [DaemonSet("surge")]
        [DaemonSetUpdateStrategy(MaxSurge = "1", MaxUnavailable = "0")]
        [Container("agent", "busybox:1.36")]
        public partial class Surge { }
        """);

    [Fact]
    // hostPID is [PodSpec]'s now, so the finding is at its argument; hostUsers is still [Set]-only.
    public Task HostUsersWithHostPid_PG1718_AtTheHostPidArgument() => Verify.Analyzer(Usings + """
        [Pod("agent")]
        [Set("spec.hostUsers", false)]
        [PodSpec({|PG1718:HostPID = true|})]
        [Container("agent", "busybox:1.36")]
        public partial class Agent { }

        [Pod("shared")]
        [Set("spec.hostUsers", true)]
        [PodSpec(HostPID = true)]
        [Container("agent", "busybox:1.36")]
        public partial class Shared { }
        """);
}

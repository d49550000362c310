using ProbeGen.Core.Lifecycle;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Tests.Lifecycle;

/// <summary>Small builders for workloads and scenarios, so each test states only what it is about.</summary>
internal static class Specs
{
    public static ContainerSpec Container(string name, ProbeSpec? liveness = null, ProbeSpec? readiness = null, ProbeSpec? startup = null,
        string? restartPolicy = null, string image = "busybox:1.36", int[]? ports = null) =>
        new()
        {
            Name = name,
            Image = image,
            RestartPolicy = restartPolicy,
            Ports = ports is null ? EquatableArray<ContainerPortSpec>.Empty : new EquatableArray<ContainerPortSpec>(ports.Select(p => new ContainerPortSpec(p, null, null, null)).ToArray()),
            LivenessProbe = liveness,
            ReadinessProbe = readiness,
            StartupProbe = startup,
        };

    public static ProbeSpec Exec(int? initialDelay = null, int? period = null, int? failureThreshold = null, int? successThreshold = null,
        int? timeout = null, long? gracePeriod = null) =>
        new(new ExecActionSpec(new EquatableArray<string>(new[] { "cat", "/tmp/healthy" })), null, null, null)
        {
            InitialDelaySeconds = initialDelay, TimeoutSeconds = timeout, PeriodSeconds = period, SuccessThreshold = successThreshold,
            FailureThreshold = failureThreshold, TerminationGracePeriodSeconds = gracePeriod,
        };

    public static ProbeSpec Http(int port = 8080, int? initialDelay = null, int? period = null, int? failureThreshold = null, int? timeout = null) =>
        new(null, new HttpGetActionSpec("/healthz", PortRef.FromNumber(port), null, null, EquatableArray<HttpHeaderSpec>.Empty), null, null)
        {
            InitialDelaySeconds = initialDelay, TimeoutSeconds = timeout, PeriodSeconds = period, FailureThreshold = failureThreshold,
        };

    public static PodSpec PodSpec(string? restartPolicy, ContainerSpec[] containers, ContainerSpec[]? init = null, long? grace = null) =>
        new()
        {
            RestartPolicy = restartPolicy, TerminationGracePeriodSeconds = grace, NodeSelector = EquatableArray<KeyValue>.Empty,
            InitContainers = init is null ? EquatableArray<ContainerSpec>.Empty : new EquatableArray<ContainerSpec>(init), Containers = new EquatableArray<ContainerSpec>(containers),
        };

    public static WorkloadSpec Pod(string? restartPolicy, params ContainerSpec[] containers) =>
        new(WorkloadKind.Pod, "demo", null, EquatableArray<KeyValue>.Empty, EquatableArray<KeyValue>.Empty, PodSpec(restartPolicy, containers));

    public static WorkloadSpec PodWithInit(string? restartPolicy, ContainerSpec[] init, params ContainerSpec[] containers) =>
        new(WorkloadKind.Pod, "demo", null, EquatableArray<KeyValue>.Empty, EquatableArray<KeyValue>.Empty, PodSpec(restartPolicy, containers, init));

    public static WorkloadSpec Deployment(params ContainerSpec[] containers) =>
        new(WorkloadKind.Deployment, "web", null, EquatableArray<KeyValue>.Empty, EquatableArray<KeyValue>.Empty, PodSpec("Always", containers),
            Deployment: new DeploymentSpec { Replicas = 1 });

    public static WorkloadSpec Job(string restartPolicy, int? backoffLimit = null, int? completions = null, long? activeDeadline = null, ContainerSpec[]? init = null, params ContainerSpec[] containers) =>
        new(WorkloadKind.Job, "batch", null, EquatableArray<KeyValue>.Empty, EquatableArray<KeyValue>.Empty, PodSpec(restartPolicy, containers, init),
            Job: new JobSpec { BackoffLimit = backoffLimit, Completions = completions, ActiveDeadlineSeconds = activeDeadline });

    /// <summary>The seed document's liveness.yaml Pod: exec probe, initialDelaySeconds 5, periodSeconds 5.</summary>
    public static WorkloadSpec SeedPod(string? restartPolicy) =>
        new(WorkloadKind.Pod, "test-liveness-exec", null, EquatableArray<KeyValue>.Empty, EquatableArray<KeyValue>.Empty,
            PodSpec(restartPolicy, new[] { Container("liveness", liveness: Exec(initialDelay: 5, period: 5), image: "busybox") }));

    public static Scenario Behaves(params (string Container, ContainerBehavior Behavior)[] containers) =>
        new(containers.Select(c => new KeyValuePair<string, ContainerBehavior>(c.Container, c.Behavior)));

    public static Scenario ExitsAfter(string container, int seconds, int code, string? reason = null) =>
        Behaves((container, new ContainerBehavior(ExitAfter: seconds, ExitCode: code, ExitReason: reason)));

    public static PodSnapshot At(this SimulationResult r, int t, string pod) => r.At(t).Single(s => s.Pod == pod);

    public static string Row(this PodSnapshot s) => s.Pod + " " + s.Ready + " " + s.Status + " " + s.Restarts + " " + s.Phase;

    public static string[] Reasons(this SimulationResult r, string? container = null) =>
        r.Events.Where(e => container is null || e.Container == container).Select(e => e.T + " " + e.Reason).ToArray();
}

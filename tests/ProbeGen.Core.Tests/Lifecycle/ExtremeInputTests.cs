using ProbeGen.Core.Lifecycle;
using ProbeGen.Core.Model;
using static ProbeGen.Core.Tests.Lifecycle.Specs;

namespace ProbeGen.Core.Tests.Lifecycle;

/// <summary>The model never throws, whatever the numbers: it is run by the tool on any manifest and scenario.</summary>
public sealed class ExtremeInputTests
{
    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    [InlineData(0)]
    [InlineData(-1)]
    public void ExtremeTimings_NoThrowAndAStatusEverySecondItChanged(int n)
    {
        var probe = new ProbeSpec(new ExecActionSpec(EquatableArray<string>.Empty), null, null, null)
        {
            InitialDelaySeconds = n, TimeoutSeconds = n, PeriodSeconds = n, SuccessThreshold = n, FailureThreshold = n,
            TerminationGracePeriodSeconds = n == int.MinValue ? long.MinValue : long.MaxValue,
        };
        var pod = new PodSpec
        {
            RestartPolicy = "Never", TerminationGracePeriodSeconds = n == int.MinValue ? long.MinValue : long.MaxValue, NodeSelector = EquatableArray<KeyValue>.Empty,
            InitContainers = new EquatableArray<ContainerSpec>(new[] { Container("init"), Container("side", startup: probe, restartPolicy: "Always") }),
            Containers = new EquatableArray<ContainerSpec>(new[] { Container("app", liveness: probe, readiness: probe, startup: probe) }),
        };
        var job = new WorkloadSpec(WorkloadKind.Job, "j", null, EquatableArray<KeyValue>.Empty, EquatableArray<KeyValue>.Empty, pod,
            Job: new JobSpec { BackoffLimit = n, Completions = n, Parallelism = n, ActiveDeadlineSeconds = n, TtlSecondsAfterFinished = n });
        var scenario = Behaves(
            ("init", new ContainerBehavior(ExitAfter: n, ExitCode: n)),
            ("side", new ContainerBehavior(ShutdownSeconds: n, Startup: new ProbeBehavior(n, n, n))),
            ("app", new ContainerBehavior(ExitAfter: n, ExitCode: 1, ShutdownSeconds: n, Liveness: new ProbeBehavior(n, n, n), Readiness: new ProbeBehavior(n, n, n), Startup: new ProbeBehavior(n, n, n))));
        foreach (var w in new[] { job, job with { Kind = WorkloadKind.Pod }, job with { Kind = WorkloadKind.Deployment } })
        {
            var r = LifecycleSimulator.Simulate(w, scenario, until: 2000);
            if (w.Kind == WorkloadKind.Job && n == 0)
            {
                // completions: 0 — the Job is complete at once and creates no Pod.
                Assert.Empty(r.Pods);
                Assert.Null(r.Final);
                Assert.Equal(JobConditionType.Complete, r.JobCondition!.Type);
                continue;
            }
            Assert.NotEmpty(r.Changes);
            Assert.Equal(0, r.Changes[0].T);
            Assert.NotNull(r.Final);
        }
    }

    [Fact]
    public void NoContainers_NoThrow()
    {
        var r = LifecycleSimulator.Simulate(Pod(null), until: 10);
        Assert.Equal("demo 0/0 Running 0 Running", r.Final!.Row());
    }
}

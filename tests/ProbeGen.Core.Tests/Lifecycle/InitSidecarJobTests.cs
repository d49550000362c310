using ProbeGen.Core.Lifecycle;
using static ProbeGen.Core.Tests.Lifecycle.Specs;

namespace ProbeGen.Core.Tests.Lifecycle;

public sealed class InitSidecarJobTests
{
    // Source: init-containers docs: "each init container must complete successfully before the next one starts";
    // kubectl shows Init:N/M while they run; the Pod is Pending until they are done.
    [Fact]
    public void InitContainers_RunInOrderThenTheApp()
    {
        var workload = PodWithInit(null, new[] { Container("migrate"), Container("seed") }, Container("app"));
        var scenario = Behaves(("migrate", new ContainerBehavior(ExitAfter: 5)), ("seed", new ContainerBehavior(ExitAfter: 5)));
        var r = LifecycleSimulator.Simulate(workload, scenario, until: 20);
        Assert.Equal(new[] { "0 migrate", "5 seed", "10 app" }, r.Events.Where(e => e.Reason == "Started").Select(e => e.T + " " + e.Container));
        Assert.Equal("demo 0/1 Init:0/2 0 Pending", r.At(3, "demo").Row());
        Assert.Equal("demo 0/1 Init:1/2 0 Pending", r.At(7, "demo").Row());
        Assert.Equal("demo 1/1 Running 0 Running", r.At(10, "demo").Row());
    }

    // Source: init-containers docs: "If a Pod's init container fails, the kubelet repeatedly restarts that init container
    // until it succeeds. However, if the Pod has a restartPolicy of Never … Kubernetes treats the overall Pod as failed."
    [Fact]
    public void InitContainerFails_Never_PodFailed()
    {
        var workload = PodWithInit("Never", new[] { Container("migrate") }, Container("app"));
        var r = LifecycleSimulator.Simulate(workload, ExitsAfter("migrate", 5, 1), until: 100);
        Assert.Equal("demo 0/1 Init:Error 0 Failed", r.Final!.Row());
        Assert.DoesNotContain(r.Events, e => e.Container == "app");
    }

    [Fact]
    public void InitContainerFails_Always_RestartedWithBackOffPodPending()
    {
        var workload = PodWithInit(null, new[] { Container("migrate") }, Container("app"));
        var r = LifecycleSimulator.Simulate(workload, ExitsAfter("migrate", 5, 1), until: 30);
        Assert.Equal(new[] { 0, 5, 20 }, r.Events.Where(e => e.Reason == "Started").Select(e => e.T));
        Assert.Equal("demo 0/1 Init:CrashLoopBackOff 1 Pending", r.At(12, "demo").Row());
    }

    // Source: sidecar-containers docs: a sidecar is an init container with restartPolicy: Always; the next containers
    // start once it has started (its startup probe succeeded); it restarts whatever the Pod's restartPolicy; it is
    // stopped after the main containers, and does not keep a Job's Pod from completing.
    [Fact]
    public void Sidecar_StartsFirstAndIsStoppedWhenTheJobsContainerCompletes()
    {
        var sidecar = Container("proxy", startup: Exec(period: 5), restartPolicy: "Always");
        var workload = Job("Never", init: new[] { sidecar }, containers: Container("work"));
        var scenario = Behaves(("proxy", new ContainerBehavior(Startup: new ProbeBehavior(PassAfter: 5))), ("work", new ContainerBehavior(ExitAfter: 30)));
        var r = LifecycleSimulator.Simulate(workload, scenario, until: 100);
        Assert.Equal(new[] { "0 proxy", "5 work" }, r.Events.Where(e => e.Reason == "Started").Select(e => e.T + " " + e.Container));
        Assert.Equal("batch-1 2/2 Running 0 Running", r.At(10, "batch-1").Row());
        Assert.Contains(r.Events, e => e.T == 35 && e.Reason == "Killing" && e.Message == "Stopping container proxy");
        Assert.Equal(PodPhase.Succeeded, r.At(35, "batch-1").Phase);
        Assert.Equal(JobConditionType.Complete, r.JobCondition!.Type);
    }

    [Fact]
    public void Sidecar_CrashesUnderNever_RestartedAnyway()
    {
        var workload = PodWithInit("Never", new[] { Container("proxy", restartPolicy: "Always") }, Container("app"));
        var r = LifecycleSimulator.Simulate(workload, ExitsAfter("proxy", 10, 1), until: 15);
        Assert.Equal("demo 2/2 Running 1 Running", r.At(10, "demo").Row());
    }

    // Source: Job docs, "Pod backoff failure policy": with restartPolicy Never a failed Pod is replaced by a new one;
    // "failed Pods … are recreated by the Job controller with an exponential back-off delay (10s, 20s, 40s …) capped at
    // six minutes"; the Job fails once the failures exceed backoffLimit (condition Failed, reason BackoffLimitExceeded).
    [Fact]
    public void JobNever_PodsFail_NewPodsWithBackOffThenBackoffLimitExceeded()
    {
        var r = LifecycleSimulator.Simulate(Job("Never", backoffLimit: 2, containers: Container("work")), ExitsAfter("work", 5, 1), until: 300);
        Assert.Equal(new[] { "batch-1", "batch-2", "batch-3" }, r.Pods);
        Assert.Equal(new[] { "0 Created pod: batch-1", "15 Created pod: batch-2", "40 Created pod: batch-3", "45 Job has reached the specified backoff limit" },
            r.Events.Where(e => e.Object == "job/batch").Select(e => e.T + " " + e.Message));
        Assert.Equal(new JobCondition(45, JobConditionType.Failed, "BackoffLimitExceeded", "Job has reached the specified backoff limit"), r.JobCondition);
        Assert.All(r.Pods, p => Assert.Equal("Error", r.At(300, p).Status));
        Assert.Equal(45, r.Until);
    }

    // Source: Job docs: with OnFailure the Pod stays and its container is restarted in place; restarts count against
    // backoffLimit (job controller: restarts of active Pods ≥ backoffLimit fails the Job), and the Pod is then terminated.
    [Fact]
    public void JobOnFailure_RestartsInPlaceUntilBackoffLimit()
    {
        var r = LifecycleSimulator.Simulate(Job("OnFailure", backoffLimit: 2, containers: Container("work")), ExitsAfter("work", 5, 1), until: 300);
        Assert.Equal(new[] { "batch-1" }, r.Pods);
        Assert.Equal(new[] { 0, 5, 20 }, r.Events.Where(e => e.Reason == "Started").Select(e => e.T));
        Assert.Equal(20, r.JobCondition!.T);
        Assert.Equal("BackoffLimitExceeded", r.JobCondition.Reason);
        Assert.Contains(r.Events, e => e.T == 20 && e.Message == "Stopping container work");
        Assert.Equal("batch-1 0/1 Error 2 Failed", r.Final!.Row());
    }

    [Fact]
    public void JobSucceeds_CompleteAfterCompletions()
    {
        var r = LifecycleSimulator.Simulate(Job("Never", completions: 2, containers: Container("work")), ExitsAfter("work", 10, 0), until: 300);
        Assert.Equal(new[] { "batch-1", "batch-2" }, r.Pods);
        Assert.Equal(new JobCondition(21, JobConditionType.Complete, "CompletionsReached", "Reached expected number of succeeded pods"), r.JobCondition);
        Assert.Contains(r.Events, e => e.T == 21 && e.Reason == "Completed" && e.Object == "job/batch" && e.Message == "Job completed");
        Assert.Equal("batch-2 0/1 Completed 0 Succeeded", r.Final!.Row());
    }

    // Source: Job docs, "Job termination and cleanup": activeDeadlineSeconds — "once a Job reaches activeDeadlineSeconds,
    // all of its running Pods are terminated and the Job status will become type: Failed with reason: DeadlineExceeded".
    [Fact]
    public void JobActiveDeadline_PodsTerminatedDeadlineExceeded()
    {
        var r = LifecycleSimulator.Simulate(Job("Never", activeDeadline: 30, containers: Container("work")), until: 300);
        Assert.Equal(new JobCondition(30, JobConditionType.Failed, "DeadlineExceeded", "Job was active longer than specified deadline"), r.JobCondition);
        Assert.Equal("batch-1 0/1 Error 0 Failed", r.Final!.Row());
        Assert.Equal(30, r.Until);
    }

    [Fact]
    public void JobNodeLost_PodReplacedOnAnotherNodeAndCountedAsFailure()
    {
        var r = LifecycleSimulator.Simulate(Job("Never", containers: Container("work")), new Scenario(nodeFailsAfter: 20), until: 100);
        Assert.Equal(new[] { "batch-1", "batch-2" }, r.Pods);
        Assert.Contains(r.Events, e => e.T == 30 && e.Message == "Successfully assigned default/batch-2 to node-2");
    }
}

using ProbeGen.Core.Lifecycle;
using static ProbeGen.Core.Tests.Lifecycle.Specs;

namespace ProbeGen.Core.Tests.Lifecycle;

/// <summary>
/// Every row of the "Example states" table of the Kubernetes pod-lifecycle page
/// (kubernetes/website, content/en/docs/concepts/workloads/pods/pod-lifecycle.md, section "Example states"),
/// simulated. Each test names its row.
/// </summary>
public sealed class ExampleStatesTests
{
    // Row 1: "Pod is running and has one Container. Container exits with success. Log completion event.
    // Always: Restart Container; Pod phase stays Running. OnFailure: Pod phase becomes Succeeded. Never: Pod phase becomes Succeeded."
    [Fact]
    public void OneContainerExitsWithSuccess_Always_RestartsAndStaysRunning()
    {
        var r = LifecycleSimulator.Simulate(Pod("Always", Container("app")), ExitsAfter("app", 20, 0), until: 25);
        Assert.Equal(new[] { "0 Pulled", "0 Created", "0 Started", "20 Completed", "20 Pulled", "20 Created", "20 Started" }, r.Reasons("app"));
        Assert.Equal("demo 1/1 Running 0 Running", r.At(19, "demo").Row());
        Assert.Equal("demo 1/1 Running 1 Running", r.At(20, "demo").Row());
        Assert.DoesNotContain(r.Changes, s => s.Phase != PodPhase.Running);
    }

    [Theory]
    [InlineData("OnFailure")]
    [InlineData("Never")]
    public void OneContainerExitsWithSuccess_OnFailureOrNever_Succeeded(string policy)
    {
        var r = LifecycleSimulator.Simulate(Pod(policy, Container("app")), ExitsAfter("app", 20, 0), until: 100);
        Assert.Equal("demo 0/1 Completed 0 Succeeded", r.Final!.Row());
        Assert.Equal(20, r.Until);
        Assert.Contains(r.Events, e => e.T == 20 && e.Reason == "Completed" && e.Type == EventType.Normal && e.Message == "Container app completed (exit code 0)");
        Assert.DoesNotContain(r.Events, e => e.T == 20 && e.Reason == "Started");
    }

    // Row 2: "Pod is running and has one Container. Container exits with failure. Log failure event.
    // Always: Restart Container; Pod phase stays Running. OnFailure: Restart Container; Pod phase stays Running. Never: Pod phase becomes Failed."
    [Theory]
    [InlineData("Always")]
    [InlineData("OnFailure")]
    public void OneContainerExitsWithFailure_AlwaysOrOnFailure_RestartsAndStaysRunning(string policy)
    {
        var r = LifecycleSimulator.Simulate(Pod(policy, Container("app")), ExitsAfter("app", 20, 1), until: 60);
        Assert.Contains(r.Events, e => e.T == 20 && e.Reason == "Failed" && e.Type == EventType.Warning && e.Message == "Container app terminated: Error (exit code 1)");
        Assert.Equal("demo 1/1 Running 1 Running", r.At(20, "demo").Row());
        // The second exit (20 s after the restart) waits 10 s in CrashLoopBackOff, and the phase still stays Running.
        Assert.Equal("demo 0/1 CrashLoopBackOff 1 Running", r.At(45, "demo").Row());
        Assert.Equal("demo 1/1 Running 2 Running", r.At(50, "demo").Row());
        Assert.DoesNotContain(r.Changes, s => s.Phase != PodPhase.Running);
    }

    [Fact]
    public void OneContainerExitsWithFailure_Never_Failed()
    {
        var r = LifecycleSimulator.Simulate(Pod("Never", Container("app")), ExitsAfter("app", 20, 1), until: 100);
        Assert.Equal("demo 0/1 Error 0 Failed", r.Final!.Row());
        Assert.Equal(20, r.Until);
        Assert.Equal(new[] { "0 Running", "20 Failed" }, r.Phases.Select(p => p.From + " " + p.Phase));
    }

    // Row 3: "Pod is running and has two Containers. Container 1 exits with failure. Log failure event.
    // Always/OnFailure: Restart Container; Pod phase stays Running. Never: Do not restart Container; Pod phase stays Running.
    // If Container 1 is not running, and Container 2 exits: Log failure event. Always/OnFailure: Restart Container;
    // Pod phase stays Running. Never: Pod phase becomes Failed."
    [Theory]
    [InlineData("Always")]
    [InlineData("OnFailure")]
    public void TwoContainersBothFail_AlwaysOrOnFailure_RestartEachAndStayRunning(string policy)
    {
        var scenario = Behaves(("one", new ContainerBehavior(ExitAfter: 10, ExitCode: 1)), ("two", new ContainerBehavior(ExitAfter: 15, ExitCode: 2)));
        var r = LifecycleSimulator.Simulate(Pod(policy, Container("one"), Container("two")), scenario, until: 18);
        Assert.Equal("demo 2/2 Running 1 Running", r.At(10, "demo").Row());
        Assert.Equal("demo 2/2 Running 2 Running", r.At(15, "demo").Row());
        Assert.DoesNotContain(r.Changes, s => s.Phase != PodPhase.Running);
    }

    [Fact]
    public void TwoContainersFirstFails_Never_NotRestartedPodStaysRunningThenFailsWithTheSecond()
    {
        var scenario = Behaves(("one", new ContainerBehavior(ExitAfter: 10, ExitCode: 1)), ("two", new ContainerBehavior(ExitAfter: 40, ExitCode: 0)));
        var r = LifecycleSimulator.Simulate(Pod("Never", Container("one"), Container("two")), scenario, until: 100);
        var at20 = r.At(20, "demo");
        Assert.Equal("demo 1/2 Error 0 Running", at20.Row());
        Assert.Equal(ContainerStateKind.Terminated, at20.Containers[0].State);
        Assert.Equal(ContainerStateKind.Running, at20.Containers[1].State);
        Assert.Equal(PodPhase.Failed, r.Final!.Phase);
        Assert.Equal(40, r.Until);
        Assert.DoesNotContain(r.Events, e => e.Container == "one" && e.Reason == "Started" && e.T > 0);
    }

    // Row 4: "Pod is running and has one Container. Container runs out of memory. Container terminates in failure.
    // Log OOM event. Always/OnFailure: Restart Container; Pod phase stays Running. Never: Log failure event; Pod phase becomes Failed."
    [Theory]
    [InlineData("Always", "demo 1/1 Running 1 Running")]
    [InlineData("OnFailure", "demo 1/1 Running 1 Running")]
    [InlineData("Never", "demo 0/1 OOMKilled 0 Failed")]
    public void OneContainerOutOfMemory_RestartedOrFailed(string policy, string row)
    {
        var r = LifecycleSimulator.Simulate(Pod(policy, Container("app")), ExitsAfter("app", 30, ExitCodes.SigKill, "OOMKilled"), until: 35);
        Assert.Contains(r.Events, e => e.T == 30 && e.Reason == "Failed" && e.Message == "Container app terminated: OOMKilled (exit code 137)");
        Assert.Equal(row, r.At(30, "demo").Row());
    }

    // Rows 5 and 6: "Pod is running, and a disk dies. Kill all Containers. Log appropriate event. Pod phase becomes Failed.
    // If running under a controller, Pod is recreated elsewhere." / "Pod is running, and its node is segmented out. Node
    // controller waits for timeout. Node controller sets Pod phase to Failed. If running under a controller, Pod is recreated elsewhere."
    [Fact]
    public void NodeLost_BarePod_FailedAndNeverRecreated()
    {
        var r = LifecycleSimulator.Simulate(Pod("Always", Container("app")), new Scenario(nodeFailsAfter: 60), until: 300);
        Assert.Equal(new[] { "demo" }, r.Pods);
        Assert.Equal("demo 0/1 NodeLost 0 Failed", r.Final!.Row());
        Assert.Equal(60, r.Until);
        Assert.Contains(r.Events, e => e.T == 60 && e.Reason == "NodeNotReady" && e.Type == EventType.Warning);
    }

    [Fact]
    public void NodeLost_Deployment_PodRecreatedOnAnotherNode()
    {
        var r = LifecycleSimulator.Simulate(Deployment(Container("app")), new Scenario(nodeFailsAfter: 60), until: 100);
        Assert.Equal(new[] { "web-1", "web-2" }, r.Pods);
        Assert.Equal("web-1 0/1 NodeLost 0 Failed", r.At(100, "web-1").Row());
        Assert.Equal("web-2 1/1 Running 0 Running", r.At(100, "web-2").Row());
        Assert.Contains(r.Events, e => e.T == 61 && e.Reason == "Scheduled" && e.Message == "Successfully assigned default/web-2 to node-2");
    }
}

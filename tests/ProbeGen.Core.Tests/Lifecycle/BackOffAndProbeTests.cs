using ProbeGen.Core.Lifecycle;
using ProbeGen.Core.Model;
using static ProbeGen.Core.Tests.Lifecycle.Specs;

namespace ProbeGen.Core.Tests.Lifecycle;

public sealed class BackOffAndProbeTests
{
    // Source: pod-lifecycle docs, "Container restart policy": "the kubelet restarts them with an exponential back-off
    // delay (10s, 20s, 40s, …), that is capped at 300 seconds (5 minutes). Once a container has executed for 10 minutes
    // without any problems, the kubelet resets the restart backoff timer"; "How Pods handle problems with containers":
    // the initial crash is restarted immediately, repeated crashes wait with the back-off.
    [Fact]
    public void NextBackOff_ImmediateThenTenSecondsDoublingToThreeHundred()
    {
        var state = default(BackOffState);
        var delays = new List<int>();
        int t = 0;
        for (int i = 0; i < 9; i++)
        {
            int d = KubeletRules.NextBackOff(ref state, t);
            delays.Add(d);
            t += d + 1; // restarted after the delay, crashes one second later
        }
        Assert.Equal(new[] { 0, 10, 20, 40, 80, 160, 300, 300, 300 }, delays);
    }

    [Fact]
    public void NextBackOff_AfterTenMinutesRunning_StartsOver()
    {
        var state = default(BackOffState);
        Assert.Equal(0, KubeletRules.NextBackOff(ref state, 0));
        Assert.Equal(10, KubeletRules.NextBackOff(ref state, 1));
        Assert.Equal(20, KubeletRules.NextBackOff(ref state, 12));   // restarted at 11 … 32
        Assert.Equal(40, KubeletRules.NextBackOff(ref state, 600));  // ran 568 s since the last restart: not yet 10 minutes
        Assert.Equal(0, KubeletRules.NextBackOff(ref state, 1241));  // restarted at 640, ran 601 s: the back-off starts over
        Assert.Equal(10, KubeletRules.NextBackOff(ref state, 1242));
    }

    [Fact]
    public void CrashingContainer_RestartsFollowTheBackOffSequence()
    {
        var r = LifecycleSimulator.Simulate(Pod("Always", Container("app")), ExitsAfter("app", 1, 1), until: 1000);
        var starts = r.Events.Where(e => e.Reason == "Started").Select(e => e.T).ToArray();
        // Each start runs 1 s; the waits between an exit and the next start are 0, 10, 20, 40, 80, 160, 300, 300.
        Assert.Equal(new[] { 0, 1, 12, 33, 74, 155, 316, 617, 918 }, starts);
        var backOffs = r.Events.Where(e => e.Reason == "BackOff").ToArray();
        Assert.Equal(new[] { 2, 13, 34, 75, 156, 317, 618, 919 }, backOffs.Select(e => e.T));
        Assert.All(backOffs, e => Assert.Equal("Back-off restarting failed container app in pod demo_default", e.Message));
        Assert.Equal("demo 0/1 CrashLoopBackOff 7 Running", r.At(700, "demo").Row());
        var waiting = r.At(700, "demo").Containers[0];
        Assert.Equal((ContainerStateKind.Waiting, "CrashLoopBackOff"), (waiting.State, waiting.Reason));
    }

    // Source: the seed document (liveness.yaml: exec probe, initialDelaySeconds 5, periodSeconds 5; the file is gone after
    // 30 s) and the pod-lifecycle docs' probe outcomes: failureThreshold (default 3) failures in a row kill the container.
    [Fact]
    public void SeedPod_LivenessFailsFrom30s_UnhealthyThreeTimesKilledAndRestartedRunning1()
    {
        var scenario = Behaves(("liveness", new ContainerBehavior(Liveness: new ProbeBehavior(FailAfter: 30, Message: "cat: can't open '/tmp/healthy': No such file or directory"))));
        var r = LifecycleSimulator.Simulate(SeedPod(null), scenario, until: 60);
        Assert.Equal("test-liveness-exec 1/1 Running 0 Running", r.At(8, "test-liveness-exec").Row());
        Assert.Equal(new[] { 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60 }, r.Probes.Select(p => p.T));
        Assert.Equal(new[] { true, true, true, true, true, false, false, false, true, true, true, true }, r.Probes.Select(p => p.Success));
        Assert.Equal(new[]
        {
            "0 Normal Scheduled Successfully assigned default/test-liveness-exec to node-1",
            "0 Normal Pulling Pulling image \"busybox\"",
            "0 Normal Pulled Successfully pulled image \"busybox\"",
            "0 Normal Created Created container liveness",
            "0 Normal Started Started container liveness",
            "30 Warning Unhealthy Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory",
            "35 Warning Unhealthy Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory",
            "40 Warning Unhealthy Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory",
            "40 Normal Killing Container liveness failed liveness probe, will be restarted",
            "40 Normal Pulling Pulling image \"busybox\"",
            "40 Normal Pulled Successfully pulled image \"busybox\"",
            "40 Normal Created Created container liveness",
            "40 Normal Started Started container liveness",
        }, r.Events.Select(e => e.T + " " + e.Type + " " + e.Reason + " " + e.Message));
        Assert.Equal("test-liveness-exec 1/1 Running 1 Running", r.At(41, "test-liveness-exec").Row());
        Assert.DoesNotContain(r.Changes, s => s.Phase != PodPhase.Running);
    }

    [Fact]
    public void SeedPod_Never_LivenessKillEndsFailed()
    {
        var scenario = Behaves(("liveness", new ContainerBehavior(Liveness: new ProbeBehavior(FailAfter: 30))));
        var r = LifecycleSimulator.Simulate(SeedPod("Never"), scenario, until: 300);
        Assert.Contains(r.Events, e => e.T == 40 && e.Reason == "Killing" && e.Message == "Container liveness failed liveness probe");
        Assert.Contains(r.Events, e => e.T == 30 && e.Message == "Liveness probe failed: command \"cat /tmp/healthy\" exited with a non-zero code");
        Assert.Equal("test-liveness-exec 0/1 Error 0 Failed", r.Final!.Row());
        Assert.Equal(ExitCodes.SigTerm, r.Final!.Containers[0].ExitCode);
        Assert.Equal(40, r.Until);
    }

    [Theory]
    [InlineData(null, 60, 70, ExitCodes.SigKill)]  // the Pod's default grace period, 30 s, runs out: SIGKILL
    [InlineData(5L, 60, 45, ExitCodes.SigKill)]    // the probe's terminationGracePeriodSeconds replaces the Pod's
    [InlineData(null, 3, 43, 0)]                   // exits 3 s after SIGTERM, inside the grace period, with its own code
    public void LivenessKill_GracePeriod_ExitAtGraceOrShutdown(long? probeGrace, int shutdown, int exitAt, int exitCode)
    {
        var workload = Pod("Never", Container("app", liveness: Exec(initialDelay: 5, period: 5, gracePeriod: probeGrace)));
        var scenario = Behaves(("app", new ContainerBehavior(ShutdownSeconds: shutdown, ShutdownExitCode: 0, Liveness: new ProbeBehavior(FailAfter: 30))));
        var r = LifecycleSimulator.Simulate(workload, scenario, until: 200);
        Assert.Equal(ContainerStateKind.Running, r.At(exitAt - 1, "demo").Containers[0].State);
        var end = r.At(exitAt, "demo").Containers[0];
        Assert.Equal((ContainerStateKind.Terminated, (int?)exitCode), (end.State, end.ExitCode));
        Assert.Equal(exitCode == 0 ? PodPhase.Succeeded : PodPhase.Failed, r.Final!.Phase);
    }

    // Source: pod-lifecycle docs, "Types of probe": startupProbe — "If a startup probe is provided, all other probes are
    // disabled until it succeeds. If the startup probe fails, the kubelet kills the container".
    [Fact]
    public void StartupProbe_GatesLivenessAndReadiness()
    {
        var workload = Pod(null, Container("app", liveness: Exec(period: 5), readiness: Exec(period: 5), startup: Exec(period: 10)));
        var r = LifecycleSimulator.Simulate(workload, Behaves(("app", new ContainerBehavior(Startup: new ProbeBehavior(PassAfter: 15)))), until: 30);
        Assert.Equal(new[] { "0 Startup False", "10 Startup False", "20 Startup True", "20 Liveness True", "20 Readiness True",
            "25 Liveness True", "25 Readiness True", "30 Liveness True", "30 Readiness True" },
            r.Probes.Select(p => p.T + " " + p.Kind + " " + p.Success));
        Assert.Equal("demo 0/1 Running 0 Running", r.At(19, "demo").Row());
        Assert.Equal("demo 1/1 Running 0 Running", r.At(20, "demo").Row());
    }

    [Fact]
    public void StartupProbe_FailsThreeTimes_KilledAndRestarted()
    {
        var workload = Pod(null, Container("app", startup: Exec(period: 10)));
        var r = LifecycleSimulator.Simulate(workload, Behaves(("app", new ContainerBehavior(Startup: new ProbeBehavior(PassAfter: 100)))), until: 25);
        // Killed at 20 and started again at once (first restart: no back-off); the new container's first attempt is due at 20 too.
        Assert.Equal(new[] { "0 Unhealthy", "10 Unhealthy", "20 Unhealthy", "20 Killing", "20 Unhealthy" }, r.Events.Where(e => e.Reason is "Unhealthy" or "Killing").Select(e => e.T + " " + e.Reason));
        Assert.Contains(r.Events, e => e.Message == "Container app failed startup probe, will be restarted");
        Assert.Contains(r.Events, e => e.Message == "Startup probe failed: command \"cat /tmp/healthy\" exited with a non-zero code");
        Assert.Equal(1, r.At(20, "demo").Restarts);
    }

    // Source: pod-lifecycle docs, "Container probes": readinessProbe — on failure "the endpoints controller removes the
    // Pod's IP address from the endpoints"; it never restarts the container. failureThreshold failures in a row make it not ready.
    [Fact]
    public void ReadinessFails_NotReadyAfterThresholdNeverRestarted()
    {
        var workload = Pod(null, Container("web", readiness: Http(period: 5, failureThreshold: 3)));
        var r = LifecycleSimulator.Simulate(workload, Behaves(("web", new ContainerBehavior(Readiness: new ProbeBehavior(FailAfter: 10)))), until: 60);
        Assert.Equal("demo 1/1 Running 0 Running", r.At(15, "demo").Row());
        Assert.Equal("demo 0/1 Running 0 Running", r.At(20, "demo").Row());
        Assert.Equal("demo 0/1 Running 0 Running", r.At(60, "demo").Row());
        Assert.Contains(r.Events, e => e.T == 10 && e.Message == "Readiness probe failed: HTTP probe failed with statuscode: 500");
        Assert.DoesNotContain(r.Events, e => e.Reason == "Killing");
    }

    [Fact]
    public void ReadinessSuccessThreshold_ReadyAfterThatManySuccesses()
    {
        var probe = Http(period: 5) with { SuccessThreshold = 3 };
        var r = LifecycleSimulator.Simulate(Pod(null, Container("web", readiness: probe)), until: 20);
        Assert.Equal("demo 0/1 Running 0 Running", r.At(9, "demo").Row());
        Assert.Equal("demo 1/1 Running 0 Running", r.At(10, "demo").Row());
    }

    // Source: API defaults (SetDefaults_Probe): timeoutSeconds 1 — an answer that takes as long is a failure.
    [Fact]
    public void SlowProbe_AtTimeout_Fails()
    {
        var workload = Pod(null, Container("web", liveness: Http(period: 10)));
        var r = LifecycleSimulator.Simulate(workload, Behaves(("web", new ContainerBehavior(Liveness: new ProbeBehavior(LatencySeconds: 1)))), until: 25);
        Assert.Equal(new[] { "0 False", "10 False", "20 False", "20 False" }, r.Probes.Select(p => p.T + " " + p.Success));
        Assert.Contains(r.Events, e => e.Message == "Liveness probe failed: Get \"http://10.0.0.1:8080/healthz\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)");
        Assert.Contains(r.Events, e => e.T == 20 && e.Message == "Container web failed liveness probe, will be restarted");
    }

    [Fact]
    public void HealthyPod_NoScenario_RunsReadyWithoutAWarning()
    {
        var r = LifecycleSimulator.Simulate(SeedPod(null), until: 300);
        Assert.Equal("test-liveness-exec 1/1 Running 0 Running", r.Final!.Row());
        Assert.DoesNotContain(r.Events, e => e.Type == EventType.Warning);
        Assert.Single(r.Changes);
    }
}

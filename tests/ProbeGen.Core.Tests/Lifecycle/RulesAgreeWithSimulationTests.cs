using ProbeGen.Core.Lifecycle;
using ProbeGen.Core.Model;
using ProbeGen.Core.Validation;
using static ProbeGen.Core.Tests.Lifecycle.Specs;

namespace ProbeGen.Core.Tests.Lifecycle;

/// <summary>
/// PG2001–PG2005 take their facts from the lifecycle model (KubeletRules); here each warning is checked against what the
/// simulation of the same workload shows, for every restart policy, so a warning and a simulation cannot disagree.
/// </summary>
public sealed class RulesAgreeWithSimulationTests
{
    public static TheoryData<string?, int> PoliciesAndContainerCounts()
    {
        var data = new TheoryData<string?, int>();
        foreach (var policy in new[] { null, "Always", "OnFailure", "Never" })
        {
            data.Add(policy, 1);
            data.Add(policy, 2);
        }
        return data;
    }

    private static Finding[] Findings(WorkloadSpec w, string id) => RuleEngine.Validate(w).Where(f => f.Rule.Id == id).ToArray();

    private static ContainerBehavior LivenessFails => new(Liveness: new ProbeBehavior(FailAfter: 30));

    [Theory]
    [MemberData(nameof(PoliciesAndContainerCounts))]
    public void PG2001_ReportedExactlyWhenTheSimulatedPodNeverRestartsTheKilledContainer(string? policy, int containers)
    {
        var list = new[] { Container("app", liveness: Exec(initialDelay: 5, period: 5)), Container("helper") }.Take(containers).ToArray();
        var workload = Pod(policy, list);
        var r = LifecycleSimulator.Simulate(workload, Behaves(("app", LivenessFails)), until: 120);
        bool killed = r.Events.Any(e => e.Reason == "Killing" && e.Container == "app");
        bool restarted = r.Final!.Containers.Single(c => c.Name == "app").Restarts > 0;
        Assert.True(killed);
        var findings = Findings(workload, "PG2001");
        Assert.Equal(!restarted, findings.Length == 1);
        if (findings.Length == 1)
        {
            Assert.Contains(r.Final!.Phase == PodPhase.Running ? "it stays dead while the Pod reports Running" : "the Pod goes to phase " + r.Final!.Phase, findings[0].Message);
        }
    }

    [Theory]
    [InlineData("Never")]
    [InlineData("OnFailure")]
    public void PG2002_ReportedExactlyWhenTheSimulatedJobReplacesThePod(string policy)
    {
        var workload = Job(policy, containers: Container("work", liveness: Exec(period: 5)));
        var r = LifecycleSimulator.Simulate(workload, Behaves(("work", LivenessFails)), until: 200);
        bool replaced = r.Pods.Count > 1;
        var findings = Findings(workload, "PG2002");
        Assert.Equal(replaced, findings.Length == 1);
        if (replaced) Assert.Contains("counted against backoffLimit (default " + KubeletRules.DefaultBackoffLimit + ")", findings[0].Message);
        else Assert.True(r.Final!.Restarts > 0);
    }

    [Fact]
    public void PG2003_ReportedForTheBarePodThatTheSimulationDoesNotRecreate_NotForTheDeploymentItDoes()
    {
        var pod = Pod(null, Container("app"));
        var deployment = Deployment(Container("app"));
        var lost = new Scenario(nodeFailsAfter: 30);
        Assert.Single(LifecycleSimulator.Simulate(pod, lost, until: 60).Pods);
        Assert.Equal(2, LifecycleSimulator.Simulate(deployment, lost, until: 60).Pods.Count);
        Assert.Single(Findings(pod, "PG2003"));
        Assert.Empty(Findings(deployment, "PG2003"));
    }

    [Theory]
    [MemberData(nameof(PoliciesAndContainerCounts))]
    public void PG2004_ReportedExactlyWhenOneDeadContainerLeavesTheSimulatedPodRunning(string? policy, int containers)
    {
        var list = new[] { Container("one"), Container("two") }.Take(containers).ToArray();
        var workload = Pod(policy, list);
        var r = LifecycleSimulator.Simulate(workload, ExitsAfter("one", 10, 1), until: 30);
        var at30 = r.At(30, "demo");
        bool halfWorking = at30.Phase == PodPhase.Running && at30.Containers[0].State == ContainerStateKind.Terminated;
        Assert.Equal(halfWorking, Findings(workload, "PG2004").Length == 1);
        if (halfWorking) Assert.Equal("1/2", at30.Ready);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Always")]
    [InlineData("OnFailure")]
    [InlineData("Never")]
    public void PG2005_ReportedExactlyWhenACleanExitEndsTheSimulatedServerButAFailureWouldNot(string? policy)
    {
        var workload = Pod(policy, Container("web", ports: new[] { 8080 }));
        var clean = LifecycleSimulator.Simulate(workload, ExitsAfter("web", 10, 0), until: 30);
        var crash = LifecycleSimulator.Simulate(workload, ExitsAfter("web", 10, 1), until: 30);
        bool endsOnCleanExitOnly = clean.Final!.Phase == PodPhase.Succeeded && crash.Final!.Restarts > 0;
        var findings = Findings(workload, "PG2005");
        Assert.Equal(endsOnCleanExitOnly, findings.Length == 1);
        if (endsOnCleanExitOnly) Assert.Contains("the Pod ends as Succeeded", findings[0].Message);
    }
}

using ProbeGen.Core.Lifecycle;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>A Pod with restartPolicy Never and a liveness or startup probe: the probe can only kill, never heal.</summary>
    public sealed class NeverWithLivenessProbe : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG2001", "restartPolicy Never with a liveness or startup probe", RuleSeverity.Warning, Categories.Restart);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            // Jobs and CronJobs are PG2002; a Deployment's Pods are recreated by its controller.
            if (workload.Kind != WorkloadKind.Pod) return;
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                // The lifecycle model decides: a kill by this probe, then no restart (a sidecar restarts by its own policy).
                if (!KubeletRules.KillsOnFailure(p.Kind) || KubeletRules.RestartsAfterProbeKill(workload.Pod.RestartPolicy, p.Container.Container.IsSidecar)) continue;
                var phase = KubeletRules.PhaseAfterProbeKill(workload.Pod.RestartPolicy, workload.Pod.Containers.Count);
                sink.Report(Rule, p.Path,
                    p.Path + ": with spec.restartPolicy: " + KubeletRules.EffectivePolicy(workload.Pod.RestartPolicy) + ", when this " + PodWalk.ProbeField(p.Kind) + " fails the kubelet kills container \""
                    + p.Container.Container.Name + "\" and never starts it again"
                    + (phase == PodPhase.Running ? "; it stays dead while the Pod reports Running" : "; the Pod goes to phase " + phase)
                    + ". Use RestartPolicy.OnFailure (or Always) so the kubelet restarts it, or remove the probe.");
            }
        }
    }
}

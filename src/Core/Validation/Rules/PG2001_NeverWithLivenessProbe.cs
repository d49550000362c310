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
            if (workload.Kind != WorkloadKind.Pod || workload.Pod.RestartPolicy != "Never") return;
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                // A sidecar restarts by its own policy (Always); only regular containers follow the pod's.
                if (p.Kind == ProbeKind.Readiness || p.Container.IsInit) continue;
                sink.Report(Rule, p.Path,
                    p.Path + ": with spec.restartPolicy: Never, when this " + PodWalk.ProbeField(p.Kind) + " fails the kubelet kills container \""
                    + p.Container.Container.Name + "\" and never starts it again"
                    + (workload.Pod.Containers.Count == 1 ? "; the Pod goes to phase Failed" : "; it stays dead while the Pod reports Running")
                    + ". Use RestartPolicy.OnFailure (or Always) so the kubelet restarts it, or remove the probe.");
            }
        }
    }
}

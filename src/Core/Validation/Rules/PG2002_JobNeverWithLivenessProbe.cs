using ProbeGen.Core.Lifecycle;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>A Job or CronJob with restartPolicy Never and a liveness probe: every probe failure costs a whole Pod and a retry.</summary>
    public sealed class JobNeverWithLivenessProbe : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG2002", "Job with restartPolicy Never and a liveness or startup probe", RuleSeverity.Warning, Categories.Restart);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind is not (WorkloadKind.Job or WorkloadKind.CronJob)) return;
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                // The lifecycle model decides: a kill by this probe, no restart in place, so the Job controller replaces the Pod.
                if (!KubeletRules.KillsOnFailure(p.Kind) || KubeletRules.RestartsAfterProbeKill(workload.Pod.RestartPolicy, p.Container.Container.IsSidecar)) continue;
                sink.Report(Rule, p.Path,
                    p.Path + ": with restartPolicy: " + KubeletRules.EffectivePolicy(workload.Pod.RestartPolicy) + ", a " + PodWalk.ProbeField(p.Kind) + " failure kills container \"" + p.Container.Container.Name
                    + "\" for good and fails the whole Pod; the Job controller then creates a new Pod (rescheduled, image pulled again, the work started from the beginning), counted against backoffLimit (default " + KubeletRules.DefaultBackoffLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) + "). With RestartPolicy.OnFailure the kubelet restarts the container in place instead (still counted against backoffLimit); or remove the probe.");
            }
        }
    }
}

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
            if (workload.Kind is not (WorkloadKind.Job or WorkloadKind.CronJob) || workload.Pod.RestartPolicy != "Never") return;
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                if (p.Kind == ProbeKind.Readiness || p.Container.IsInit) continue;
                sink.Report(Rule, p.Path,
                    p.Path + ": with restartPolicy: Never, a " + PodWalk.ProbeField(p.Kind) + " failure kills container \"" + p.Container.Container.Name
                    + "\" for good and fails the whole Pod; the Job controller then creates a new Pod (rescheduled, image pulled again, the work started from the beginning), counted against backoffLimit (default 6). With RestartPolicy.OnFailure the kubelet restarts the container in place instead (still counted against backoffLimit); or remove the probe.");
            }
        }
    }
}

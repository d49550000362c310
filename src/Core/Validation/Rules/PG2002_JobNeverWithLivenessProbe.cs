using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>A Job or CronJob with restartPolicy Never and a liveness probe: every probe failure costs a whole Pod and a retry.</summary>
    public sealed class JobNeverWithLivenessProbe : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG2002", "Job with restartPolicy Never and a liveness probe", RuleSeverity.Warning, Categories.Restart);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind is not (WorkloadKind.Job or WorkloadKind.CronJob) || workload.Pod.RestartPolicy != "Never") return;
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                if (p.Kind != ProbeKind.Liveness || p.Container.IsInit) continue;
                sink.Report(Rule, p.Path,
                    p.Path + ": with restartPolicy: Never, a liveness failure kills container \"" + p.Container.Container.Name
                    + "\" for good and fails the whole Pod; the Job controller then creates a new Pod, counted against backoffLimit (default 6), and the work restarts from the beginning. Use RestartPolicy.OnFailure to restart the container in place, or remove the probe.");
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateJobSpec: a Job's restartPolicy other than Always/empty (PG1420) must be OnFailure or Never. CronJobs too (rules.md PG1439).</summary>
    public sealed class JobRestartPolicySupported : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1421", "A Job's restartPolicy is a supported value", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.Job && workload.Kind != WorkloadKind.CronJob) return;
            string? policy = workload.Pod.RestartPolicy;
            if (string.IsNullOrEmpty(policy) || policy == "Always" || policy == "OnFailure" || policy == "Never") return;
            sink.NotSupported(Rule, workload.Kind.PodSpecPath() + ".restartPolicy", policy, "OnFailure", "Never");
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validateJobSpec: a Job's (and a CronJob's job template's, rules.md PG1439) pods may not restart Always — and
    /// an unset policy is defaulted to Always, so it is required. The API server says Required even for Always.
    /// </summary>
    public sealed class JobRestartPolicyRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1420", "A Job needs restartPolicy OnFailure or Never (unset and Always are rejected)", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.Job && workload.Kind != WorkloadKind.CronJob) return;
            string? policy = workload.Pod.RestartPolicy;
            if (string.IsNullOrEmpty(policy) || policy == "Always")
            {
                sink.Required(Rule, workload.Kind.PodSpecPath() + ".restartPolicy", "valid values: \"OnFailure\", \"Never\"");
            }
        }
    }
}

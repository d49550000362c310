using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateConcurrencyPolicy: Allow, Forbid or Replace (empty is defaulted to Allow).</summary>
    public sealed class CronJobConcurrencyPolicy : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1437", "concurrencyPolicy is Allow, Forbid or Replace", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.CronJob || workload.CronJob?.ConcurrencyPolicy is not string policy) return;
            if (policy.Length == 0 || policy == "Allow" || policy == "Forbid" || policy == "Replace") return;
            sink.NotSupported(Rule, "spec.concurrencyPolicy", policy, "Allow", "Forbid", "Replace");
        }
    }
}

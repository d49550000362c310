using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateCronJobSpec: a CronJob has a schedule.</summary>
    public sealed class CronJobScheduleRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1430", "A CronJob needs a schedule", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind == WorkloadKind.CronJob && string.IsNullOrEmpty(workload.CronJob?.Schedule)) sink.Required(Rule, "spec.schedule");
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateScheduleFormat: the schedule parses with robfig/cron's ParseStandard; the message is the parser's.</summary>
    public sealed class CronJobScheduleFormat : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1431", "A CronJob schedule is a standard 5-field cron expression or descriptor", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.CronJob || workload.CronJob is not { } cron || string.IsNullOrEmpty(cron.Schedule)) return;
            if (CronSchedule.Validate(cron.Schedule) is string error) sink.Invalid(Rule, "spec.schedule", cron.Schedule, error);
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateScheduleFormat (on create): no TZ or CRON_TZ in the schedule; the timeZone field is the way.</summary>
    public sealed class CronJobScheduleNoTimeZone : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1432", "A CronJob schedule has no TZ; use TimeZone", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.CronJob || workload.CronJob is not { } cron || string.IsNullOrEmpty(cron.Schedule)) return;
            if (cron.Schedule.Contains("TZ"))
            {
                sink.Invalid(Rule, "spec.schedule", cron.Schedule, "cannot use TZ or CRON_TZ in schedule, use timeZone field instead");
            }
        }
    }
}

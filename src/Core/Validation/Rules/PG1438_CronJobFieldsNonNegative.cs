using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateCronJobSpec: startingDeadlineSeconds, successfulJobsHistoryLimit and failedJobsHistoryLimit are ≥ 0.</summary>
    public sealed class CronJobFieldsNonNegative : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1438", "CronJob deadlines and history limits are not negative", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.CronJob || workload.CronJob is not { } c) return;
            Field(c.StartingDeadlineSeconds, "spec.startingDeadlineSeconds");
            Field(c.SuccessfulJobsHistoryLimit, "spec.successfulJobsHistoryLimit");
            Field(c.FailedJobsHistoryLimit, "spec.failedJobsHistoryLimit");

            void Field(long? value, string path)
            {
                if (value is long v && v < 0) sink.Invalid(Rule, path, v, K8sFormats.NonNegativeError);
            }
        }
    }
}

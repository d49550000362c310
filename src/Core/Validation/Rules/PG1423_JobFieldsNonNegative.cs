using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validateJobSpec: parallelism, completions, activeDeadlineSeconds, backoffLimit and ttlSecondsAfterFinished are ≥ 0
    /// (0 is allowed, also for the Job's activeDeadlineSeconds). Under <c>spec.jobTemplate.spec</c> for a CronJob (rules.md PG1439).
    /// </summary>
    public sealed class JobFieldsNonNegative : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1423", "Job counts and durations are not negative", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if ((workload.Kind != WorkloadKind.Job && workload.Kind != WorkloadKind.CronJob) || workload.Job is not { } j) return;
            string spec = workload.Kind == WorkloadKind.CronJob ? "spec.jobTemplate.spec." : "spec.";
            Field(j.Parallelism, "parallelism");
            Field(j.Completions, "completions");
            Field(j.ActiveDeadlineSeconds, "activeDeadlineSeconds");
            Field(j.BackoffLimit, "backoffLimit");
            Field(j.TtlSecondsAfterFinished, "ttlSecondsAfterFinished");

            void Field(long? value, string name)
            {
                if (value is long v && v < 0) sink.Invalid(Rule, spec + name, v, K8sFormats.NonNegativeError);
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateCronJobCreate: a CronJob name is at most 52 characters (the controller appends an 11-character suffix for its Jobs).</summary>
    public sealed class CronJobNameLength : IWorkloadRule
    {
        public const int MaxLength = 63 - 11;

        public static readonly RuleDescriptor Rule = new("PG1012", "A CronJob name is at most 52 characters", RuleSeverity.Error, Categories.Metadata);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind == WorkloadKind.CronJob && K8sFormats.ByteLength(workload.Name) > MaxLength)
            {
                sink.Invalid(Rule, "metadata.name", workload.Name, "must be no more than 52 characters");
            }
        }
    }
}

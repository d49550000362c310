using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>batch validateJobSpec: maxFailedIndexes counts indexes that exhausted backoffLimitPerIndex, so it needs one.</summary>
    public sealed class MaxFailedIndexesNeedsBackoffPerIndex : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1480", "maxFailedIndexes comes with backoffLimitPerIndex", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (JobSpecView.Of(workload) is { } j && j.MaxFailedIndexes is not null && j.BackoffLimitPerIndex is null)
            {
                sink.Required(Rule, j.PathOf("backoffLimitPerIndex"), "when maxFailedIndexes is specified");
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// batch validateJobSpec: in an Indexed Job, maxFailedIndexes is at most completions and at most 100000; and when
    /// completions is above 100000 with backoffLimitPerIndex, maxFailedIndexes is required and at most 10000.
    /// </summary>
    public sealed class MaxFailedIndexesBound : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1481", "maxFailedIndexes is at most completions and 100000", RuleSeverity.Error, Categories.Workloads);

        public const long MaxMaxFailedIndexes = 100_000;

        /// <summary>completionsSoftLimit: above it, backoffLimitPerIndex needs a bounded maxFailedIndexes.</summary>
        public const long CompletionsSoftLimit = 100_000;

        /// <summary>maxFailedIndexesLimitForHighCompletions.</summary>
        public const long MaxFailedIndexesForHighCompletions = 10_000;

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (JobSpecView.Of(workload) is not { Indexed: true } j) return;
            string path = j.PathOf("maxFailedIndexes");
            if (j.MaxFailedIndexes is long m)
            {
                if (j.Completions is int c && m > c) sink.Invalid(Rule, path, m, "must be less than or equal to completions");
                if (m > MaxMaxFailedIndexes) sink.Invalid(Rule, path, m, "must be less than or equal to 100000");
            }
            if (j.Completions is int high && high > CompletionsSoftLimit && j.BackoffLimitPerIndex is not null)
            {
                if (j.MaxFailedIndexes is not long limited) sink.Required(Rule, path, "must be specified when completions is above 100000");
                else if (limited > MaxFailedIndexesForHighCompletions)
                    sink.Invalid(Rule, path, limited, "must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index");
            }
        }
    }
}

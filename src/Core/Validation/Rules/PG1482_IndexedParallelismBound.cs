using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// batch validateJobSpec: an Indexed Job's parallelism is at most 100000 (maxParallelismForIndexedJob), and at most
    /// 10000 when completions is above 100000 with backoffLimitPerIndex (parallelismLimitForHighCompletions).
    /// </summary>
    public sealed class IndexedParallelismBound : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1482", "An Indexed Job's parallelism is at most 100000", RuleSeverity.Error, Categories.Workloads);

        public const int MaxParallelism = 100_000;

        public const int MaxParallelismForHighCompletions = 10_000;

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (JobSpecView.Of(workload) is not { Indexed: true, Parallelism: int p } j) return;
            string path = j.PathOf("parallelism");
            if (p > MaxParallelism) sink.Invalid(Rule, path, p, "must be less than or equal to 100000 when completion mode is Indexed");
            if (j.Completions is int c && c > MaxFailedIndexesBound.CompletionsSoftLimit && j.BackoffLimitPerIndex is not null && p > MaxParallelismForHighCompletions)
            {
                sink.Invalid(Rule, path, p, "must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index");
            }
        }
    }
}

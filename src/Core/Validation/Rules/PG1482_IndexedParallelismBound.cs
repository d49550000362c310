using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>batch validateJobSpec: an Indexed Job's parallelism is at most 100000 (maxParallelismForIndexedJob).</summary>
    public sealed class IndexedParallelismBound : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1482", "An Indexed Job's parallelism is at most 100000", RuleSeverity.Error, Categories.Workloads);

        public const int MaxParallelism = 100_000;

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (JobSpecView.Of(workload) is { Indexed: true, Parallelism: int p } j && p > MaxParallelism)
            {
                sink.Invalid(Rule, j.PathOf("parallelism"), p, "must be less than or equal to 100000 when completion mode is Indexed");
            }
        }
    }
}

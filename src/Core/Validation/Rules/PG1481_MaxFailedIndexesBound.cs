using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>batch validateJobSpec: in an Indexed Job, maxFailedIndexes is at most completions and at most 100000.</summary>
    public sealed class MaxFailedIndexesBound : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1481", "maxFailedIndexes is at most completions and 100000", RuleSeverity.Error, Categories.Workloads);

        public const long MaxMaxFailedIndexes = 100_000;

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (JobSpecView.Of(workload) is not { Indexed: true } j || j.MaxFailedIndexes is not long m) return;
            string path = j.PathOf("maxFailedIndexes");
            if (j.Completions is int c && m > c) sink.Invalid(Rule, path, m, "must be less than or equal to completions");
            if (m > MaxMaxFailedIndexes) sink.Invalid(Rule, path, m, "must be less than or equal to 100000");
        }
    }
}

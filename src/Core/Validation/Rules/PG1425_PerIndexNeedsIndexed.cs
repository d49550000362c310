using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>batch validateJobSpec: backoffLimitPerIndex and maxFailedIndexes need completionMode Indexed.</summary>
    public sealed class PerIndexNeedsIndexed : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1425", "backoffLimitPerIndex and maxFailedIndexes need an Indexed Job", RuleSeverity.Error, Categories.Workloads);

        public const string Error = "requires indexed completion mode";

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (JobSpecView.Of(workload) is not { } j) return;
            // A missing completionMode is defaulted to NonIndexed; an unsupported one is PG1429's.
            if (j.CompletionMode is not (null or "NonIndexed")) return;
            if (j.BackoffLimitPerIndex is long b) sink.Invalid(Rule, j.PathOf("backoffLimitPerIndex"), b, Error);
            if (j.MaxFailedIndexes is long m) sink.Invalid(Rule, j.PathOf("maxFailedIndexes"), m, Error);
        }
    }
}

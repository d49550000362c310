using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidatePreferredSchedulingTerms and validateWeightedPodAffinityTerms: a preferred term's weight is 1–100.</summary>
    public sealed class AffinityWeightRange : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1813", "A preferred affinity term's weight is 1–100", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => RuleError.ReportMine(AffinityChecks.Errors(workload), Rule, sink);
    }
}

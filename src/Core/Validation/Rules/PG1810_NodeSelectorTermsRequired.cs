using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateNodeSelector: requiredDuringSchedulingIgnoredDuringExecution has nodeSelectorTerms (an empty list matches no node).</summary>
    public sealed class NodeSelectorTermsRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1810", "A required node affinity has at least one node selector term", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => RuleError.ReportMine(AffinityChecks.Errors(workload), Rule, sink);
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateNodeSelectorRequirement and ValidateNodeFieldSelectorRequirement: keys are qualified names, values of required terms are label values; matchFields is metadata.name with In/NotIn and one DNS-subdomain value.</summary>
    public sealed class NodeSelectorKeysAndValues : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1812", "Node selector keys are qualified names, values labels, fields metadata.name", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => RuleError.ReportMine(AffinityChecks.Errors(workload), Rule, sink);
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateNodeSelectorRequirement: In/NotIn need values, Exists/DoesNotExist take none, Gt/Lt take exactly one; no other operator.</summary>
    public sealed class NodeSelectorRequirementOperator : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1811", "A node selector requirement's operator fits its values", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => RuleError.ReportMine(AffinityChecks.Errors(workload), Rule, sink);
    }
}

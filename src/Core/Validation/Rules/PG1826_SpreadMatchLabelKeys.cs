using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateMatchLabelKeysInTopologySpread: matchLabelKeys need a labelSelector, are qualified names, and are not keys of the selector.</summary>
    public sealed class SpreadMatchLabelKeys : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1826", "A topology spread constraint's matchLabelKeys need a labelSelector", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => RuleError.ReportMine(TopologySpreadChecks.Errors(workload), Rule, sink);
    }
}

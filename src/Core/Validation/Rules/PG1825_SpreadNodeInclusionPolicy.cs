using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateNodeInclusionPolicy: nodeAffinityPolicy and nodeTaintsPolicy are Honor or Ignore.</summary>
    public sealed class SpreadNodeInclusionPolicy : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1825", "nodeAffinityPolicy and nodeTaintsPolicy are Honor or Ignore", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => RuleError.ReportMine(TopologySpreadChecks.Errors(workload), Rule, sink);
    }
}

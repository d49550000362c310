using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateMinDomains: a set minDomains is greater than zero and whenUnsatisfiable is DoNotSchedule.</summary>
    public sealed class SpreadMinDomains : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1824", "minDomains is greater than 0 and used with DoNotSchedule", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => RuleError.ReportMine(TopologySpreadChecks.Errors(workload), Rule, sink);
    }
}

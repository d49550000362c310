using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateMaxSkew: maxSkew is greater than zero.</summary>
    public sealed class SpreadMaxSkew : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1820", "A topology spread constraint's maxSkew is greater than 0", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => RuleError.ReportMine(TopologySpreadChecks.Errors(workload), Rule, sink);
    }
}

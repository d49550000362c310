using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateSpreadConstraintNotRepeat: a later constraint with the same topologyKey and whenUnsatisfiable is a duplicate, reported on the first.</summary>
    public sealed class SpreadConstraintNotRepeated : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1823", "No two topology spread constraints share topologyKey and whenUnsatisfiable", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => RuleError.ReportMine(TopologySpreadChecks.Errors(workload), Rule, sink);
    }
}

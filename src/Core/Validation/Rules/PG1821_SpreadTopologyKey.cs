using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateTopologyKey: topologyKey is not empty.</summary>
    public sealed class SpreadTopologyKey : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1821", "A topology spread constraint has a topologyKey", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => RuleError.ReportMine(TopologySpreadChecks.Errors(workload), Rule, sink);
    }
}

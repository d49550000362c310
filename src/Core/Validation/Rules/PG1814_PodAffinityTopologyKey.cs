using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validatePodAffinityTerm: topologyKey is set and a qualified name (the empty key gets Required and the name errors).</summary>
    public sealed class PodAffinityTopologyKey : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1814", "A pod affinity term has a qualified-name topologyKey", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => RuleError.ReportMine(AffinityChecks.Errors(workload), Rule, sink);
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validatePodAffinityTerm: each entry of namespaces is a DNS-1123 label, reported as 'namespace' (sic).</summary>
    public sealed class PodAffinityNamespaces : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1815", "Pod affinity namespaces are DNS-1123 labels", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => RuleError.ReportMine(AffinityChecks.Errors(workload), Rule, sink);
    }
}

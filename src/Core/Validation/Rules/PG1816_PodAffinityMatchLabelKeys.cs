using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateMatchLabelKeysAndMismatchLabelKeys: the keys need a labelSelector, are qualified names, and no key is in both lists.</summary>
    public sealed class PodAffinityMatchLabelKeys : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1816", "Pod affinity matchLabelKeys and mismatchLabelKeys need a labelSelector", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => RuleError.ReportMine(AffinityChecks.Errors(workload), Rule, sink);
    }
}

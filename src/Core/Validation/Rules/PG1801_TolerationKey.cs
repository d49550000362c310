using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateTolerations → ValidateLabelName: a non-empty toleration key is a qualified name.</summary>
    public sealed class TolerationKey : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1801", "A toleration key is a qualified name", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => TolerationChecks.Report(workload, sink, Rule, e => e.Field == "key");
    }
}

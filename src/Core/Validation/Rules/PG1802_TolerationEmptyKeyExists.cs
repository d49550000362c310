using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateTolerations: an empty key matches every taint only with operator Exists (an empty operator means Equal).</summary>
    public sealed class TolerationEmptyKeyExists : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1802", "A toleration without a key has operator Exists", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => TolerationChecks.Report(workload, sink, Rule, e => e.Detail == K8sTolerations.EmptyKeyNeedsExistsError);
    }
}

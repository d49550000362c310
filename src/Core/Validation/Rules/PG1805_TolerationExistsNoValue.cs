using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateTolerations: operator Exists matches any value, so a value is rejected.</summary>
    public sealed class TolerationExistsNoValue : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1805", "A toleration with operator Exists has no value", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => TolerationChecks.Report(workload, sink, Rule, e => e.Detail == K8sTolerations.ExistsTakesNoValueError);
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateTolerations: with operator Equal (or empty) the value is a label value; the errors are reported on operator, joined with ';'.</summary>
    public sealed class TolerationValueLabel : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1804", "A toleration value is a label value", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => TolerationChecks.Report(workload, sink, Rule, e => TolerationChecks.IsValueError(e));
    }
}

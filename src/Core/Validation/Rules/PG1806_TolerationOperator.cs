using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateTolerations: the operator is Equal, Exists or empty (Equal).</summary>
    public sealed class TolerationOperator : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1806", "A toleration operator is Equal or Exists", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => TolerationChecks.Report(workload, sink, Rule, e => e.Field == "operator" && e.Type == K8sErrorType.NotSupported);
    }
}

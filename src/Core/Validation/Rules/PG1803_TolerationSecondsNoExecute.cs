using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateTolerations: tolerationSeconds applies only to NoExecute (eviction); with any other effect, or none, it is rejected.</summary>
    public sealed class TolerationSecondsNoExecute : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1803", "tolerationSeconds comes with effect NoExecute", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => TolerationChecks.Report(workload, sink, Rule, e => e.Detail == K8sTolerations.SecondsNeedNoExecuteError);
    }
}

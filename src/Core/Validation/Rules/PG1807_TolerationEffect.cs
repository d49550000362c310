using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateTaintEffect: a non-empty effect is NoSchedule, PreferNoSchedule or NoExecute (empty matches all effects).</summary>
    public sealed class TolerationEffect : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1807", "A toleration effect is NoSchedule, PreferNoSchedule or NoExecute", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => TolerationChecks.Report(workload, sink, Rule, e => e.Field == "effect" && e.Type == K8sErrorType.NotSupported);
    }
}

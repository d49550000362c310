using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>apps ValidateRollingUpdateDaemonSet → ValidatePositiveIntOrPercent: a DaemonSet's maxUnavailable and maxSurge are a percentage ("[0-9]+%") or a number ≥ 0.</summary>
    public sealed class DaemonSetRollingUpdateIntOrPercent : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1471", "A DaemonSet's maxUnavailable and maxSurge are a non-negative number or a percentage", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (DaemonSetStrategyView.Of(workload) is not { IsRollingUpdate: true } s) return;
            RollingUpdateChecks.PositiveIntOrPercent(Rule, s.RollingUpdatePath + ".maxUnavailable", s.MaxUnavailable, sink);
            RollingUpdateChecks.PositiveIntOrPercent(Rule, s.RollingUpdatePath + ".maxSurge", s.MaxSurge, sink);
        }
    }
}

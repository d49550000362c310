using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateRollingUpdateDeployment → ValidatePositiveIntOrPercent: maxUnavailable and maxSurge are a percentage ("[0-9]+%") or a number ≥ 0.</summary>
    public sealed class RollingUpdateIntOrPercent : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1450", "maxSurge and maxUnavailable are a non-negative number or a percentage", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (DeploymentStrategyView.Of(workload) is not { Type: "RollingUpdate" } s) return;
            RollingUpdateChecks.PositiveIntOrPercent(Rule, s.RollingUpdatePath + ".maxUnavailable", s.MaxUnavailable, sink);
            RollingUpdateChecks.PositiveIntOrPercent(Rule, s.RollingUpdatePath + ".maxSurge", s.MaxSurge, sink);
        }
    }
}

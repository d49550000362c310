using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateRollingUpdateDeployment → IsNotMoreThan100Percent: maxUnavailable is not a percentage over 100 (maxSurge has no upper bound).</summary>
    public sealed class MaxUnavailableAtMost100Percent : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1452", "maxUnavailable is at most 100%", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (DeploymentStrategyView.Of(workload) is not { Type: "RollingUpdate" } s) return;
            RollingUpdateChecks.NotMoreThan100Percent(Rule, s.RollingUpdatePath + ".maxUnavailable", s.MaxUnavailable, sink);
        }
    }
}

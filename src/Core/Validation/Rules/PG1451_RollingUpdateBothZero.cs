using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateRollingUpdateDeployment: maxUnavailable and maxSurge (after the 25% defaults) are not both 0 — a rollout could never progress.</summary>
    public sealed class RollingUpdateBothZero : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1451", "maxUnavailable and maxSurge are not both 0", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (DeploymentStrategyView.Of(workload) is not { Type: "RollingUpdate" } s) return;
            if (K8sIntOrPercent.GetIntOrPercentValue(s.MaxUnavailable) == 0 && K8sIntOrPercent.GetIntOrPercentValue(s.MaxSurge) == 0)
            {
                sink.Invalid(Rule, s.RollingUpdatePath + ".maxUnavailable", GoValue.IntOrString(s.MaxUnavailable), K8sIntOrPercent.DeploymentBothZeroError);
            }
        }
    }
}

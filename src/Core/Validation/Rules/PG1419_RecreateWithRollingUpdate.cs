using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateDeploymentStrategy: a Recreate strategy has no rollingUpdate.</summary>
    public sealed class RecreateWithRollingUpdate : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1419", "A Recreate strategy has no rollingUpdate", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (DeploymentStrategyView.Of(workload) is { Type: "Recreate", HasRollingUpdate: true } s)
            {
                sink.Forbidden(Rule, s.RollingUpdatePath, "may not be specified when strategy `type` is 'Recreate'");
            }
        }
    }
}

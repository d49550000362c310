using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateDeploymentSpec: replicas ≥ 0 (unset is defaulted to 1).</summary>
    public sealed class DeploymentReplicasNonNegative : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1410", "Deployment replicas is not negative", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind == WorkloadKind.Deployment && workload.Deployment?.Replicas is int r && r < 0)
            {
                sink.Invalid(Rule, "spec.replicas", r, K8sFormats.NonNegativeError);
            }
        }
    }
}

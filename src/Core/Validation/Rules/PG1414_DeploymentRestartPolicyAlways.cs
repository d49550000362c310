using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// ValidatePodTemplateSpecForReplicaSet, ValidateStatefulSetSpec, ValidateDaemonSetSpec: the pods of an apps controller
    /// (Deployment, StatefulSet, DaemonSet) restart Always (empty is defaulted to Always).
    /// </summary>
    public sealed class DeploymentRestartPolicyAlways : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1414", "A Deployment's, StatefulSet's or DaemonSet's restartPolicy is Always", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (!workload.Kind.IsAppsController()) return;
            string? policy = workload.Pod.RestartPolicy;
            if (string.IsNullOrEmpty(policy) || policy == "Always") return;
            sink.NotSupported(Rule, "spec.template.spec.restartPolicy", policy, "Always");
        }
    }
}

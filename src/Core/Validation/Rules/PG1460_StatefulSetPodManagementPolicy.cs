using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>apps ValidateStatefulSetSpec: podManagementPolicy is OrderedReady or Parallel ("" is defaulted to OrderedReady).</summary>
    public sealed class StatefulSetPodManagementPolicy : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1460", "A StatefulSet's podManagementPolicy is OrderedReady or Parallel", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.StatefulSet || workload.StatefulSet?.PodManagementPolicy is not string policy) return;
            if (policy.Length == 0 || policy == "OrderedReady" || policy == "Parallel") return;
            sink.Invalid(Rule, "spec.podManagementPolicy", policy, "must be 'OrderedReady' or 'Parallel'");
        }
    }
}

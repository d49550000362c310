using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validatePodSpecSecurityContext and ValidateSecurityContext → IsValidGroupID: runAsGroup (pod and container) is 0–4294967295.</summary>
    public sealed class RunAsGroupRange : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1702", "runAsGroup is between 0 and 4294967295", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            Field(SettingsView.PodSpec(workload).At("securityContext"));
            foreach (var c in LongTail.Containers(workload)) Field(c.At("securityContext"));

            void Field(SettingsView sc)
            {
                if (sc.Integer("runAsGroup") is long gid && !K8sIds.IsValidGroupId(gid)) sink.Invalid(Rule, sc.PathOf("runAsGroup"), gid, K8sIds.RangeError);
            }
        }
    }
}

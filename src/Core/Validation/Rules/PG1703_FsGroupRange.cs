using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validatePodSpecSecurityContext → IsValidGroupID: the pod's fsGroup is 0–4294967295.</summary>
    public sealed class FsGroupRange : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1703", "fsGroup is between 0 and 4294967295", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var sc = SettingsView.PodSpec(workload).At("securityContext");
            if (sc.Integer("fsGroup") is long gid && !K8sIds.IsValidGroupId(gid)) sink.Invalid(Rule, sc.PathOf("fsGroup"), gid, K8sIds.RangeError);
        }
    }
}

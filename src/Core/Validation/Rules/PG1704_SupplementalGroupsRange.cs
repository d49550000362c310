using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validatePodSpecSecurityContext → IsValidGroupID: each of the pod's supplementalGroups is 0–4294967295.</summary>
    public sealed class SupplementalGroupsRange : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1704", "supplementalGroups are between 0 and 4294967295", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var sc = SettingsView.PodSpec(workload).At("securityContext");
            foreach (var item in sc.Items("supplementalGroups"))
            {
                if (item.Integer() is long gid && !K8sIds.IsValidGroupId(gid)) sink.Invalid(Rule, item.Path, gid, K8sIds.RangeError);
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validatePodSpecSecurityContext and ValidateSecurityContext → IsValidUserID: runAsUser (pod and container) is 0–4294967295.</summary>
    public sealed class RunAsUserRange : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1701", "runAsUser is between 0 and 4294967295", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            Field(SettingsView.PodSpec(workload).At("securityContext"));
            foreach (var c in LongTail.Containers(workload)) Field(c.At("securityContext"));

            void Field(SettingsView sc)
            {
                if (sc.Integer("runAsUser") is long uid && !K8sIds.IsValidUserId(uid)) sink.Invalid(Rule, sc.PathOf("runAsUser"), uid, K8sIds.RangeError);
            }
        }
    }
}

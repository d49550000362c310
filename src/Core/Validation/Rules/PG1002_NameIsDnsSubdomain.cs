using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// ValidateObjectMetaAccessor with NameIsDNSSubdomain: Pod, Deployment, Job, CronJob and DaemonSet names are DNS-1123 subdomains
    /// (one finding per failed check). Also covers rules.md's PG1014 (Deployment) and PG1015 (Job, CronJob): the same
    /// check for the other kinds, so one ID.
    /// </summary>
    public sealed class NameIsDnsSubdomain : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1002", "A workload name is a lowercase DNS-1123 subdomain", RuleSeverity.Error, Categories.Metadata);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (string.IsNullOrEmpty(workload.Name)) return; // PG1001
            if (workload.Kind == WorkloadKind.StatefulSet) return; // its name is a label instead (ValidateStatefulSetName): PG1017
            foreach (var error in K8sFormats.Dns1123Subdomain(workload.Name)) sink.Invalid(Rule, "metadata.name", workload.Name, error);
        }
    }
}

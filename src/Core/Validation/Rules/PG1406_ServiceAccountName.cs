using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidatePodSpec → ValidateServiceAccountName (NameIsDNSSubdomain): a set serviceAccountName is a DNS-1123 subdomain, one finding per failed check.</summary>
    public sealed class ServiceAccountName : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1406", "A service account name is a lowercase DNS-1123 subdomain", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            string? name = workload.Pod.ServiceAccountName;
            if (string.IsNullOrEmpty(name)) return; // the API server validates it only when set
            string path = workload.Kind.PodSpecPath() + ".serviceAccountName";
            foreach (var error in K8sFormats.Dns1123Subdomain(name!)) sink.Invalid(Rule, path, name, error);
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidatePodSpec → ValidatePriorityClassName (NameIsDNSSubdomain): a set priorityClassName is a DNS-1123 subdomain.</summary>
    public sealed class PriorityClassName : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1443", "A priorityClassName is a lowercase DNS-1123 subdomain", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var pod = SettingsView.PodSpec(workload);
            if (pod.Text("priorityClassName") is not { Length: > 0 } name) return;
            foreach (var error in K8sFormats.Dns1123Subdomain(name)) sink.Invalid(Rule, pod.PathOf("priorityClassName"), name, error);
        }
    }
}

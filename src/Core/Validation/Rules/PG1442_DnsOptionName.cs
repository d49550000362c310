using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validatePodDNSConfig: every dnsConfig option has a name.</summary>
    public sealed class DnsOptionName : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1442", "A dnsConfig option has a name", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var option in SettingsView.PodSpec(workload).At("dnsConfig").Items("options"))
            {
                if (string.IsNullOrEmpty(option.Text("name"))) sink.Required(Rule, option.Path, "must not be empty");
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validatePodDNSConfig: dnsPolicy None needs a dnsConfig (the pod would have no DNS at all).</summary>
    public sealed class DnsConfigRequiredForNone : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1409", "dnsPolicy None comes with a dnsConfig", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var pod = SettingsView.PodSpec(workload);
            if (pod.Text("dnsPolicy") == "None" && !pod.Any("dnsConfig"))
            {
                sink.Required(Rule, pod.PathOf("dnsConfig"), "must provide `dnsConfig` when `dnsPolicy` is None");
            }
        }
    }
}

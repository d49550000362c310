using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateDNSPolicy: dnsPolicy is ClusterFirstWithHostNet, ClusterFirst, Default or None ("" is defaulted to ClusterFirst first).</summary>
    public sealed class DnsPolicySupported : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1408", "dnsPolicy is ClusterFirstWithHostNet, ClusterFirst, Default or None", RuleSeverity.Error, Categories.Workloads);

        public static readonly string[] Supported = { "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None" };

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var pod = SettingsView.PodSpec(workload);
            if (pod.Text("dnsPolicy") is { Length: > 0 } policy && System.Array.IndexOf(Supported, policy) < 0)
            {
                sink.NotSupported(Rule, pod.PathOf("dnsPolicy"), policy, Supported);
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateContainerPorts: a hostPort other than 0 (unset) is 1–65535.</summary>
    public sealed class HostPortRange : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1203", "hostPort is 1–65535", RuleSeverity.Error, Categories.Ports);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                var ports = c.Container.Ports;
                for (int i = 0; i < ports.Count; i++)
                {
                    if (ports[i].HostPort is int host && host != 0 && !K8sFormats.IsValidPortNumber(host))
                    {
                        sink.Invalid(Rule, PodWalk.Index(c.Path + ".ports", i) + ".hostPort", host, K8sFormats.PortRangeError);
                    }
                }
            }
        }
    }
}

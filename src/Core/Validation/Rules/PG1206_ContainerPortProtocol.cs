using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateContainerPorts: protocol is SCTP, TCP or UDP (empty is defaulted to TCP before validation).</summary>
    public sealed class ContainerPortProtocol : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1206", "A port protocol is TCP, UDP or SCTP", RuleSeverity.Error, Categories.Ports);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                var ports = c.Container.Ports;
                for (int i = 0; i < ports.Count; i++)
                {
                    string? protocol = ports[i].Protocol;
                    if (string.IsNullOrEmpty(protocol) || protocol == "TCP" || protocol == "UDP" || protocol == "SCTP") continue;
                    sink.NotSupported(Rule, PodWalk.Index(c.Path + ".ports", i) + ".protocol", protocol, "SCTP", "TCP", "UDP");
                }
            }
        }
    }
}

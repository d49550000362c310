using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateContainerPorts → IsValidPortNum: a set containerPort is 1–65535.</summary>
    public sealed class ContainerPortRange : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1202", "containerPort is 1–65535", RuleSeverity.Error, Categories.Ports);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                var ports = c.Container.Ports;
                for (int i = 0; i < ports.Count; i++)
                {
                    int port = ports[i].ContainerPort;
                    if (port != 0 && !K8sFormats.IsValidPortNumber(port))
                    {
                        sink.Invalid(Rule, PodWalk.Index(c.Path + ".ports", i) + ".containerPort", port, K8sFormats.PortRangeError);
                    }
                }
            }
        }
    }
}

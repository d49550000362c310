using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateContainerPorts → IsValidPortName: a port name is an IANA service name (one finding per failed check).</summary>
    public sealed class ContainerPortName : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1204", "A port name is an IANA service name", RuleSeverity.Error, Categories.Ports);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                var ports = c.Container.Ports;
                for (int i = 0; i < ports.Count; i++)
                {
                    string? name = ports[i].Name;
                    if (string.IsNullOrEmpty(name)) continue;
                    foreach (var error in K8sFormats.PortName(name!)) sink.Invalid(Rule, PodWalk.Index(c.Path + ".ports", i) + ".name", name, error);
                }
            }
        }
    }
}

using System.Collections.Generic;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateContainerPorts: valid port names are unique within one container (not across containers).</summary>
    public sealed class ContainerPortNameUnique : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1205", "Port names are unique within a container", RuleSeverity.Error, Categories.Ports);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                var seen = new HashSet<string>(System.StringComparer.Ordinal);
                var ports = c.Container.Ports;
                for (int i = 0; i < ports.Count; i++)
                {
                    string? name = ports[i].Name;
                    // An invalid name is PG1204's and is not counted, as on the API server.
                    if (string.IsNullOrEmpty(name) || K8sFormats.PortName(name!).Count > 0) continue;
                    if (!seen.Add(name!)) sink.Duplicate(Rule, PodWalk.Index(c.Path + ".ports", i) + ".name", name);
                }
            }
        }
    }
}

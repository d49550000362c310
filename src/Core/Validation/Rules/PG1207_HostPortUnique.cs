using System.Collections.Generic;
using System.Globalization;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// checkHostPortConflicts / AccumulateUniqueHostPorts: a <c>protocol/hostIP/hostPort</c> is used once across the
    /// regular containers (init containers are checked one by one). ProbeGen has no hostIP, so it is empty.
    /// </summary>
    public sealed class HostPortUnique : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1207", "A host port is used once", RuleSeverity.Error, Categories.Ports);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var regular = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var c in PodWalk.Containers(workload))
            {
                var seen = c.IsInit ? new HashSet<string>(System.StringComparer.Ordinal) : regular;
                var ports = c.Container.Ports;
                for (int i = 0; i < ports.Count; i++)
                {
                    if (ports[i].HostPort is not int host || host == 0) continue;
                    string protocol = string.IsNullOrEmpty(ports[i].Protocol) ? "TCP" : ports[i].Protocol!;
                    string key = protocol + "//" + host.ToString(CultureInfo.InvariantCulture);
                    if (!seen.Add(key)) sink.Duplicate(Rule, PodWalk.Index(c.Path + ".ports", i) + ".hostPort", key);
                }
            }
        }
    }
}

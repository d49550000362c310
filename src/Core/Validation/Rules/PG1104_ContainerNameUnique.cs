using System.Collections.Generic;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateContainers: regular container names are unique; the later one is reported.</summary>
    public sealed class ContainerNameUnique : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1104", "Container names are unique", RuleSeverity.Error, Categories.Containers);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var c in PodWalk.Containers(workload))
            {
                if (c.IsInit) continue;
                string name = c.Container.Name ?? "";
                if (!seen.Add(name)) sink.Duplicate(Rule, c.Path + ".name", name);
            }
        }
    }
}

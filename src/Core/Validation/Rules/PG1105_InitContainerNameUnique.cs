using System.Collections.Generic;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateInitContainers: an init container's name differs from every container's and every earlier init container's.</summary>
    public sealed class InitContainerNameUnique : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1105", "Init container names are unique across the pod", RuleSeverity.Error, Categories.Containers);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var c in workload.Pod.Containers) names.Add(c.Name ?? "");
            var init = workload.Pod.InitContainers;
            string path = workload.Kind.PodSpecPath() + ".initContainers";
            for (int i = 0; i < init.Count; i++)
            {
                string name = init[i].Name ?? "";
                if (names.Contains(name)) sink.Duplicate(Rule, PodWalk.Index(path, i) + ".name", name);
                else if (name.Length > 0) names.Add(name);
            }
        }
    }
}

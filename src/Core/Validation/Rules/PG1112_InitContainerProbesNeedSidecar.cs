using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateInitContainers: probes only on init containers with restartPolicy Always (native sidecars).</summary>
    public sealed class InitContainerProbesNeedSidecar : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1112", "Only sidecar init containers have probes", RuleSeverity.Error, Categories.Containers);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                if (c.ProbesAllowed) continue;
                foreach (var p in PodWalk.Probes(c))
                {
                    sink.Forbidden(Rule, p.Path, "may not be set for init containers without restartPolicy=Always");
                }
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validateInitContainers: lifecycle hooks and probes only on init containers with restartPolicy Always (native
    /// sidecars). The lifecycle is read from the settings (<c>[Set]</c> or a linted manifest), before the probes, as the API server orders them.
    /// </summary>
    public sealed class InitContainerProbesNeedSidecar : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1112", "Only sidecar init containers have probes", RuleSeverity.Error, Categories.Containers);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                if (c.ProbesAllowed) continue;
                if (SettingsView.Of(workload.Settings, c.Path).Any("lifecycle"))
                {
                    sink.Forbidden(Rule, c.Path + ".lifecycle", "may not be set for init containers without restartPolicy=Always");
                }
                foreach (var p in PodWalk.Probes(c))
                {
                    sink.Forbidden(Rule, p.Path, "may not be set for init containers without restartPolicy=Always");
                }
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateContainers: a regular container may not set restartPolicy (only init containers can be sidecars).</summary>
    public sealed class RestartPolicyOnlyForInitContainers : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1110", "Only init containers have a restartPolicy", RuleSeverity.Error, Categories.Containers);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                if (!c.IsInit && c.Container.RestartPolicy is not null)
                {
                    sink.Forbidden(Rule, c.Path + ".restartPolicy", "may not be set for non-init containers");
                }
            }
        }
    }
}

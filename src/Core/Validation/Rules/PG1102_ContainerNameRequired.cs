using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateContainerCommon: every container and init container has a name.</summary>
    public sealed class ContainerNameRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1102", "A container needs a name", RuleSeverity.Error, Categories.Containers);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                if (string.IsNullOrEmpty(c.Container.Name)) sink.Required(Rule, c.Path + ".name");
            }
        }
    }
}

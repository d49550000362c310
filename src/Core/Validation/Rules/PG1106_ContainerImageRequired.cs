using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateContainerCommon: every container has an image (white space alone counts as an image here; see PG1107).</summary>
    public sealed class ContainerImageRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1106", "A container needs an image", RuleSeverity.Error, Categories.Containers);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                if (string.IsNullOrEmpty(c.Container.Image)) sink.Required(Rule, c.Path + ".image");
            }
        }
    }
}

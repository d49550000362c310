using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateContainerOnlyForPod: a Pod's images have no leading or trailing white space (pod templates are not checked).</summary>
    public sealed class PodImageWhitespace : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1107", "A Pod's image has no leading or trailing white space", RuleSeverity.Error, Categories.Containers);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.Pod) return;
            foreach (var c in PodWalk.Containers(workload))
            {
                string image = c.Container.Image ?? "";
                if (image.Length > 0 && image.Trim().Length != image.Length)
                {
                    sink.Invalid(Rule, c.Path + ".image", image, "must not have leading or trailing whitespace");
                }
            }
        }
    }
}

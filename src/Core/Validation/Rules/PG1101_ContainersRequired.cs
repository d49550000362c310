using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateContainers: a pod has at least one (regular) container.</summary>
    public sealed class ContainersRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1101", "A pod has at least one container", RuleSeverity.Error, Categories.Containers);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Pod.Containers.Count == 0) sink.Required(Rule, workload.Kind.PodSpecPath() + ".containers");
        }
    }
}

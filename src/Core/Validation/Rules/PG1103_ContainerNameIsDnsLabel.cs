using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateContainerCommon → ValidateDNS1123Label: a container name is a lowercase DNS-1123 label (one finding per failed check).</summary>
    public sealed class ContainerNameIsDnsLabel : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1103", "A container name is a lowercase DNS-1123 label", RuleSeverity.Error, Categories.Containers);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                string name = c.Container.Name ?? "";
                if (name.Length == 0) continue; // PG1102
                foreach (var error in K8sFormats.Dns1123Label(name)) sink.Invalid(Rule, c.Path + ".name", name, error);
            }
        }
    }
}

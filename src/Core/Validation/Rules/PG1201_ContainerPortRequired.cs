using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateContainerPorts: containerPort 0 means unset, and it is required.</summary>
    public sealed class ContainerPortRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1201", "A container port needs containerPort", RuleSeverity.Error, Categories.Ports);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                var ports = c.Container.Ports;
                for (int i = 0; i < ports.Count; i++)
                {
                    if (ports[i].ContainerPort == 0) sink.Required(Rule, PodWalk.Index(c.Path + ".ports", i) + ".containerPort");
                }
            }
        }
    }
}

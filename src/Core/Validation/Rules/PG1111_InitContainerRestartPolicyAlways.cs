using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateInitContainerRestartPolicy: an init container's restartPolicy, when set, is Always (a sidecar).</summary>
    public sealed class InitContainerRestartPolicyAlways : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1111", "An init container's restartPolicy is Always", RuleSeverity.Error, Categories.Containers);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                if (c.IsInit && c.Container.RestartPolicy is string policy && policy != "Always")
                {
                    sink.NotSupported(Rule, c.Path + ".restartPolicy", policy, "Always");
                }
            }
        }
    }
}

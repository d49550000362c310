using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validatePullPolicy: Always, IfNotPresent or Never (empty is defaulted from the image tag before validation).</summary>
    public sealed class ImagePullPolicySupported : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1108", "imagePullPolicy is Always, IfNotPresent or Never", RuleSeverity.Error, Categories.Containers);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                string? policy = c.Container.ImagePullPolicy;
                if (string.IsNullOrEmpty(policy) || policy == "Always" || policy == "IfNotPresent" || policy == "Never") continue;
                sink.NotSupported(Rule, c.Path + ".imagePullPolicy", policy, "Always", "IfNotPresent", "Never");
            }
        }
    }
}

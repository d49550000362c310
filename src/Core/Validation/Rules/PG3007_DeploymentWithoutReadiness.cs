using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>A Deployment container that serves ports without a readiness probe: traffic arrives before it is ready, and rollouts cannot tell.</summary>
    public sealed class DeploymentWithoutReadiness : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG3007", "Deployment container with ports but no readiness probe", RuleSeverity.Info, Categories.BestPractice);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.Deployment) return;
            foreach (var c in PodWalk.Containers(workload))
            {
                if (c.IsInit || c.Container.Ports.Count == 0 || c.Container.ReadinessProbe is not null) continue;
                sink.Report(Rule, c.Path,
                    c.Path + ": container \"" + c.Container.Name + "\" declares ports but has no readinessProbe: the Pod counts as Ready as soon as it starts, so Services send it traffic before the application listens, and a rolling update moves on even if the new version never serves. Add [ReadinessProbe].");
            }
        }
    }
}

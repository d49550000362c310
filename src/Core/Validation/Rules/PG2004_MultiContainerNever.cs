using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>A multi-container Pod with restartPolicy Never: one dead container leaves a half-working Pod that reports Running.</summary>
    public sealed class MultiContainerNever : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG2004", "Multi-container Pod with restartPolicy Never", RuleSeverity.Info, Categories.Restart);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.Pod || workload.Pod.RestartPolicy != "Never" || workload.Pod.Containers.Count < 2) return;
            sink.Report(Rule, workload.Kind.PodSpecPath() + ".restartPolicy",
                workload.Kind.PodSpecPath() + ".restartPolicy: Never with " + workload.Pod.Containers.Count
                + " containers: a container that exits or is killed stays dead while the Pod stays Running (it goes Failed only when all containers have terminated and at least one failed); READY shows fewer containers and nothing heals it. Use RestartPolicy.OnFailure or Always if the containers are meant to run together.");
        }
    }
}

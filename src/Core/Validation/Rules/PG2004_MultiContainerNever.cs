using ProbeGen.Core.Lifecycle;
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
            if (workload.Kind != WorkloadKind.Pod || workload.Pod.Containers.Count < 2) return;
            // The lifecycle model: a failed container is not restarted, and the Pod still reports Running while another runs.
            string? policy = workload.Pod.RestartPolicy;
            if (KubeletRules.Restarts(policy, isInit: false, isSidecar: false, exitCode: 1, killedByProbe: false)) return;
            if (KubeletRules.PhaseAfterExits(policy, new int?[] { 1, null }) != PodPhase.Running) return;
            sink.Report(Rule, workload.Kind.PodSpecPath() + ".restartPolicy",
                workload.Kind.PodSpecPath() + ".restartPolicy: " + KubeletRules.EffectivePolicy(policy) + " with " + workload.Pod.Containers.Count
                + " containers: a container that exits or is killed stays dead while the Pod stays Running (it goes Failed only when all containers have terminated and at least one failed); READY shows fewer containers and nothing heals it. Use RestartPolicy.OnFailure or Always if the containers are meant to run together.");
        }
    }
}

using ProbeGen.Core.Lifecycle;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>A server (ports or readiness) under OnFailure: a clean exit ends it for good, as Succeeded.</summary>
    public sealed class OnFailureServer : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG2005", "restartPolicy OnFailure for a server", RuleSeverity.Info, Categories.Restart);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.Pod) return;
            // The lifecycle model: a failure is restarted but a clean exit is not, and it ends the Pod as Succeeded.
            string? policy = workload.Pod.RestartPolicy;
            if (!KubeletRules.Restarts(policy, false, false, exitCode: 1, killedByProbe: false) || KubeletRules.Restarts(policy, false, false, exitCode: 0, killedByProbe: false)) return;
            var phase = KubeletRules.PhaseAfterExits(policy, new int?[] { 0 });
            foreach (var c in workload.Pod.Containers)
            {
                if (c.Ports.Count == 0 && c.ReadinessProbe is null) continue;
                sink.Report(Rule, workload.Kind.PodSpecPath() + ".restartPolicy",
                    workload.Kind.PodSpecPath() + ".restartPolicy: " + KubeletRules.EffectivePolicy(policy) + ", but container \"" + c.Name + "\" serves traffic (it declares ports or a readiness probe): if it exits with code 0 (a graceful shutdown, a crash handled as exit 0) the kubelet does not restart it and the Pod ends as " + phase + ". Use Always (the default) for servers.");
                return;
            }
        }
    }
}

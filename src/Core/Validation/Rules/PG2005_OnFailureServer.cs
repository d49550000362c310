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
            if (workload.Kind != WorkloadKind.Pod || workload.Pod.RestartPolicy != "OnFailure") return;
            foreach (var c in workload.Pod.Containers)
            {
                if (c.Ports.Count == 0 && c.ReadinessProbe is null) continue;
                sink.Report(Rule, workload.Kind.PodSpecPath() + ".restartPolicy",
                    workload.Kind.PodSpecPath() + ".restartPolicy: OnFailure, but container \"" + c.Name + "\" serves traffic (it declares ports or a readiness probe): if it exits with code 0 (a graceful shutdown, a crash handled as exit 0) the kubelet does not restart it and the Pod ends as Succeeded. Use Always (the default) for servers.");
                return;
            }
        }
    }
}

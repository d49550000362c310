using ProbeGen.Core.Lifecycle;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>A bare Pod meant to keep running: nothing recreates it if its node dies.</summary>
    public sealed class BarePodExpectedToRun : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG2003", "A long-running bare Pod belongs in a Deployment", RuleSeverity.Info, Categories.Restart);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            // The lifecycle model: nothing recreates this kind after its node is lost.
            if (KubeletRules.RecreatedAfterNodeLoss(workload.Kind)) return;
            // Restarted even after a clean exit: the policy says it is meant to run forever.
            bool restartsForever = (workload.Pod.RestartPolicy is null || KubeletRules.IsKnownPolicy(workload.Pod.RestartPolicy)) && KubeletRules.Restarts(workload.Pod.RestartPolicy, isInit: false, isSidecar: false, exitCode: 0, killedByProbe: false);
            bool hasProbes = false;
            foreach (var _ in PodWalk.ValidatedProbes(workload)) { hasProbes = true; break; }
            if (!restartsForever && !hasProbes) return;
            sink.Report(Rule, "kind",
                "kind: Pod \"" + workload.Name + "\" is meant to keep running (" + (restartsForever ? (workload.Pod.RestartPolicy is null ? "restartPolicy unset, so Always" : "restartPolicy Always") : "it has probes")
                + "), but a bare Pod is only ever restarted on the node it is bound to: if that node fails or is drained, the Pod is gone and nothing recreates it. Use [Deployment] to have a controller keep it running.");
        }
    }
}

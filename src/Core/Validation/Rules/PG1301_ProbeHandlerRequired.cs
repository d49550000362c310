using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateHandler: a probe with none of exec, httpGet, tcpSocket, grpc.</summary>
    public sealed class ProbeHandlerRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1301", "A probe needs a handler", RuleSeverity.Error, Categories.Probes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                if (p.Probe.HandlerCount == 0)
                {
                    sink.Required(Rule, p.Path, "must specify a handler type");
                }
            }
        }
    }
}

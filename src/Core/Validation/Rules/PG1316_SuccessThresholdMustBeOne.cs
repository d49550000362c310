using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateLivenessProbe / validateStartupProbe: successThreshold must be 1 (after 0 is defaulted to 1).</summary>
    public sealed class SuccessThresholdMustBeOne : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1316", "Liveness and startup probes have successThreshold 1", RuleSeverity.Error, Categories.Probes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                // A negative value is PG1311's; the API server reports both, and so do we.
                if (p.Kind != ProbeKind.Readiness && p.Probe.SuccessThreshold is int s && s != 0 && s != 1)
                {
                    sink.Invalid(Rule, p.Path + ".successThreshold", s, "must be 1");
                }
            }
        }
    }
}

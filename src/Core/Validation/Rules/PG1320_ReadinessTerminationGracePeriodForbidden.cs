using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateReadinessProbe: terminationGracePeriodSeconds may not be set on a readiness probe.</summary>
    public sealed class ReadinessTerminationGracePeriodForbidden : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1320", "Readiness probes have no terminationGracePeriodSeconds", RuleSeverity.Error, Categories.Probes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                if (p.Kind == ProbeKind.Readiness && p.Probe.TerminationGracePeriodSeconds is long t)
                {
                    sink.Invalid(Rule, p.Path + ".terminationGracePeriodSeconds", t, "must not be set for readinessProbes");
                }
            }
        }
    }
}

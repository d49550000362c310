using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateProbe: a liveness or startup probe's terminationGracePeriodSeconds, when set, is &gt; 0.</summary>
    public sealed class ProbeTerminationGracePeriodPositive : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1319", "A probe's terminationGracePeriodSeconds is greater than 0", RuleSeverity.Error, Categories.Probes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                // Readiness: validateProbe runs too, so a readiness value <= 0 gets this and PG1320, as on the API server.
                if (p.Probe.TerminationGracePeriodSeconds is long t && t <= 0)
                {
                    sink.Invalid(Rule, p.Path + ".terminationGracePeriodSeconds", t, "must be greater than 0");
                }
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validateProbe: initialDelaySeconds, timeoutSeconds, periodSeconds, successThreshold, failureThreshold are ≥ 0.
    /// One rule for the five fields (0 is accepted: the API server defaults it).
    /// </summary>
    public sealed class ProbeTimingNonNegative : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1311", "Probe timings are not negative", RuleSeverity.Error, Categories.Probes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                Field(p.Probe.InitialDelaySeconds, "initialDelaySeconds");
                Field(p.Probe.TimeoutSeconds, "timeoutSeconds");
                Field(p.Probe.PeriodSeconds, "periodSeconds");
                Field(p.Probe.SuccessThreshold, "successThreshold");
                Field(p.Probe.FailureThreshold, "failureThreshold");

                void Field(int? value, string name)
                {
                    if (value is int v && v < 0) sink.Invalid(Rule, p.Path + "." + name, v, K8sFormats.NonNegativeError);
                }
            }
        }
    }
}

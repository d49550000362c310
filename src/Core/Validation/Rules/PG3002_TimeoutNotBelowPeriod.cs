using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>timeoutSeconds ≥ periodSeconds (defaults applied): a slow probe is still running when the next one is due.</summary>
    public sealed class TimeoutNotBelowPeriod : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG3002", "Probe timeout not shorter than its period", RuleSeverity.Warning, Categories.BestPractice);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                var probe = p.Probe;
                if (probe.TimeoutSeconds is null && probe.PeriodSeconds is null) continue;
                if (probe.TimeoutSeconds is < 0 || probe.PeriodSeconds is < 0) continue; // PG1311's
                int timeout = probe.EffectiveTimeoutSeconds, period = probe.EffectivePeriodSeconds;
                // periodSeconds 1 cannot be beaten (timeouts are whole seconds, at least 1): nothing to fix, nothing to say.
                if (timeout < period || period <= 1) continue;
                string path = p.Path + (probe.TimeoutSeconds is not null ? ".timeoutSeconds" : ".periodSeconds");
                sink.Report(Rule, path,
                    path + ": timeoutSeconds " + timeout.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not shorter than periodSeconds "
                    + period.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (unset values are the API defaults, 1 and 10): the kubelet runs one attempt at a time, so a hanging attempt uses up the whole period, the next check is skipped, and a failure is noticed later than failureThreshold × periodSeconds suggests. Keep timeoutSeconds below periodSeconds.");
            }
        }
    }
}

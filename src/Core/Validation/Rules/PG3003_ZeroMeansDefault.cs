using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>An explicit 0 that the API server silently replaces with the default (periodSeconds: 0 is 10 s).</summary>
    public sealed class ZeroMeansDefault : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG3003", "A probe timing of 0 means the default", RuleSeverity.Warning, Categories.BestPractice);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                Zero(p.Probe.TimeoutSeconds, "timeoutSeconds", ProbeSpec.DefaultTimeoutSeconds);
                Zero(p.Probe.PeriodSeconds, "periodSeconds", ProbeSpec.DefaultPeriodSeconds);
                Zero(p.Probe.SuccessThreshold, "successThreshold", ProbeSpec.DefaultSuccessThreshold);
                Zero(p.Probe.FailureThreshold, "failureThreshold", ProbeSpec.DefaultFailureThreshold);

                void Zero(int? value, string field, int defaultValue)
                {
                    if (value != 0) return;
                    string path = p.Path + "." + field;
                    sink.Report(Rule, path,
                        path + ": 0 is not \"never\" or \"immediately\": the API server replaces it with the default, "
                        + defaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". Remove the argument, or write the value you mean.");
                }
            }
        }
    }
}

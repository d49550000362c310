using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>A liveness initialDelaySeconds over 60 s: a startup probe handles slow starts without blinding liveness for that long.</summary>
    public sealed class LongLivenessInitialDelay : IWorkloadRule
    {
        public const int Threshold = 60;

        public static readonly RuleDescriptor Rule = new("PG3008", "Long liveness initialDelaySeconds instead of a startup probe", RuleSeverity.Info, Categories.BestPractice);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                if (p.Kind != ProbeKind.Liveness || p.Probe.InitialDelaySeconds is not int d || d <= Threshold) continue;
                if (p.Container.Container.StartupProbe is not null) continue;
                string path = p.Path + ".initialDelaySeconds";
                sink.Report(Rule, path,
                    path + ": " + d.ToString(System.Globalization.CultureInfo.InvariantCulture) + " s is a long time without liveness checks, on every start; and a start slower than that still gets the container killed. A [StartupProbe] (e.g. FailureThreshold = 30, PeriodSeconds = 10) holds liveness back only until the application is up.");
            }
        }
    }
}

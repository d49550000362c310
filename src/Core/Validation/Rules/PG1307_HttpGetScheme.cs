using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateHTTPGetAction: scheme is HTTP or HTTPS (unset defaults to HTTP).</summary>
    public sealed class HttpGetScheme : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1307", "An httpGet scheme is HTTP or HTTPS", RuleSeverity.Error, Categories.Probes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                if (p.Probe.HttpGet?.Scheme is string s && s != "HTTP" && s != "HTTPS")
                {
                    sink.NotSupported(Rule, p.Path + ".httpGet.scheme", s, "HTTP", "HTTPS");
                }
            }
        }
    }
}

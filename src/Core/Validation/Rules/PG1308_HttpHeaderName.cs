using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateHTTPGetAction → IsHTTPHeaderName; the API server's path has no index.</summary>
    public sealed class HttpHeaderName : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1308", "An HTTP header name is letters, digits and '-'", RuleSeverity.Error, Categories.Probes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                if (p.Probe.HttpGet is not { } http) continue;
                foreach (var header in http.Headers)
                {
                    if (!K8sFormats.IsHttpHeaderName(header.Name))
                    {
                        sink.Invalid(Rule, p.Path + ".httpGet.httpHeaders", header.Name, K8sFormats.HttpHeaderNameError);
                    }
                }
            }
        }
    }
}

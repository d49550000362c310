using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateHandler: more than one handler; the error is on each handler after the first (exec, httpGet, tcpSocket, grpc).</summary>
    public sealed class ProbeSingleHandler : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1302", "A probe has exactly one handler", RuleSeverity.Error, Categories.Probes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                bool seen = false;
                Handler(p.Probe.Exec is not null, "exec");
                Handler(p.Probe.HttpGet is not null, "httpGet");
                Handler(p.Probe.TcpSocket is not null, "tcpSocket");
                Handler(p.Probe.Grpc is not null, "grpc");

                void Handler(bool present, string field)
                {
                    if (!present) return;
                    if (seen) sink.Forbidden(Rule, p.Path + "." + field, "may not specify more than 1 handler type");
                    seen = true;
                }
            }
        }
    }
}

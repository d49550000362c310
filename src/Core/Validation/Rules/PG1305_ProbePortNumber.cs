using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidatePortNumOrName (number case): httpGet.port / tcpSocket.port must be 1–65535; an absent port is 0.</summary>
    public sealed class ProbePortNumber : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1305", "A probe port number is 1–65535", RuleSeverity.Error, Categories.Probes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                if (p.Probe.HttpGet is { } http) CheckPort(http.Port, p.Path + ".httpGet.port", sink);
                if (p.Probe.TcpSocket is { } tcp) CheckPort(tcp.Port, p.Path + ".tcpSocket.port", sink);
            }
        }

        private static void CheckPort(PortRef? port, string path, FindingSink sink)
        {
            // An absent port is the IntOrString zero value: the number 0.
            if (port?.Name is not null) return;
            int n = port?.Number ?? 0;
            if (!K8sFormats.IsValidPortNumber(n)) sink.Invalid(Rule, path, n, K8sFormats.PortRangeError);
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidatePortNumOrName (name case): a named probe port must be an IANA service name (one finding per failed check).</summary>
    public sealed class ProbePortName : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1306", "A probe port name is an IANA service name", RuleSeverity.Error, Categories.Probes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                if (p.Probe.HttpGet?.Port?.Name is string h) CheckName(h, p.Path + ".httpGet.port", sink);
                if (p.Probe.TcpSocket?.Port?.Name is string t) CheckName(t, p.Path + ".tcpSocket.port", sink);
            }
        }

        private static void CheckName(string name, string path, FindingSink sink)
        {
            foreach (var error in K8sFormats.PortName(name)) sink.Invalid(Rule, path, name, error);
        }
    }
}

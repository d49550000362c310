using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>A TCP-based probe (httpGet, tcpSocket, grpc) aimed at a port declared UDP or SCTP.</summary>
    public sealed class ProbeOnNonTcpPort : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG3006", "TCP probe on a UDP or SCTP port", RuleSeverity.Warning, Categories.BestPractice);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                string field = p.Probe.HttpGet is not null ? ".httpGet.port" : p.Probe.TcpSocket is not null ? ".tcpSocket.port" : ".grpc.port";
                var declared = ProbeTargets.Declared(p.Container.Container, ProbeTargets.Port(p.Probe));
                if (declared?.Protocol is not ("UDP" or "SCTP")) continue;
                string path = p.Path + field;
                sink.Report(Rule, path,
                    path + ": port " + declared.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is declared with protocol "
                    + declared.Protocol + ", but the kubelet probes over TCP; nothing answers there, so the probe always fails. Probe a TCP port, or use an exec probe.");
            }
        }
    }
}

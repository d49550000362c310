using System.Globalization;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// A liveness or startup probe on a port that another container of the pod declares and its own does not: the
    /// containers share the network namespace, so the probe checks the other container, but a failure restarts this one.
    /// </summary>
    public sealed class ProbeOnAnotherContainersPort : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG3013", "A liveness or startup probe checks its own container's port, not another's", RuleSeverity.Warning, Categories.BestPractice);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                if (p.Kind == ProbeKind.Readiness) continue; // readiness only gates traffic to the whole Pod: no wrong restart
                Check(p, p.Probe.HttpGet?.Port, ".httpGet.port");
                Check(p, p.Probe.TcpSocket?.Port, ".tcpSocket.port");
                Check(p, p.Probe.Grpc?.Port is int g ? PortRef.FromNumber(g) : null, ".grpc.port");
            }

            void Check(ProbeAt p, PortRef? port, string field)
            {
                if (port?.Number is not int n || !K8sFormats.IsValidPortNumber(n)) return;
                if (ProbeTargets.Declared(p.Container.Container, port) is not null) return;
                foreach (var c in PodWalk.Containers(workload))
                {
                    if (c.Path == p.Container.Path) continue;
                    foreach (var d in c.Container.Ports)
                    {
                        if (d.ContainerPort != n) continue;
                        string path = p.Path + field;
                        sink.Report(Rule, path,
                            path + ": port " + n.ToString(CultureInfo.InvariantCulture) + " is declared by container \"" + c.Container.Name + "\", not by \"" + p.Container.Container.Name
                            + "\": the probe checks \"" + c.Container.Name + "\", but when it fails the kubelet restarts \"" + p.Container.Container.Name
                            + "\". Probe a port of \"" + p.Container.Container.Name + "\", or give \"" + c.Container.Name + "\" its own probe.");
                        return;
                    }
                }
            }
        }
    }
}

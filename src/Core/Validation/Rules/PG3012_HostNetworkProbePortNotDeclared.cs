using System.Globalization;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// With hostNetwork the probed port is the node's: only ports a container declares become hostPorts the scheduler
    /// keeps free (SetDefaults_Pod: hostPort = containerPort), so an undeclared probed port may be held by another Pod.
    /// </summary>
    public sealed class HostNetworkProbePortNotDeclared : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG3012", "A hostNetwork pod's probe port is declared as a container port", RuleSeverity.Warning, Categories.BestPractice);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (SettingsView.PodSpec(workload).Bool("hostNetwork") != true) return;
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                Check(p, p.Probe.HttpGet?.Port, ".httpGet.port");
                Check(p, p.Probe.TcpSocket?.Port, ".tcpSocket.port");
                Check(p, p.Probe.Grpc?.Port is int g ? PortRef.FromNumber(g) : null, ".grpc.port");
            }

            void Check(ProbeAt p, PortRef? port, string field)
            {
                // A named port resolves through a declared port, so it is declared by construction.
                if (port?.Number is not int n || !K8sFormats.IsValidPortNumber(n)) return;
                foreach (var c in PodWalk.Containers(workload))
                {
                    foreach (var d in c.Container.Ports)
                    {
                        if (d.ContainerPort == n) return; // reserved on the node, for this container or (PG3013) another
                    }
                }
                string path = p.Path + field;
                string number = n.ToString(CultureInfo.InvariantCulture);
                sink.Report(Rule, path,
                    path + ": the pod uses hostNetwork, so port " + number + " is a port of the node, and no container of the pod declares it: the scheduler does not keep it free,"
                    + " so another Pod on the node may hold it and the probe would check that process instead. Declare it as a container port (it then becomes a host port).");
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>A numeric probe port no [ContainerPort] of that container declares: often a typo or a stale port.</summary>
    public sealed class ProbePortNumberNotDeclared : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG3005", "Probe port number not declared by the container", RuleSeverity.Info, Categories.BestPractice);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                var c = p.Container.Container;
                if (c.Ports.Count == 0) continue; // nothing declared at all: ports are optional documentation
                Check(p.Probe.HttpGet?.Port, ".httpGet.port");
                Check(p.Probe.TcpSocket?.Port, ".tcpSocket.port");
                Check(p.Probe.Grpc?.Port is int g ? PortRef.FromNumber(g) : null, ".grpc.port");

                void Check(PortRef? port, string field)
                {
                    if (port?.Number is not int n || !K8sFormats.IsValidPortNumber(n)) return;
                    if (ProbeTargets.Declared(c, port) is not null) return;
                    string path = p.Path + field;
                    var declared = new System.Collections.Generic.List<string>();
                    foreach (var d in c.Ports) declared.Add(d.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    sink.Report(Rule, path,
                        path + ": port " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not among the ports container \"" + c.Name
                        + "\" declares (" + string.Join(", ", declared) + "). If the application does not listen there the probe always fails; declare it, or probe a declared port.");
                }
            }
        }
    }
}

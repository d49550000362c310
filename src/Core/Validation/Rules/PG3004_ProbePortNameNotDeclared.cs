using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>A probe's named port that the container does not declare: the kubelet cannot resolve it and the probe fails forever.</summary>
    public sealed class ProbePortNameNotDeclared : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG3004", "Probe port name not declared by the container", RuleSeverity.Warning, Categories.BestPractice);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                if (p.Probe.HttpGet?.Port?.Name is string h) Check(p, ".httpGet.port", h);
                if (p.Probe.TcpSocket?.Port?.Name is string t) Check(p, ".tcpSocket.port", t);
            }

            void Check(ProbeAt p, string field, string name)
            {
                if (K8sFormats.PortName(name).Count > 0) return; // PG1306's
                if (ProbeTargets.Declared(p.Container.Container, PortRef.FromName(name)) is not null) return;
                string path = p.Path + field;
                var declared = new System.Collections.Generic.List<string>();
                foreach (var port in p.Container.Container.Ports) if (port.Name is not null) declared.Add("\"" + port.Name + "\"");
                sink.Report(Rule, path,
                    path + ": container \"" + p.Container.Container.Name + "\" declares no port named \"" + name + "\" ("
                    + (declared.Count == 0 ? "it declares no named ports" : "declared: " + string.Join(", ", declared))
                    + "): the kubelet cannot resolve it, so every attempt ends in an error"
                    + (p.Kind switch
                    {
                        ProbeKind.Readiness => " and the Pod never becomes Ready (no Service sends it traffic).",
                        ProbeKind.Startup => ": the startup probe never succeeds, so liveness and readiness never start and the container is killed after failureThreshold attempts.",
                        _ => ", which the kubelet discards: liveness is silently off and a hung container is never restarted.",
                    })
                    + " Add [ContainerPort(…, Name = \"" + name + "\")] or fix the name.");
            }
        }
    }
}

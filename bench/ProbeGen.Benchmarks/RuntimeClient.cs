using k8s;
using k8s.Models;

namespace ProbeGen.Bench;

/// <summary>
/// The runtime client's way to the same manifests: build the KubernetesClient objects at run time, then
/// <c>KubernetesYaml.Serialize</c> each one (what a program that writes its manifests with KubernetesClient does).
/// </summary>
public static class RuntimeClient
{
    public static IKubernetesObject<V1ObjectMeta> Build(Workload w)
    {
        var meta = new V1ObjectMeta { Name = w.Name, NamespaceProperty = w.Namespace, Labels = new Dictionary<string, string>(w.Labels) };
        var pod = new V1PodSpec
        {
            Containers = w.Containers.Select(Container).ToList(),
            RestartPolicy = w.RestartPolicy,
            TerminationGracePeriodSeconds = w.TerminationGracePeriodSeconds,
        };
        switch (w.Kind)
        {
            case "Deployment":
                return new V1Deployment
                {
                    ApiVersion = "apps/v1",
                    Kind = "Deployment",
                    Metadata = meta,
                    Spec = new V1DeploymentSpec
                    {
                        Replicas = w.Replicas,
                        RevisionHistoryLimit = w.RevisionHistoryLimit,
                        Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string>(w.Labels) },
                        Template = new V1PodTemplateSpec { Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string>(w.Labels) }, Spec = pod },
                    },
                };
            case "Job":
                return new V1Job
                {
                    ApiVersion = "batch/v1",
                    Kind = "Job",
                    Metadata = meta,
                    Spec = new V1JobSpec
                    {
                        BackoffLimit = w.BackoffLimit,
                        ActiveDeadlineSeconds = w.ActiveDeadlineSeconds,
                        Template = new V1PodTemplateSpec { Spec = pod },
                    },
                };
            default:
                return new V1Pod { ApiVersion = "v1", Kind = "Pod", Metadata = meta, Spec = pod };
        }
    }

    public static string Serialize(IKubernetesObject<V1ObjectMeta> o) => KubernetesYaml.Serialize(o);

    private static V1Container Container(Container c) => new()
    {
        Name = c.Name,
        Image = c.Image,
        Args = c.Args?.ToList(),
        Ports = c.Ports.Count == 0 ? null : c.Ports.Select(p => new V1ContainerPort { ContainerPort = p.Number, Name = p.Name }).ToList(),
        Env = c.Env.Count == 0 ? null : c.Env.Select(e => new V1EnvVar { Name = e.Name, Value = e.Value }).ToList(),
        Resources = c.Resources is not { } r ? null : new V1ResourceRequirements
        {
            Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new ResourceQuantity(r.CpuRequest), ["memory"] = new ResourceQuantity(r.MemoryRequest) },
            Limits = r.MemoryLimit is null ? null : new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity(r.MemoryLimit) },
        },
        StartupProbe = Probe(c.Startup),
        ReadinessProbe = Probe(c.Readiness),
        LivenessProbe = Probe(c.Liveness),
    };

    private static V1Probe? Probe(Probe? p) => p is null ? null : new V1Probe
    {
        HttpGet = p.Handler == "http" ? new V1HTTPGetAction { Path = p.Path, Port = PortOf(p) } : null,
        TcpSocket = p.Handler == "tcp" ? new V1TCPSocketAction { Port = PortOf(p) } : null,
        Grpc = p.Handler == "grpc" ? new V1GRPCAction { Port = p.Port.GetValueOrDefault() } : null,
        Exec = p.Handler == "exec" ? new V1ExecAction { Command = p.Command!.ToList() } : null,
        InitialDelaySeconds = p.InitialDelaySeconds,
        PeriodSeconds = p.PeriodSeconds,
        TimeoutSeconds = p.TimeoutSeconds,
        FailureThreshold = p.FailureThreshold,
    };

    // A named port, or a number (the diagnostics-heavy mix probes numbers).
    private static IntOrString PortOf(Probe p) => p.PortName is not null ? (IntOrString)p.PortName : (IntOrString)p.Port.GetValueOrDefault();
}

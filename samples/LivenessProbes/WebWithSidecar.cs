using ProbeGen;

namespace LivenessProbes;

/// <summary>
/// Two containers: a web server whose probes target its named port "http" (readiness gates traffic, liveness
/// restarts a hung server, with a longer window so a slow server is taken out of rotation before it is killed),
/// and a log shipper beside it.
/// </summary>
[Pod("web")]
[Label("app", "web")]
[TerminationGracePeriod(45)]
public partial class WebWithSidecar
{
    [Container("web", "nginx:1.27")]
    [ContainerPort(8080, Name = "http")]
    [Resources(CpuRequest = "100m", MemoryRequest = "128Mi", CpuLimit = "500m", MemoryLimit = "256Mi")]
    [ReadinessProbe(HttpGet = "/ready", PortName = "http", PeriodSeconds = 5, FailureThreshold = 2)]
    [LivenessProbe(HttpGet = "/healthz", PortName = "http", PeriodSeconds = 10, FailureThreshold = 3, TimeoutSeconds = 2)]
    public partial class Web { }

    [Container("log-shipper", "fluent/fluent-bit:3.1", Args = new[] { "-i", "tail", "-p", "path=/var/log/web/*.log", "-o", "stdout" })]
    [Env("FLB_LOG_LEVEL", "info")]
    [EnvFromField("POD_NAME", "metadata.name")]
    [LivenessProbe(HttpGet = "/api/v1/health", Port = 2020, PeriodSeconds = 30)]
    public partial class LogShipper { }
}

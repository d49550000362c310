using ProbeGen;

namespace WebApi;

/// <summary>
/// The Deployment: two replicas; startup gives the app up to a minute to come up, readiness takes a replica out of the
/// Service while it cannot serve, and liveness — on a cheaper endpoint, with a longer failure window than readiness —
/// restarts it only when it is really stuck.
/// </summary>
[Deployment("webapi", Replicas = 2, RevisionHistoryLimit = 5)]
[Label("app", "webapi")]
[Container("webapi", "ghcr.io/probegen/samples-webapi:1.0.0")]
[ContainerPort(Endpoints.HttpPort, Name = "http")]
[Env("ASPNETCORE_HTTP_PORTS", Endpoints.HttpPortText)]
[Resources(CpuRequest = "100m", MemoryRequest = "128Mi", MemoryLimit = "256Mi")]
[StartupProbe(HttpGet = Endpoints.Liveness, PortName = "http", PeriodSeconds = 2, FailureThreshold = 30)]
[ReadinessProbe(HttpGet = Endpoints.Readiness, PortName = "http", PeriodSeconds = 5, FailureThreshold = 2)]
[LivenessProbe(HttpGet = Endpoints.Liveness, PortName = "http", PeriodSeconds = 10, FailureThreshold = 3, TimeoutSeconds = 2)]
public partial class WebApiDeployment { }

using ProbeGen;

namespace WebApi;

/// <summary>
/// The Deployment: two replicas; startup gives the app up to a minute to come up, readiness takes a replica out of the
/// Service while it cannot serve, and liveness — on a cheaper endpoint, with a longer failure window than readiness —
/// restarts it only when it is really stuck.
/// <para>
/// ProbeGen reads <see cref="WebApiApp"/> in the same compilation and checks these probes against it. Each of these
/// edits would be reported while you type (and fail this sample's build, which treats PG4xxx as errors):
/// <list type="bullet">
/// <item><c>HttpGet = "/health"</c>: PG4001, the app maps "/healthz", "/ready" and "/" (the fix writes the mapped path).</item>
/// <item><c>[ContainerPort(80, Name = "http")]</c> or <c>Port = 80</c>: PG4002, the app listens on 8080 (ASPNETCORE_HTTP_PORTS below,
/// and the .NET 8+ images' default); the fix writes 8080.</item>
/// <item><c>app.MapGet(Endpoints.Liveness, …).RequireAuthorization()</c>, or mapping it inside <c>if (app.Environment.IsDevelopment())</c>:
/// PG4003, the kubelet sends no credentials and the container runs in Production.</item>
/// <item><c>app.MapHealthChecks(Endpoints.Liveness)</c> with <c>AddHealthChecks().AddNpgSql(…)</c>: PG4004, liveness would run the database check.</item>
/// <item><c>[LivenessProbe(Grpc = true, Port = Endpoints.HttpPort)]</c>: PG4005, the app maps no gRPC health service.</item>
/// </list>
/// </para>
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

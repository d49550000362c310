using ProbeGen;

namespace BankOfAnthos;

/// <summary>
/// Locust, sending the requests of five simulated users to the frontend all the time. It has no probe: it serves
/// nothing. Its labels carry no application label, as published.
/// </summary>
[Deployment("loadgenerator", Replicas = 1)]
[Label("environment", Release.Environment)]
[Label("team", "loadgenerator")]
[Label("tier", "test")]
[PodLabel("app", "loadgenerator")]
[PodLabel("environment", Release.Environment)]
[PodLabel("team", "loadgenerator")]
[PodLabel("tier", "test")]
// The istio sidecar rewrites HTTP probes (none here, but the published manifest asks for it).
[PodAnnotation("sidecar.istio.io/rewriteAppHTTPProbers", "true")]
[ServiceAccount("default")]
[RestartPolicy(RestartPolicy.Always)]
[TerminationGracePeriod(5)]
[Container("loadgenerator", Release.Registry + "loadgenerator:" + Release.Version + "@sha256:dd7e27f1b1bcbb9c85070eb900a6060d098d06d62ef03f98182424919895df83")]
[Env("FRONTEND_ADDR", "frontend:80")]
[Env("USERS", "5")]
[Env("LOG_LEVEL", "error")]
[Resources(CpuRequest = "100m", MemoryRequest = "512Mi", CpuLimit = "250m", MemoryLimit = "1Gi")]
[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, RunAsGroup = 1000, FsGroup = 1000)]
[SecurityContext(ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false, Privileged = false, DropCapabilities = new[] { "all" })]
public partial class LoadGenerator { }

using ProbeGen;

namespace BankOfAnthos;

/// <summary>
/// The web UI (Python, Flask): serves the site on 8080 and calls the account and ledger services. It verifies the
/// users' JWTs with the public key mounted from the jwt-key Secret; its root filesystem is read-only, so /tmp is an
/// emptyDir.
/// </summary>
[Deployment("frontend")]
[Label("application", Release.Application)]
[Label("environment", Release.Environment)]
[Label("team", "frontend")]
[Label("tier", "web")]
[PodLabel("app", "frontend")]
[PodLabel("application", Release.Application)]
[PodLabel("environment", Release.Environment)]
[PodLabel("team", "frontend")]
[PodLabel("tier", "web")]
[PodAnnotation("proxy.istio.io/config", Release.HoldUntilProxyStarts)]
[ServiceAccount(Release.ServiceAccount)]
[TerminationGracePeriod(5)]
[Container("front", Release.Registry + "frontend:" + Release.Version + "@sha256:076294ce717309f711743fa3b72a9809c7f156edf1c4fa58505fd9f436d65345")]
[Env("VERSION", Release.Version)]
[Env("PORT", "8080")]
[Env("ENABLE_TRACING", "true")]
[Env("SCHEME", "http")]
[Env("LOG_LEVEL", "info")]
[EnvConfigMapKey("DEFAULT_USERNAME", Release.DemoDataConfig, "DEMO_LOGIN_USERNAME")]
[EnvConfigMapKey("DEFAULT_PASSWORD", Release.DemoDataConfig, "DEMO_LOGIN_PASSWORD")]
// The OAuth ConfigMap is optional (the demo runs without it).
[EnvConfigMapKey("REGISTERED_OAUTH_CLIENT_ID", "oauth-config", "DEMO_OAUTH_CLIENT_ID", Optional = true)]
[EnvConfigMapKey("ALLOWED_OAUTH_REDIRECT_URI", "oauth-config", "DEMO_OAUTH_REDIRECT_URI", Optional = true)]
[EnvFromConfigMap(Release.EnvironmentConfig)]
[EnvFromConfigMap(Release.ServiceApiConfig)]
[Resources(CpuRequest = "100m", MemoryRequest = "64Mi", CpuLimit = "250m", MemoryLimit = "128Mi")]
[ReadinessProbe(HttpGet = "/ready", Port = 8080, InitialDelaySeconds = 10, TimeoutSeconds = 10, PeriodSeconds = 5)]
[LivenessProbe(HttpGet = "/ready", Port = 8080, InitialDelaySeconds = 60, TimeoutSeconds = 30, PeriodSeconds = 15)]
// Runs as an unprivileged user with no capabilities and a read-only root filesystem.
[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, RunAsGroup = 1000, FsGroup = 1000)]
[SecurityContext(ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false, Privileged = false, DropCapabilities = new[] { "all" })]
// A writable /tmp, and the public key (one item of the Secret) read-only under it.
[EmptyDirVolume("tmp")]
[SecretVolume("publickey", SecretName = Release.JwtKeySecret)]
[VolumeItem("publickey", "jwtRS256.key.pub", "publickey")]
[VolumeMount("tmp", "/tmp")]
[VolumeMount("publickey", "/tmp/.ssh", ReadOnly = true)]
public partial class Frontend { }

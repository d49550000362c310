using ProbeGen;

namespace BankOfAnthos;

/// <summary>
/// Sign-up and login (Python, Flask): checks passwords against accounts-db and signs the session JWT, so it is the one
/// service that mounts the private key as well as the public one (PRIV_KEY_PATH points at it).
/// </summary>
[Deployment("userservice")]
[Label("application", Release.Application)]
[Label("environment", Release.Environment)]
[Label("team", "accounts")]
[Label("tier", "backend")]
[PodLabel("app", "userservice")]
[PodLabel("application", Release.Application)]
[PodLabel("environment", Release.Environment)]
[PodLabel("team", "accounts")]
[PodLabel("tier", "backend")]
[PodAnnotation("proxy.istio.io/config", Release.HoldUntilProxyStarts)]
[ServiceAccount(Release.ServiceAccount)]
[TerminationGracePeriod(5)]
[Container("userservice", Release.Registry + "userservice:" + Release.Version + "@sha256:d8c4412edc46ab105000f721788b73301651cc43b19cee7e7302739f81882dcc")]
[ContainerPort(8080, Name = "http-server")]
[Env("VERSION", Release.Version)]
[Env("PORT", "8080")]
[Env("ENABLE_TRACING", "true")]
[Env("TOKEN_EXPIRY_SECONDS", "3600")]
[Env("PRIV_KEY_PATH", "/tmp/.ssh/privatekey")]
[Env("LOG_LEVEL", "info")]
[EnvFromConfigMap(Release.EnvironmentConfig)]
[EnvFromConfigMap(Release.AccountsDbConfig)]
[Resources(CpuRequest = "260m", MemoryRequest = "128Mi", EphemeralStorageRequest = "0.25Gi",
    CpuLimit = "500m", MemoryLimit = "256Mi", EphemeralStorageLimit = "0.25Gi")]
[ReadinessProbe(HttpGet = "/ready", Port = 8080, InitialDelaySeconds = 10, TimeoutSeconds = 10, PeriodSeconds = 5)]
[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, RunAsGroup = 1000, FsGroup = 1000)]
[SecurityContext(ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false, Privileged = false, DropCapabilities = new[] { "all" })]
// Both keys of the Secret, as /tmp/.ssh/privatekey and /tmp/.ssh/publickey.
[EmptyDirVolume("tmp")]
[SecretVolume("keys", SecretName = Release.JwtKeySecret)]
[VolumeItem("keys", "jwtRS256.key", "privatekey")]
[VolumeItem("keys", "jwtRS256.key.pub", "publickey")]
[VolumeMount("tmp", "/tmp")]
[VolumeMount("keys", "/tmp/.ssh", ReadOnly = true)]
public partial class UserService { }

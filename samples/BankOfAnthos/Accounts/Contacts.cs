using ProbeGen;

namespace BankOfAnthos;

/// <summary>
/// The contacts of each user, the accounts they send money to (Python, Flask), stored in accounts-db. It checks the
/// caller's JWT with the public key.
/// </summary>
[Deployment("contacts")]
[Label("application", Release.Application)]
[Label("environment", Release.Environment)]
[Label("team", "accounts")]
[Label("tier", "backend")]
[PodLabel("app", "contacts")]
[PodLabel("application", Release.Application)]
[PodLabel("environment", Release.Environment)]
[PodLabel("team", "accounts")]
[PodLabel("tier", "backend")]
[PodAnnotation("proxy.istio.io/config", Release.HoldUntilProxyStarts)]
[ServiceAccount(Release.ServiceAccount)]
[TerminationGracePeriod(5)]
[Container("contacts", Release.Registry + "contacts:" + Release.Version + "@sha256:90d47594270e64f8dafa6da52c89ff70c2483cca0821dff2cc38b1450ac7a6b9")]
[Env("VERSION", Release.Version)]
[Env("PORT", "8080")]
[Env("ENABLE_TRACING", "true")]
[Env("LOG_LEVEL", "info")]
[EnvFromConfigMap(Release.EnvironmentConfig)]
[EnvFromConfigMap(Release.AccountsDbConfig)]
[Resources(CpuRequest = "100m", MemoryRequest = "64Mi", EphemeralStorageRequest = "0.25Gi",
    CpuLimit = "250m", MemoryLimit = "128Mi", EphemeralStorageLimit = "0.25Gi")]
[ReadinessProbe(HttpGet = "/ready", Port = 8080, InitialDelaySeconds = 10, TimeoutSeconds = 10, PeriodSeconds = 5)]
[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, RunAsGroup = 1000, FsGroup = 1000)]
[SecurityContext(ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false, Privileged = false, DropCapabilities = new[] { "all" })]
[EmptyDirVolume("tmp")]
[SecretVolume("publickey", SecretName = Release.JwtKeySecret)]
[VolumeItem("publickey", "jwtRS256.key.pub", "publickey")]
[VolumeMount("tmp", "/tmp")]
[VolumeMount("publickey", "/tmp/.ssh", ReadOnly = true)]
public partial class Contacts { }

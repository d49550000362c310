using ProbeGen;

namespace BankOfAnthos;

/// <summary>
/// Accepts a new transaction (Java, Spring Boot): checks the caller's JWT, the amount and the sender's balance (asking
/// balancereader), and writes it to ledger-db. A JVM starts slowly: the startup probe allows 30 × 10 s before readiness counts.
/// </summary>
[Deployment("ledgerwriter")]
[Label("application", Release.Application)]
[Label("environment", Release.Environment)]
[Label("team", "ledger")]
[Label("tier", "backend")]
[PodLabel("app", "ledgerwriter")]
[PodLabel("application", Release.Application)]
[PodLabel("environment", Release.Environment)]
[PodLabel("team", "ledger")]
[PodLabel("tier", "backend")]
[PodAnnotation("proxy.istio.io/config", Release.HoldUntilProxyStarts)]
[ServiceAccount(Release.ServiceAccount)]
[TerminationGracePeriod(5)]
[Container("ledgerwriter", Release.Registry + "ledgerwriter:" + Release.Version + "@sha256:eae37de0d9b28fec7534c1ea860868c87279b0a85b405f8fd66c3d7734e3e42f")]
[Env("VERSION", Release.Version)]
[Env("PORT", "8080")]
[Env("ENABLE_TRACING", "true")]
[Env("ENABLE_METRICS", "true")]
[Env("JVM_OPTS", "-XX:+UnlockExperimentalVMOptions -XX:+UseCGroupMemoryLimitForHeap -Xms256m -Xmx512m")]
[Env("LOG_LEVEL", "info")]
[EnvFromField("NAMESPACE", "metadata.namespace")]
[EnvFromConfigMap(Release.EnvironmentConfig)]
[EnvFromConfigMap(Release.ServiceApiConfig)]
[EnvFromConfigMap(Release.LedgerDbConfig)]
[Resources(CpuRequest = "100m", MemoryRequest = "256Mi", EphemeralStorageRequest = "0.5Gi",
    CpuLimit = "500m", MemoryLimit = "512Mi", EphemeralStorageLimit = "0.5Gi")]
[StartupProbe(HttpGet = "/ready", Port = 8080, PeriodSeconds = 10, FailureThreshold = 30)]
[ReadinessProbe(HttpGet = "/ready", Port = 8080, InitialDelaySeconds = 60, TimeoutSeconds = 10, PeriodSeconds = 5)]
[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, RunAsGroup = 1000, FsGroup = 1000)]
[SecurityContext(ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false, Privileged = false, DropCapabilities = new[] { "all" })]
[EmptyDirVolume("tmp")]
[SecretVolume("publickey", SecretName = Release.JwtKeySecret)]
[VolumeItem("publickey", "jwtRS256.key.pub", "publickey")]
[VolumeMount("tmp", "/tmp")]
[VolumeMount("publickey", "/tmp/.ssh", ReadOnly = true)]
public partial class LedgerWriter { }

using ProbeGen;

namespace BankOfAnthos;

/// <summary>
/// The past transactions of each account (Java, Spring Boot), from a cache of the last HISTORY_LIMIT per account kept
/// CACHE_MINUTES, filled by polling ledger-db. Probes as balancereader's.
/// </summary>
[Deployment("transactionhistory")]
[Label("application", Release.Application)]
[Label("environment", Release.Environment)]
[Label("team", "ledger")]
[Label("tier", "backend")]
[PodLabel("app", "transactionhistory")]
[PodLabel("application", Release.Application)]
[PodLabel("environment", Release.Environment)]
[PodLabel("team", "ledger")]
[PodLabel("tier", "backend")]
[PodAnnotation("proxy.istio.io/config", Release.HoldUntilProxyStarts)]
[ServiceAccount(Release.ServiceAccount)]
[TerminationGracePeriod(5)]
[Container("transactionhistory", Release.Registry + "transactionhistory:" + Release.Version + "@sha256:109cdad9c29a46af2708574ac4635dd73afa30cc020a4fef0266abcde87db744")]
[Env("VERSION", Release.Version)]
[Env("PORT", "8080")]
[Env("ENABLE_TRACING", "true")]
[Env("ENABLE_METRICS", "true")]
[Env("POLL_MS", "100")]
[Env("CACHE_SIZE", "1000")]
[Env("CACHE_MINUTES", "60")]
[Env("HISTORY_LIMIT", "100")]
[Env("JVM_OPTS", "-XX:+UnlockExperimentalVMOptions -XX:+UseCGroupMemoryLimitForHeap -Xms256m -Xmx512m")]
[Env("LOG_LEVEL", "info")]
[EnvFromField("NAMESPACE", "metadata.namespace")]
[EnvFromConfigMap(Release.EnvironmentConfig)]
[EnvFromConfigMap(Release.LedgerDbConfig)]
[Resources(CpuRequest = "100m", MemoryRequest = "256Mi", EphemeralStorageRequest = "0.5Gi",
    CpuLimit = "500m", MemoryLimit = "512Mi", EphemeralStorageLimit = "0.5Gi")]
[StartupProbe(HttpGet = "/healthy", Port = 8080, PeriodSeconds = 10, FailureThreshold = 30)]
[ReadinessProbe(HttpGet = "/ready", Port = 8080, InitialDelaySeconds = 60, TimeoutSeconds = 10, PeriodSeconds = 5)]
[LivenessProbe(HttpGet = "/healthy", Port = 8080, InitialDelaySeconds = 120, TimeoutSeconds = 10, PeriodSeconds = 5)]
[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, RunAsGroup = 1000, FsGroup = 1000)]
[SecurityContext(ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false, Privileged = false, DropCapabilities = new[] { "all" })]
[EmptyDirVolume("tmp")]
[SecretVolume("publickey", SecretName = Release.JwtKeySecret)]
[VolumeItem("publickey", "jwtRS256.key.pub", "publickey")]
[VolumeMount("tmp", "/tmp")]
[VolumeMount("publickey", "/tmp/.ssh", ReadOnly = true)]
public partial class TransactionHistory { }

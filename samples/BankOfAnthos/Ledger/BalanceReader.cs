using ProbeGen;

namespace BankOfAnthos;

/// <summary>
/// The balance of each account (Java, Spring Boot), from a cache it keeps up to date by polling ledger-db every
/// POLL_MS. Liveness is /healthy, which fails once the thread reading the ledger has died; readiness is /ready (the
/// server answers).
/// </summary>
[Deployment("balancereader")]
[Label("application", Release.Application)]
[Label("environment", Release.Environment)]
[Label("team", "ledger")]
[Label("tier", "backend")]
[PodLabel("app", "balancereader")]
[PodLabel("application", Release.Application)]
[PodLabel("environment", Release.Environment)]
[PodLabel("team", "ledger")]
[PodLabel("tier", "backend")]
[PodAnnotation("proxy.istio.io/config", Release.HoldUntilProxyStarts)]
[ServiceAccount(Release.ServiceAccount)]
[TerminationGracePeriod(5)]
[Container("balancereader", Release.Registry + "balancereader:" + Release.Version + "@sha256:feae443c650786c253bbfa3447d0902dd1689122c13962f97ccc37068d73733b")]
[Env("VERSION", Release.Version)]
[Env("PORT", "8080")]
[Env("ENABLE_TRACING", "true")]
[Env("ENABLE_METRICS", "true")]
[Env("POLL_MS", "100")]
[Env("CACHE_SIZE", "1000000")]
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
public partial class BalanceReader { }

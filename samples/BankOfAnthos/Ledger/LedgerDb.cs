using ProbeGen;

namespace BankOfAnthos;

/// <summary>
/// PostgreSQL with the ledger, every transaction ever made, loaded with demo transactions at start. Like accounts-db,
/// a StatefulSet whose data is an emptyDir as published.
/// </summary>
[StatefulSet("ledger-db", Replicas = 1, ServiceName = "ledger-db")]
[Label("application", Release.Application)]
[Label("environment", Release.Environment)]
[Label("team", "ledger")]
[Label("tier", "db")]
[PodLabel("app", "ledger-db")]
[PodLabel("application", Release.Application)]
[PodLabel("environment", Release.Environment)]
[PodLabel("team", "ledger")]
[PodLabel("tier", "db")]
// serviceAccountName (default) is the one used; serviceAccount, its deprecated alias, differs as published.
[ServiceAccount("default")]
[Set("spec.template.spec.serviceAccount", Release.ServiceAccount)]
[Container("postgres", Release.Registry + "ledger-db:" + Release.Version + "@sha256:891cb7afe34f358ce7ed7002a1923b25e113b30bca44fecb10cc8b116d665a03")]
[ContainerPort(5432)]
[EnvFromConfigMap(Release.EnvironmentConfig)]
[EnvFromConfigMap(Release.LedgerDbConfig)]
[EnvFromConfigMap(Release.DemoDataConfig)]
[Resources(CpuRequest = "100m", MemoryRequest = "512Mi", CpuLimit = "250m", MemoryLimit = "1Gi")]
[EmptyDirVolume("postgresdb")]
[VolumeMount("postgresdb", "/var/lib/postgresql/data", SubPath = "postgres")]
public partial class LedgerDb { }

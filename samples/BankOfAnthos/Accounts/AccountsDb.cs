using ProbeGen;

namespace BankOfAnthos;

/// <summary>
/// PostgreSQL with the user accounts and their contacts, loaded with demo users at start. A StatefulSet for a stable
/// name (accounts-db-0, behind the accounts-db Service), but as published its data is an emptyDir: a new Pod starts
/// from the demo data again.
/// </summary>
[StatefulSet("accounts-db", Replicas = 1, ServiceName = "accounts-db")]
[Label("application", Release.Application)]
[Label("environment", Release.Environment)]
[Label("team", "accounts")]
[Label("tier", "db")]
[PodLabel("app", "accounts-db")]
[PodLabel("application", Release.Application)]
[PodLabel("environment", Release.Environment)]
[PodLabel("team", "accounts")]
[PodLabel("tier", "db")]
// As published, the Pod names the service account twice, differently: serviceAccountName (default) is the one used;
// serviceAccount is its deprecated alias, kept here so the manifest stays equal to the original.
[ServiceAccount("default")]
[Set("spec.template.spec.serviceAccount", Release.ServiceAccount)]
[Container("accounts-db", Release.Registry + "accounts-db:" + Release.Version + "@sha256:d95c4094c75f69069b915ef3adc99a8f95e43077885140cdeeb90d807ea74eff")]
[ContainerPort(5432)]
[EnvFromConfigMap(Release.EnvironmentConfig)]
[EnvFromConfigMap(Release.AccountsDbConfig)]
[EnvFromConfigMap(Release.DemoDataConfig)]
[Resources(CpuRequest = "100m", MemoryRequest = "128Mi", CpuLimit = "250m", MemoryLimit = "512Mi")]
// The data directory is a subfolder of the volume: initdb wants it empty, and a volume's root may not be (lost+found).
[EmptyDirVolume("postgresdb")]
[VolumeMount("postgresdb", "/var/lib/postgresql/data", SubPath = "postgres")]
public partial class AccountsDb { }

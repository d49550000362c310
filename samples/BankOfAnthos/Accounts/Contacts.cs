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
[Set("spec.template.spec.containers[0].envFrom[0].configMapRef.name", Release.EnvironmentConfig)]
[Set("spec.template.spec.containers[0].envFrom[1].configMapRef.name", Release.AccountsDbConfig)]
[Resources(CpuRequest = "100m", MemoryRequest = "64Mi", EphemeralStorageRequest = "0.25Gi",
    CpuLimit = "250m", MemoryLimit = "128Mi", EphemeralStorageLimit = "0.25Gi")]
[ReadinessProbe(HttpGet = "/ready", Port = 8080, InitialDelaySeconds = 10, TimeoutSeconds = 10, PeriodSeconds = 5)]
[Set("spec.template.spec.securityContext.fsGroup", 1000)]
[Set("spec.template.spec.securityContext.runAsGroup", 1000)]
[Set("spec.template.spec.securityContext.runAsNonRoot", true)]
[Set("spec.template.spec.securityContext.runAsUser", 1000)]
[Set("spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation", false)]
[Set("spec.template.spec.containers[0].securityContext.capabilities.drop", new[] { "all" })]
[Set("spec.template.spec.containers[0].securityContext.privileged", false)]
[Set("spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem", true)]
[Set("spec.template.spec.volumes[0].name", "tmp")]
[Set("spec.template.spec.volumes[0].emptyDir", "{}")]
[Set("spec.template.spec.volumes[1].name", "publickey")]
[Set("spec.template.spec.volumes[1].secret.secretName", Release.JwtKeySecret)]
[Set("spec.template.spec.volumes[1].secret.items[0].key", "jwtRS256.key.pub")]
[Set("spec.template.spec.volumes[1].secret.items[0].path", "publickey")]
[Set("spec.template.spec.containers[0].volumeMounts[0].name", "tmp")]
[Set("spec.template.spec.containers[0].volumeMounts[0].mountPath", "/tmp")]
[Set("spec.template.spec.containers[0].volumeMounts[1].name", "publickey")]
[Set("spec.template.spec.containers[0].volumeMounts[1].mountPath", "/tmp/.ssh")]
[Set("spec.template.spec.containers[0].volumeMounts[1].readOnly", true)]
public partial class Contacts { }

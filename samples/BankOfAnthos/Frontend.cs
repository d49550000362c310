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
[EnvConfigMapKey("REGISTERED_OAUTH_CLIENT_ID", "oauth-config", "DEMO_OAUTH_CLIENT_ID")]
[EnvConfigMapKey("ALLOWED_OAUTH_REDIRECT_URI", "oauth-config", "DEMO_OAUTH_REDIRECT_URI")]
// The OAuth ConfigMap is optional (the demo runs without it). [EnvConfigMapKey] has no Optional argument, so the two
// entries above are set by their index in env: after the five [Env]s and two keys before them (0-6), 7 and 8.
[Set("spec.template.spec.containers[0].env[7].valueFrom.configMapKeyRef.optional", true)]
[Set("spec.template.spec.containers[0].env[8].valueFrom.configMapKeyRef.optional", true)]
[Set("spec.template.spec.containers[0].envFrom[0].configMapRef.name", Release.EnvironmentConfig)]
[Set("spec.template.spec.containers[0].envFrom[1].configMapRef.name", Release.ServiceApiConfig)]
[Resources(CpuRequest = "100m", MemoryRequest = "64Mi", CpuLimit = "250m", MemoryLimit = "128Mi")]
[ReadinessProbe(HttpGet = "/ready", Port = 8080, InitialDelaySeconds = 10, TimeoutSeconds = 10, PeriodSeconds = 5)]
[LivenessProbe(HttpGet = "/ready", Port = 8080, InitialDelaySeconds = 60, TimeoutSeconds = 30, PeriodSeconds = 15)]
// Runs as an unprivileged user with no capabilities and a read-only root filesystem.
[Set("spec.template.spec.securityContext.fsGroup", 1000)]
[Set("spec.template.spec.securityContext.runAsGroup", 1000)]
[Set("spec.template.spec.securityContext.runAsNonRoot", true)]
[Set("spec.template.spec.securityContext.runAsUser", 1000)]
[Set("spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation", false)]
[Set("spec.template.spec.containers[0].securityContext.capabilities.drop", new[] { "all" })]
[Set("spec.template.spec.containers[0].securityContext.privileged", false)]
[Set("spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem", true)]
// A writable /tmp, and the public key (one item of the Secret) read-only under it.
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
public partial class Frontend { }

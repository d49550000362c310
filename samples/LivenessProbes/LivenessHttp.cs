using ProbeGen;

namespace LivenessProbes;

/// <summary>The docs' httpGet liveness probe: GET /healthz on 8080 with a custom header.</summary>
[Pod("liveness-http")]
[Label("test", "liveness")]
[Container("liveness", "registry.k8s.io/e2e-test-images/agnhost:2.40", Args = new[] { "liveness" })]
[LivenessProbe(HttpGet = "/healthz", Port = 8080, HttpHeaders = new[] { "X-Custom-Header: Awesome" },
               InitialDelaySeconds = 3, PeriodSeconds = 3)]
public partial class LivenessHttp { }

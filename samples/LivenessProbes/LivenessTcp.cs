using ProbeGen;

namespace LivenessProbes;

/// <summary>The docs' tcpSocket probes: the kubelet opens a TCP connection to 8080.</summary>
[Pod("goproxy")]
[Label("app", "goproxy")]
[Container("goproxy", "registry.k8s.io/goproxy:0.1")]
[ContainerPort(8080)]
[ReadinessProbe(TcpSocket = true, Port = 8080, InitialDelaySeconds = 15, PeriodSeconds = 10)]
[LivenessProbe(TcpSocket = true, Port = 8080, InitialDelaySeconds = 15, PeriodSeconds = 20)]
public partial class LivenessTcp { }

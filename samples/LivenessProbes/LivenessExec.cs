using ProbeGen;

namespace LivenessProbes;

/// <summary>
/// The seed example (the Kubernetes docs' liveness.yaml): busybox creates /tmp/healthy, deletes it after 30 s, and
/// the exec probe `cat /tmp/healthy` starts failing; the kubelet restarts the container and the Pod stays Running.
/// </summary>
[Pod("test-liveness-exec")]
[Label("test", "liveness")]
[Container("liveness", "busybox",
    Args = new[] { "/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -rf /tmp/healthy; sleep 600" })]
[LivenessProbe(Exec = new[] { "cat", "/tmp/healthy" }, InitialDelaySeconds = 5, PeriodSeconds = 5)]
public partial class LivenessExec { }

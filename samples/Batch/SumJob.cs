using ProbeGen;

namespace Batch;

/// <summary>
/// The seed's batch computation: sum a batch of numbers once. When it is done the Pod is Succeeded; restarting it
/// would make no sense, so a Job runs it. RestartPolicy.Never keeps a failed container (and its logs) for inspection;
/// the Job controller retries with a new Pod, up to BackoffLimit times.
/// </summary>
[Job("sum", BackoffLimit = 4, ActiveDeadlineSeconds = 300, TtlSecondsAfterFinished = 3600)]
[RestartPolicy(RestartPolicy.Never)]
[Container("sum", "busybox:1.36", Command = new[] { "sh", "-c", "echo $((1+2+3+4+5+6+7+8+9+10))" })]
[Resources(CpuRequest = "50m", MemoryRequest = "16Mi", MemoryLimit = "32Mi")]
public partial class SumJob { }

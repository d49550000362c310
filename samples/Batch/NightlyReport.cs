using ProbeGen;

namespace Batch;

/// <summary>A nightly report at 02:00 Paris time; a run still going at the next slot is not doubled.</summary>
[CronJob("nightly-report", "0 2 * * *", TimeZone = "Europe/Paris", ConcurrencyPolicy = ConcurrencyPolicy.Forbid,
    SuccessfulJobsHistoryLimit = 3, FailedJobsHistoryLimit = 1, BackoffLimit = 2)]
[RestartPolicy(RestartPolicy.OnFailure)]
[Container("report", "busybox:1.36", Args = new[] { "sh", "-c", "date; echo report done" })]
public partial class NightlyReport { }

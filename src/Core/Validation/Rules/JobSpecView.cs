using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// A Job's spec as batch validateJobSpec reads it (a CronJob's job template too): the modeled counts from the model,
    /// the long tail (completionMode, backoffLimitPerIndex, maxFailedIndexes, podFailurePolicy …) from the settings.
    /// </summary>
    internal readonly struct JobSpecView
    {
        private JobSpecView(WorkloadSpec workload, string path)
        {
            View = SettingsView.Root(workload).At(path);
            Completions = workload.Job?.Completions;
            Parallelism = workload.Job?.Parallelism;
        }

        public static JobSpecView? Of(WorkloadSpec workload) =>
            LongTail.JobSpecPath(workload.Kind) is { } path ? new JobSpecView(workload, path) : null;

        public SettingsView View { get; }

        public int? Completions { get; }

        public int? Parallelism { get; }

        /// <summary>completionMode as given (SetDefaults_Job makes a missing one NonIndexed).</summary>
        public string? CompletionMode => View.Text("completionMode");

        public bool Indexed => CompletionMode == "Indexed";

        public long? BackoffLimitPerIndex => View.Integer("backoffLimitPerIndex");

        public long? MaxFailedIndexes => View.Integer("maxFailedIndexes");

        public bool HasPodFailurePolicy => View.Any("podFailurePolicy");

        public string PathOf(string relative) => View.PathOf(relative);
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// A Job's spec as batch validateJobSpec reads it (a CronJob's job template too): the modeled fields (the counts,
    /// completionMode, backoffLimitPerIndex, maxFailedIndexes) from the model, the long tail (podFailurePolicy …) from
    /// the settings; a model built without the modeled fields (a settings-only test) falls back to the settings.
    /// </summary>
    internal readonly struct JobSpecView
    {
        private JobSpecView(WorkloadSpec workload, string path)
        {
            View = SettingsView.Root(workload).At(path);
            Completions = workload.Job?.Completions;
            Parallelism = workload.Job?.Parallelism;
            _mode = workload.Job?.CompletionMode;
            _backoffLimitPerIndex = workload.Job?.BackoffLimitPerIndex;
            _maxFailedIndexes = workload.Job?.MaxFailedIndexes;
        }

        private readonly string? _mode;
        private readonly int? _backoffLimitPerIndex;
        private readonly int? _maxFailedIndexes;

        public static JobSpecView? Of(WorkloadSpec workload) =>
            LongTail.JobSpecPath(workload.Kind) is { } path ? new JobSpecView(workload, path) : null;

        public SettingsView View { get; }

        public int? Completions { get; }

        public int? Parallelism { get; }

        /// <summary>completionMode as given (SetDefaults_Job makes a missing one NonIndexed).</summary>
        public string? CompletionMode => _mode ?? View.Text("completionMode");

        public bool Indexed => CompletionMode == "Indexed";

        public long? BackoffLimitPerIndex => _backoffLimitPerIndex ?? View.Integer("backoffLimitPerIndex");

        public long? MaxFailedIndexes => _maxFailedIndexes ?? View.Integer("maxFailedIndexes");

        public bool HasPodFailurePolicy => View.Any("podFailurePolicy");

        public string PathOf(string relative) => View.PathOf(relative);
    }
}

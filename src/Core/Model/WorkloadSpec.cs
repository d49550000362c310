namespace ProbeGen.Core.Model
{
    /// <summary>
    /// The root of the model: one Kubernetes workload as the user wrote it. Immutable with structural equality
    /// all the way down (records and <see cref="EquatableArray{T}"/>), never a Roslyn type: incremental caching
    /// compares it by value, and the YAML front-end builds the very same object. The metadata fields Mapping.cs maps
    /// are generated (Records.g.cs); the positional ones are written here.
    /// </summary>
    public sealed partial record WorkloadSpec(
        WorkloadKind Kind,
        string Name,
        string? Namespace,
        EquatableArray<KeyValue> Labels,
        EquatableArray<KeyValue> Annotations,
        PodSpec Pod,
        DeploymentSpec? Deployment = null,
        JobSpec? Job = null,
        CronJobSpec? CronJob = null)
    {
        /// <summary>
        /// The fields no attribute models, set by <c>[Set(path, value)]</c> (or captured from YAML by lint and import): root
        /// paths from the top of the manifest, container settings anchored at their container, sorted by
        /// <see cref="ProbeGen.Core.Schema.FieldSettings.Sorted"/>. Empty when there are none.
        /// </summary>
        public EquatableArray<ProbeGen.Core.Schema.FieldSetting> Settings { get; init; } = EquatableArray<ProbeGen.Core.Schema.FieldSetting>.Empty;

        /// <summary>A StatefulSet's own fields (set iff <see cref="Kind"/> is StatefulSet); not positional, so adding a kind breaks no caller.</summary>
        public StatefulSetSpec? StatefulSet { get; init; }

        /// <summary>A DaemonSet's own fields (set iff <see cref="Kind"/> is DaemonSet).</summary>
        public DaemonSetSpec? DaemonSet { get; init; }

        /// <summary>
        /// The pod template's labels as given (<c>[PodLabel]</c>, or a manifest's that differ from the default); default
        /// (<see cref="EquatableArray{T}.IsDefault"/>) when not given: then <see cref="PodTemplates.DefaultPodLabels"/> are written.
        /// Empty (not default) only from YAML: a template with no labels where the default has some.
        /// </summary>
        public EquatableArray<KeyValue> PodLabels { get; init; }

        /// <summary>The pod template's annotations (<c>[PodAnnotation]</c>), apart from the workload's own. Empty when there are none.</summary>
        public EquatableArray<KeyValue> PodAnnotations { get; init; } = EquatableArray<KeyValue>.Empty;

        /// <summary>
        /// The selector's matchLabels as given (<c>[SelectorLabel]</c>, or a manifest's that differ from the template's labels);
        /// default when not given: a controller that needs a selector then selects its template's labels.
        /// </summary>
        public EquatableArray<KeyValue> SelectorLabels { get; init; }

        /// <summary>
        /// The manifest has no selector although its kind needs one (YAML only: the attributes always give a Deployment one), so
        /// that lint reports PG1411 and the manifest is written back as it was.
        /// </summary>
        public bool SelectorOmitted { get; init; }

        /// <summary>
        /// The manifest file name: <c>[namespace.]name.kind.yaml</c>; with only a generateName, the prefix stands for the name
        /// (<c>migrate-.job.yaml</c>: a name never ends in '-', so it cannot be a named workload's file).
        /// </summary>
        public string FileName => (string.IsNullOrEmpty(Namespace) ? "" : Namespace + ".") + (Name.Length == 0 && !string.IsNullOrEmpty(GenerateName) ? GenerateName : Name) + "." + Kind.FileSuffix() + ".yaml";
    }

    /// <summary>Which kinds are controllers of the apps group: judgement the kind rows do not carry.</summary>
    public static class WorkloadKindTraits
    {
        /// <summary>
        /// Deployment, StatefulSet and DaemonSet: a required selector that ProbeGen writes from the template labels
        /// (<c>app: &lt;name&gt;</c> when the workload has none), and a template whose restartPolicy must be Always.
        /// </summary>
        public static bool IsAppsController(this WorkloadKind kind) => kind is WorkloadKind.Deployment or WorkloadKind.StatefulSet or WorkloadKind.DaemonSet;
    }

    // DeploymentSpec, JobSpec, CronJobSpec, StatefulSetSpec and DaemonSetSpec: their scalars are generated from eng/SchemaGen/Mapping.cs (Records.g.cs).
}

namespace ProbeGen.Core.Model
{
    /// <summary>
    /// The pod template's metadata and the selector of a controller, by what a kind has (a pod template, a selector it
    /// needs) rather than by kind name, so that a new controller kind gets them from the same code.
    /// </summary>
    public static class PodTemplates
    {
        /// <summary>Whether the kind creates its pods from a pod template (every controller; a Pod is its own pod).</summary>
        public static bool HasPodTemplate(this WorkloadKind kind) => kind != WorkloadKind.Pod;

        /// <summary>
        /// Whether the kind's spec needs a selector (the apps/v1 controllers); a Job takes one only with manualSelector (its
        /// selector is written only when given), a CronJob's lives in its job template.
        /// </summary>
        public static bool RequiresSelector(this WorkloadKind kind) => kind is not (WorkloadKind.Pod or WorkloadKind.Job or WorkloadKind.CronJob);

        /// <summary>The field path of the pod template: <c>spec.template</c>, a CronJob's <c>spec.jobTemplate.spec.template</c>.</summary>
        public static string PodTemplatePath(this WorkloadKind kind) => kind == WorkloadKind.CronJob ? "spec.jobTemplate.spec.template" : "spec.template";

        /// <summary>The field path of the selector: <c>spec.selector</c>, a CronJob's <c>spec.jobTemplate.spec.selector</c>.</summary>
        public static string SelectorPath(this WorkloadKind kind) => kind == WorkloadKind.CronJob ? "spec.jobTemplate.spec.selector" : "spec.selector";

        /// <summary>
        /// The template labels written when none is given: the workload's labels; for a kind that needs a selector and has
        /// no labels, <c>app: &lt;name&gt;</c> (a selector must not be empty).
        /// </summary>
        public static EquatableArray<KeyValue> DefaultPodLabels(WorkloadSpec w) =>
            w.Labels.Count > 0 || !w.Kind.RequiresSelector() ? w.Labels : new EquatableArray<KeyValue>(new[] { new KeyValue("app", w.Name) });

        /// <summary>The labels the pod template carries: the given ones, or the default.</summary>
        public static EquatableArray<KeyValue> EffectivePodLabels(WorkloadSpec w) => w.PodLabels.IsDefault ? DefaultPodLabels(w) : w.PodLabels;

        /// <summary>
        /// The selector's matchLabels as written, or default when no selector is written: the given ones; else, for a kind that
        /// needs one, the template's labels (none when a manifest had no selector).
        /// </summary>
        public static EquatableArray<KeyValue> EffectiveSelectorLabels(WorkloadSpec w)
        {
            if (!w.SelectorLabels.IsDefault) return w.SelectorLabels;
            if (!w.Kind.RequiresSelector() || w.SelectorOmitted) return default;
            return EffectivePodLabels(w);
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// apps ValidatePodTemplateSpecForReplicaSet, ValidatePodTemplateSpecForStatefulSet, ValidateDaemonSetSpec; batch
    /// validateJobSpec (a given selector): the selector must select the template's labels, reported at
    /// <c>spec.template.metadata.labels</c> with the labels as the value. In C# the finding points at the first
    /// <c>[SelectorLabel]</c> the template does not carry.
    /// </summary>
    public sealed class SelectorMatchesTemplate : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1413", "A controller's selector matches its pod template's labels", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (!workload.Kind.HasPodTemplate()) return;
            var selector = SelectorFacts.Of(workload);
            // A Job or CronJob without a selector gets a generated one; a kind that needs one and has none is PG1411 and this.
            if (!selector.Given && !workload.Kind.RequiresSelector()) return;
            // An empty selector (PG1412) and a malformed requirement (PG1830) fail conversion: the API server then skips this check.
            if (selector.Given && selector.MatchLabels.Count == 0 && selector.Expressions.Count == 0) return;
            if (K8sLabelSelector.ValidateLabelSelector(selector.MatchLabelPairs(), selector.Requirements(), allowInvalidLabelValue: false).Count > 0) return;
            var templateLabels = PodTemplates.EffectivePodLabels(workload);
            var labels = new System.Collections.Generic.Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var kv in templateLabels) labels[kv.Key] = kv.Value;
            if (K8sLabelSelector.Matches(selector.Given, selector.MatchLabelMap(), selector.Requirements(), labels)) return;
            string path = workload.Kind.PodTemplatePath() + ".metadata.labels";
            string? source = null;
            foreach (var kv in selector.MatchLabels)
            {
                if (!labels.TryGetValue(kv.Key, out var v) || v != kv.Value)
                {
                    source = selector.Path + ".matchLabels[" + kv.Key + "]";
                    break;
                }
            }
            sink.Report(Rule, path, path + ": Invalid value: " + SelectorFacts.GoMap(templateLabels) + ": " + K8sLabelSelector.DoesNotMatchTemplateError, source);
        }
    }
}

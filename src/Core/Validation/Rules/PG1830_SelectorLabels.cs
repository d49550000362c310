using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// apimachinery ValidateLabelSelector on a controller's <c>spec.selector</c>: matchLabels keys are qualified names and
    /// values label values (reported at <c>spec.selector.matchLabels</c>), and every matchExpressions requirement is valid
    /// (ValidateLabelSelectorRequirement: In/NotIn need values, Exists/DoesNotExist take none, a known operator, a
    /// qualified key). The other label selectors of the pod spec (affinity, topology spread) are not checked here.
    /// </summary>
    public sealed class SelectorLabels : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1830", "A controller's selector has valid labels and requirements", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (!workload.Kind.HasPodTemplate()) return;
            var selector = SelectorFacts.Of(workload);
            if (!selector.Given) return;
            string map = selector.Path + ".matchLabels";
            // A selector derived from the template's labels is reported once, by PG1016 (and PG1006/PG1007), not twice.
            if (!workload.SelectorLabels.IsDefault)
            {
                LabelKey.CheckKeys(Rule, selector.MatchLabels, map, map, sink);
                LabelValue.CheckValues(Rule, selector.MatchLabels, map, map, sink);
            }
            foreach (var (requirement, path) in selector.Expressions)
            {
                foreach (var error in K8sLabelSelector.ValidateRequirement(requirement))
                {
                    sink.Report(Rule, error.PathUnder(path), error.Render(path));
                }
            }
        }
    }
}

using System.Linq;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// apimachinery ValidateLabelSelector → ValidateLabelSelectorRequirement on every label selector of a workload: a
    /// controller's given <c>spec.selector</c> (ValidateDeploymentSpec, ValidateStatefulSetSpec, ValidateDaemonSetSpec,
    /// a Job's manual selector: matchLabels keys qualified names and values label values, at <c>spec.selector.matchLabels</c>;
    /// every matchExpressions requirement valid), and the pod spec's (pod affinity terms' labelSelector and
    /// namespaceSelector, topology spread constraints' labelSelector). One rule for them all, as the catalogue has it.
    /// </summary>
    public sealed class LabelSelectors : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1830", "A label selector's labels and requirements are valid", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            CheckControllerSelector(workload, sink);
            RuleError.ReportMine(AffinityChecks.Errors(workload).Concat(TopologySpreadChecks.Errors(workload)), Rule, sink);
        }

        private static void CheckControllerSelector(WorkloadSpec workload, FindingSink sink)
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
                foreach (var error in K8sLabelSelector.ValidateRequirement(requirement, allowInvalidLabelValue: false))
                {
                    sink.Report(Rule, error.PathUnder(path), error.Render(path));
                }
            }
        }
    }
}

using System.Linq;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// ValidateLabelSelector → ValidateLabelSelectorRequirement for a Deployment's spec.selector (ValidateDeploymentSpec)
    /// and the pod spec's label selectors (pod affinity terms' labelSelector and namespaceSelector, topology spread
    /// constraints' labelSelector): matchLabels are labels, each requirement's operator fits its values, keys are
    /// qualified names, values label values.
    /// </summary>
    public sealed class PodSpecLabelSelectors : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1830", "A label selector's labels and requirements are valid", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            // The selector's matchExpressions are read from the settings (the model carries matchLabels, checked as the template's).
            if (workload.Kind == WorkloadKind.Deployment) LongTail.ValidateLabelSelector(sink, Rule, SettingsView.Root(workload).At("spec.selector"), allowInvalidLabelValue: false, expressionsOnly: true);
            RuleError.ReportMine(AffinityChecks.Errors(workload).Concat(TopologySpreadChecks.Errors(workload)), Rule, sink);
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// apps ValidateDeploymentSpec, ValidateStatefulSetSpec, ValidateDaemonSetSpec: a selector with neither matchLabels nor
    /// matchExpressions, <c>empty selector is invalid for deployment</c> (… statefulset, … daemonset).
    /// </summary>
    public sealed class SelectorNotEmpty : IWorkloadRule
    {
        /// <summary>Go's <c>%#v</c> of an empty metav1.LabelSelector (no pointers in it, so the text is stable).</summary>
        public const string EmptySelectorValue = "v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}";

        public static readonly RuleDescriptor Rule = new("PG1412", "A controller's selector is not empty", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (!workload.Kind.RequiresSelector()) return;
            var selector = SelectorFacts.Of(workload);
            if (!selector.Given || selector.MatchLabels.Count > 0 || selector.Expressions.Count > 0) return;
            sink.Report(Rule, selector.Path, selector.Path + ": Invalid value: " + EmptySelectorValue + ": empty selector is invalid for " + workload.Kind.KindName().ToLowerInvariant(),
                selector.Path + ".matchLabels");
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validatePodFailurePolicyRule: the FailIndex action needs backoffLimitPerIndex (there is no index to fail otherwise).</summary>
    public sealed class FailIndexNeedsBackoffPerIndex : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1484", "The FailIndex action comes with backoffLimitPerIndex", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (JobSpecView.Of(workload) is not { HasPodFailurePolicy: true } j || j.BackoffLimitPerIndex is not null) return;
            foreach (var rule in j.View.Items("podFailurePolicy.rules"))
            {
                if (rule.Text("action") == "FailIndex") sink.Invalid(Rule, rule.PathOf("action"), "FailIndex", "requires the backoffLimitPerIndex to be set");
            }
        }
    }
}

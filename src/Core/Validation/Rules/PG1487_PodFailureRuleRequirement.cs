using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validatePodFailurePolicyRule: a rule has exactly one of onExitCodes and onPodConditions (the value is omitted from the message).</summary>
    public sealed class PodFailureRuleRequirement : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1487", "A pod failure policy rule has onExitCodes or onPodConditions, not both", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (JobSpecView.Of(workload) is not { HasPodFailurePolicy: true } j) return;
            foreach (var rule in j.View.Items("podFailurePolicy.rules"))
            {
                bool codes = rule.Any("onExitCodes"), conditions = rule.Count("onPodConditions") > 0;
                if (codes && conditions) LongTail.InvalidOmitValue(sink, Rule, rule.Path, "specifying both OnExitCodes and OnPodConditions is not supported");
                if (!codes && !conditions) LongTail.InvalidOmitValue(sink, Rule, rule.Path, "specifying one of OnExitCodes and OnPodConditions is required");
            }
        }
    }
}

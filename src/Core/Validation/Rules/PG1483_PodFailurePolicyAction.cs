using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validatePodFailurePolicyRule: each rule's action is Count, FailIndex, FailJob or Ignore.</summary>
    public sealed class PodFailurePolicyAction : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1483", "A pod failure policy rule's action is Count, FailIndex, FailJob or Ignore", RuleSeverity.Error, Categories.Workloads);

        public static readonly string[] Actions = { "Count", "FailIndex", "FailJob", "Ignore" };

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (JobSpecView.Of(workload) is not { HasPodFailurePolicy: true } j) return;
            foreach (var rule in j.View.Items("podFailurePolicy.rules"))
            {
                string action = rule.Text("action") ?? "";
                // Required's detail is Go's %q of the sorted list: ["Count" "FailIndex" "FailJob" "Ignore"].
                if (action.Length == 0) sink.Required(Rule, rule.PathOf("action"), "valid values: [\"Count\" \"FailIndex\" \"FailJob\" \"Ignore\"]");
                else if (System.Array.IndexOf(Actions, action) < 0) sink.NotSupported(Rule, rule.PathOf("action"), action, Actions);
            }
        }
    }
}

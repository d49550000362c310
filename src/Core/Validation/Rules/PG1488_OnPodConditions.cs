using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validatePodFailurePolicy and validatePodFailurePolicyRuleOnPodConditions: at most 20 rules and 20 patterns per
    /// rule; a pattern's type is a qualified name and its status True, False or Unknown (SetDefaults_Job makes a
    /// missing status True).
    /// </summary>
    public sealed class OnPodConditions : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1488", "A pod failure policy has at most 20 rules of 20 valid condition patterns", RuleSeverity.Error, Categories.Workloads);

        public const int MaxRules = 20;
        public const int MaxPatterns = 20;

        private static readonly string[] Statuses = { "False", "True", "Unknown" };

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (JobSpecView.Of(workload) is not { HasPodFailurePolicy: true } j) return;
            if (j.View.Count("podFailurePolicy.rules") > MaxRules) LongTail.TooMany(sink, Rule, j.PathOf("podFailurePolicy.rules"), MaxRules);
            foreach (var rule in j.View.Items("podFailurePolicy.rules"))
            {
                if (rule.Count("onPodConditions") > MaxPatterns) LongTail.TooMany(sink, Rule, rule.PathOf("onPodConditions"), MaxPatterns);
                foreach (var pattern in rule.Items("onPodConditions"))
                {
                    string type = pattern.Text("type") ?? "";
                    foreach (var msg in K8sFormats.QualifiedName(type)) sink.Invalid(Rule, pattern.PathOf("type"), type, msg);
                    if (pattern.Text("status") is { Length: > 0 } status && System.Array.IndexOf(Statuses, status) < 0)
                    {
                        sink.NotSupported(Rule, pattern.PathOf("status"), status, Statuses);
                    }
                }
            }
        }
    }
}

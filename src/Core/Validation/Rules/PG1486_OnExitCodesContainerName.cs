using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validatePodFailurePolicyRuleOnExitCodes: a containerName names a container or init container of the template.</summary>
    public sealed class OnExitCodesContainerName : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1486", "onExitCodes.containerName names a container of the template", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (JobSpecView.Of(workload) is not { HasPodFailurePolicy: true } j) return;
            var names = LongTail.ContainerNames(workload);
            foreach (var rule in j.View.Items("podFailurePolicy.rules"))
            {
                if (rule.Text("onExitCodes.containerName") is { } name && !names.Contains(name))
                {
                    sink.Invalid(Rule, rule.PathOf("onExitCodes.containerName"), name, "must be one of the container or initContainer names in the pod template");
                }
            }
        }
    }
}

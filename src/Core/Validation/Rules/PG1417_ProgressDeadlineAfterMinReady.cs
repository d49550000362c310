using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// ValidateDeploymentSpec: progressDeadlineSeconds &gt; minReadySeconds. apps/v1 defaults an unset
    /// progressDeadlineSeconds to 600 before validation, so minReadySeconds ≥ 600 alone is rejected too.
    /// </summary>
    public sealed class ProgressDeadlineAfterMinReady : IWorkloadRule
    {
        public const int DefaultProgressDeadlineSeconds = 600;

        public static readonly RuleDescriptor Rule = new("PG1417", "progressDeadlineSeconds is greater than minReadySeconds", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.Deployment || workload.Deployment is not { } d) return;
            int deadline = d.ProgressDeadlineSeconds ?? DefaultProgressDeadlineSeconds;
            int minReady = d.MinReadySeconds ?? 0;
            if (deadline <= minReady)
            {
                sink.Invalid(Rule, "spec.progressDeadlineSeconds", deadline, "must be greater than minReadySeconds");
            }
        }
    }
}

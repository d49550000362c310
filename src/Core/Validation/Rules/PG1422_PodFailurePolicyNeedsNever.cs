using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>batch validateJobSpec: with a podFailurePolicy, the template's restartPolicy is Never (the policy judges failed Pods, which OnFailure restarts in place).</summary>
    public sealed class PodFailurePolicyNeedsNever : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1422", "A Job with a podFailurePolicy has restartPolicy Never", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (JobSpecView.Of(workload) is not { HasPodFailurePolicy: true }) return;
            // Anything but OnFailure or Never is PG1420/PG1421's (the same else-if chain in the code).
            if (workload.Pod.RestartPolicy == "OnFailure")
            {
                sink.Invalid(Rule, workload.Kind.PodSpecPath() + ".restartPolicy", "OnFailure", "only \"Never\" is supported when podFailurePolicy is specified");
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateSleepAction: seconds is non-negative and at most the pod's terminationGracePeriodSeconds (30 when unset).</summary>
    public sealed class LifecycleSleepWithinGracePeriod : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1326", "A lifecycle sleep is 0 to terminationGracePeriodSeconds", RuleSeverity.Error, Categories.Lifecycle);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(LifecycleValidation.Errors(workload), Rule, sink);
    }
}

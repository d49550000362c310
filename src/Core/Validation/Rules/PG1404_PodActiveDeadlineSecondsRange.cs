using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// core ValidatePodSpec: a pod spec's activeDeadlineSeconds, when set, is between 1 and 2147483647 (0 is rejected,
    /// unlike a Job's own spec.activeDeadlineSeconds, PG1423). Checked on every pod spec, a template's too.
    /// </summary>
    public sealed class PodActiveDeadlineSecondsRange : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1404", "A pod's activeDeadlineSeconds is between 1 and 2147483647", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var pod = SettingsView.PodSpec(workload);
            if (pod.Integer("activeDeadlineSeconds") is { } seconds && (seconds < 1 || seconds > int.MaxValue))
            {
                sink.Invalid(Rule, pod.PathOf("activeDeadlineSeconds"), seconds, "must be between 1 and 2147483647, inclusive");
            }
        }
    }
}

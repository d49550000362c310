using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateExecAction: an exec hook's command is not empty.</summary>
    public sealed class LifecycleExecCommandRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1324", "A lifecycle exec hook has a command", RuleSeverity.Error, Categories.Lifecycle);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(LifecycleValidation.Errors(workload), Rule, sink);
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateVolumeMounts: a mount's name is not empty.</summary>
    public sealed class VolumeMountNameRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1630", "A volume mount names a volume", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateVolumeMounts: mountPath is not empty.</summary>
    public sealed class VolumeMountPathRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1632", "A volume mount has a mountPath", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

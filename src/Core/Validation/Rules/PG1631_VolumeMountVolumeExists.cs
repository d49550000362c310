using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateVolumeMounts → IsMatchedVolume: the name is a volume of the pod that has no error of its own.</summary>
    public sealed class VolumeMountVolumeExists : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1631", "A volume mount names a volume of the pod", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

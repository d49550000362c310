using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateConfigMapVolumeSource (and validateProjectionSources): configMap.name is set.</summary>
    public sealed class ConfigMapVolumeName : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1605", "A configMap volume names its config map", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateConfigMapVolumeSource, validateSecretVolumeSource, validateProjectedVolumeSource, validateDownwardAPIVolumeSource, validateKeyToPath: defaultMode and items[].mode are 0–0777.</summary>
    public sealed class VolumeFileMode : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1610", "A volume file mode is between 0 and 0777", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateSecretVolumeSource (and validateProjectionSources): secret.secretName (a projected secret's name) is set.</summary>
    public sealed class SecretVolumeName : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1606", "A secret volume names its secret", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

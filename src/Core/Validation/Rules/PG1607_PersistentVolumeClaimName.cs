using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validatePersistentClaimVolumeSource: claimName is set.</summary>
    public sealed class PersistentVolumeClaimName : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1607", "A persistentVolumeClaim volume names its claim", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

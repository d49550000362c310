using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateEphemeralVolumeSource → ValidatePersistentVolumeClaimSpec: volumeClaimTemplate set, at least one supported access mode, a storage request.</summary>
    public sealed class EphemeralVolumeClaimTemplate : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1620", "An ephemeral volume has a claim template with an access mode and a storage request", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

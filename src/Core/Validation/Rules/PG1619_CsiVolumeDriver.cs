using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateCSIVolumeSource → ValidateCSIDriverName: driver set, at most 63 characters, a DNS-1123 subdomain once lower-cased; nodePublishSecretRef names a secret.</summary>
    public sealed class CsiVolumeDriver : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1619", "A csi volume names a valid driver", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

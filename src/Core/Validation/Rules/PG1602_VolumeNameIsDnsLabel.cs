using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateVolumes → ValidateDNS1123Label: at most 63 characters, no dots.</summary>
    public sealed class VolumeNameIsDnsLabel : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1602", "A volume name is a lowercase DNS-1123 label", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateVolumes: a volume's name is not empty.</summary>
    public sealed class VolumeNameRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1601", "A volume has a name", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

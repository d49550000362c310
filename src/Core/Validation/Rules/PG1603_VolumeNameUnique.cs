using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateVolumes: a name that an earlier error-free volume has is a duplicate.</summary>
    public sealed class VolumeNameUnique : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1603", "Volume names are unique", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

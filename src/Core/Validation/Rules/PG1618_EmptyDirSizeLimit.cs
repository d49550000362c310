using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateVolumeSource: emptyDir.sizeLimit is not below zero.</summary>
    public sealed class EmptyDirSizeLimit : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1618", "An emptyDir sizeLimit is not negative", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

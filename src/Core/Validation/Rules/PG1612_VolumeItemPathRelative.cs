using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateKeyToPath → ValidateLocalNonReservedPath: not absolute, no '..' element, not starting with '..'.</summary>
    public sealed class VolumeItemPathRelative : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1612", "A volume item path is relative and stays inside the volume", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

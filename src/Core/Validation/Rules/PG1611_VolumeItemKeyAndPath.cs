using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateKeyToPath: items[].key and items[].path are set.</summary>
    public sealed class VolumeItemKeyAndPath : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1611", "A volume item has a key and a path", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateDownwardAPIVolumeFile (called with the volume's path): path set and relative, exactly one of fieldRef and resourceFieldRef, mode 0–0777.</summary>
    public sealed class DownwardApiVolumeFile : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1616", "A downward API volume file has a path and one field reference", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

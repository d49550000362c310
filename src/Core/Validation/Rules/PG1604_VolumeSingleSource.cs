using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateVolumeSource: more than one source is Forbidden on each after the first (none is defaulted to emptyDir).</summary>
    public sealed class VolumeSingleSource : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1604", "A volume has one source", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateVolumeMounts: a mountPath is unique within one container.</summary>
    public sealed class VolumeMountPathUnique : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1633", "A container mounts at most one volume at a path", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

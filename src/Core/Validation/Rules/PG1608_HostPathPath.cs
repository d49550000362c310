using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateHostPathVolumeSource, validatePathNoBacksteps: hostPath.path is set and has no '..' element.</summary>
    public sealed class HostPathPath : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1608", "A hostPath volume has a path without '..'", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

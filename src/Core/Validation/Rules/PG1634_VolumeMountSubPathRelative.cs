using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateVolumeMounts → validateLocalDescendingPath: subPath and subPathExpr are not absolute and have no '..' element (reported at volumeMounts.subPath, without index).</summary>
    public sealed class VolumeMountSubPathRelative : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1634", "A subPath is relative and stays inside the volume", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

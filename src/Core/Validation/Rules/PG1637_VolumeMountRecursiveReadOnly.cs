using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateMountRecursiveReadOnly: Enabled or IfPossible only with readOnly: true and mountPropagation None or unset.</summary>
    public sealed class VolumeMountRecursiveReadOnly : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1637", "recursiveReadOnly needs readOnly and no propagation", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

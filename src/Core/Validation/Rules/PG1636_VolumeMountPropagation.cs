using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateMountPropagation: Bidirectional, HostToContainer or None; Bidirectional needs a privileged container.</summary>
    public sealed class VolumeMountPropagation : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1636", "mountPropagation is supported, and Bidirectional only when privileged", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

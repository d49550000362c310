using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateObjectFieldSelector with the volume expressions: metadata.name, namespace, uid, labels, annotations (or a subscripted label or annotation).</summary>
    public sealed class DownwardApiVolumeFieldPath : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1617", "A downward API volume exposes a supported metadata field", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

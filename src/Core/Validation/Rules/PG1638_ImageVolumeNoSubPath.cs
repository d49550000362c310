using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateVolumeMounts: a mount of an image volume may not set subPath or subPathExpr.</summary>
    public sealed class ImageVolumeNoSubPath : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1638", "An image volume is mounted without subPath", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

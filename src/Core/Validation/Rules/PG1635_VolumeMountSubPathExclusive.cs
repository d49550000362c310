using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateVolumeMounts: subPathExpr and subPath are mutually exclusive.</summary>
    public sealed class VolumeMountSubPathExclusive : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1635", "subPath and subPathExpr are not both set", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

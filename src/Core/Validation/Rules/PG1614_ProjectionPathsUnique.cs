using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateProjectionSources: two items of one projected volume may not write the same path.</summary>
    public sealed class ProjectionPathsUnique : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1614", "Projected files have distinct paths", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

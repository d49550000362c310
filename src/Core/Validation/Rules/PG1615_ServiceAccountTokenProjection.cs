using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateProjectionSources: expirationSeconds is 600 to 2^32 (3600 when unset), path is set.</summary>
    public sealed class ServiceAccountTokenProjection : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1615", "A projected service account token lasts at least 10 minutes and has a path", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

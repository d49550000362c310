using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateProjectionSources: one of secret, configMap, downwardAPI, serviceAccountToken, clusterTrustBundle per source.</summary>
    public sealed class ProjectionSingleSource : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1613", "A projected source sets one kind of projection", RuleSeverity.Error, Categories.Volumes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(VolumeValidation.Errors(workload), Rule, sink);
    }
}

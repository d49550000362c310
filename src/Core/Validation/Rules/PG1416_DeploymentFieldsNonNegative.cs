using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateDeploymentSpec: minReadySeconds, revisionHistoryLimit and progressDeadlineSeconds are ≥ 0.</summary>
    public sealed class DeploymentFieldsNonNegative : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1416", "Deployment counts and durations are not negative", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.Deployment || workload.Deployment is not { } d) return;
            Field(d.MinReadySeconds, "spec.minReadySeconds");
            Field(d.RevisionHistoryLimit, "spec.revisionHistoryLimit");
            Field(d.ProgressDeadlineSeconds, "spec.progressDeadlineSeconds");

            void Field(int? value, string path)
            {
                if (value is int v && v < 0) sink.Invalid(Rule, path, v, K8sFormats.NonNegativeError);
            }
        }
    }
}

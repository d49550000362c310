using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>apps ValidateDaemonSetSpec: minReadySeconds and revisionHistoryLimit are not negative.</summary>
    public sealed class DaemonSetFieldsNonNegative : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1474", "DaemonSet minReadySeconds and revisionHistoryLimit are not negative", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.DaemonSet || workload.DaemonSet is not { } d) return;
            if (d.MinReadySeconds is int m && m < 0) sink.Invalid(Rule, "spec.minReadySeconds", m, K8sFormats.NonNegativeError);
            if (d.RevisionHistoryLimit is int h && h < 0) sink.Invalid(Rule, "spec.revisionHistoryLimit", h, K8sFormats.NonNegativeError);
        }
    }
}

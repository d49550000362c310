using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// apps ValidateStatefulSetSpec: replicas, minReadySeconds and ordinals.start are not negative. ordinals.start is a
    /// long-tail field (<c>[Set]</c> or a linted manifest), read from the settings; the code names its path with one dotted segment.
    /// </summary>
    public sealed class StatefulSetFieldsNonNegative : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1466", "StatefulSet replicas, minReadySeconds and ordinals.start are not negative", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.StatefulSet) return;
            if (workload.StatefulSet is { } s)
            {
                if (s.Replicas is int r && r < 0) sink.Invalid(Rule, "spec.replicas", r, K8sFormats.NonNegativeError);
                if (s.MinReadySeconds is int m && m < 0) sink.Invalid(Rule, "spec.minReadySeconds", m, K8sFormats.NonNegativeError);
            }
            if (SettingsView.Root(workload).Integer("spec.ordinals.start") is long start && start < 0)
                sink.Invalid(Rule, "spec.ordinals.start", start, K8sFormats.NonNegativeError);
        }
    }
}

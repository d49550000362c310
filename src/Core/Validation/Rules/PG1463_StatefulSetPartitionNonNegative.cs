using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>apps validateRollingUpdateStatefulSet: updateStrategy.rollingUpdate.partition is not negative (read from the settings).</summary>
    public sealed class StatefulSetPartitionNonNegative : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1463", "A StatefulSet's rollingUpdate partition is not negative", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.StatefulSet) return;
            const string Path = "spec.updateStrategy.rollingUpdate.partition";
            if (SettingsView.Root(workload).Integer(Path) is long partition && partition < 0) sink.Invalid(Rule, Path, partition, K8sFormats.NonNegativeError);
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// apps ValidatePersistentVolumeClaimRetentionPolicyType: persistentVolumeClaimRetentionPolicy.whenDeleted and whenScaled
    /// are Retain or Delete ("" is defaulted to Retain); read from the settings.
    /// </summary>
    public sealed class StatefulSetClaimRetentionPolicy : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1465", "A StatefulSet's claim retention policy is Retain or Delete", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.StatefulSet) return;
            var policy = SettingsView.Root(workload).At("spec.persistentVolumeClaimRetentionPolicy");
            Field("whenDeleted");
            Field("whenScaled");

            void Field(string name)
            {
                if (policy.Text(name) is not string value || value.Length == 0 || value == "Retain" || value == "Delete") return;
                sink.NotSupported(Rule, policy.PathOf(name), value, "Retain", "Delete");
            }
        }
    }
}

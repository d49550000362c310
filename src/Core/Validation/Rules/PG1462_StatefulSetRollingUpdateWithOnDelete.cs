using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>apps ValidateStatefulSetSpec: updateStrategy.rollingUpdate only with type RollingUpdate (read from the settings).</summary>
    public sealed class StatefulSetRollingUpdateWithOnDelete : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1462", "A StatefulSet's rollingUpdate is only allowed with updateStrategy RollingUpdate", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.StatefulSet) return;
            var strategy = SettingsView.Root(workload).At("spec.updateStrategy");
            if (strategy.Text("type") != "OnDelete" || !strategy.Any("rollingUpdate")) return;
            string path = strategy.PathOf("rollingUpdate");
            sink.Report(Rule, path, path + ": Invalid value: <RollingUpdateStatefulSetStrategy>: only allowed for updateStrategy 'RollingUpdate'");
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// apps ValidateStatefulSetSpec: updateStrategy.type is RollingUpdate or OnDelete ("" is defaulted to RollingUpdate).
    /// A long-tail field: read from the settings (<c>[Set]</c> or a linted manifest). The API server renders the whole struct.
    /// </summary>
    public sealed class StatefulSetUpdateStrategyType : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1461", "A StatefulSet's updateStrategy is RollingUpdate or OnDelete", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.StatefulSet) return;
            var strategy = SettingsView.Root(workload).At("spec.updateStrategy");
            if (strategy.Text("type") is not string type || type.Length == 0 || type == "RollingUpdate" || type == "OnDelete") return;
            sink.Report(Rule, strategy.Path, strategy.Path + ": Invalid value: <StatefulSetUpdateStrategy>: must be 'RollingUpdate' or 'OnDelete'", strategy.PathOf("type"));
        }
    }
}

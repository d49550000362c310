using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// apps ValidateDaemonSetUpdateStrategy: updateStrategy.type is RollingUpdate or OnDelete ("" is defaulted); read from the
    /// settings. The API server renders the whole struct.
    /// </summary>
    public sealed class DaemonSetUpdateStrategyType : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1470", "A DaemonSet's updateStrategy is RollingUpdate or OnDelete", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.DaemonSet) return;
            var strategy = SettingsView.Root(workload).At("spec.updateStrategy");
            if (strategy.Text("type") is not string type || type.Length == 0 || type == "RollingUpdate" || type == "OnDelete") return;
            sink.Report(Rule, strategy.Path, strategy.Path + ": Unsupported value: <DaemonSetUpdateStrategy>: supported values: \"RollingUpdate\", \"OnDelete\"", strategy.PathOf("type"));
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// apps validateRollingUpdateStatefulSet: a StatefulSet's updateStrategy.rollingUpdate.maxUnavailable is a number ≥ 0
    /// or a percentage (ValidatePositiveIntOrPercent), not 0 ("cannot be 0", after getIntOrPercentValue: <c>"0%"</c> too),
    /// and not over 100% (IsNotMoreThan100Percent). ValidateStatefulSetSpec calls it only for type RollingUpdate (an empty
    /// type is defaulted to it); with OnDelete rollingUpdate itself is PG1462. Read from the settings.
    /// </summary>
    public sealed class StatefulSetMaxUnavailable : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1464", "A StatefulSet's rollingUpdate maxUnavailable is a non-zero number or percentage of at most 100%", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.StatefulSet) return;
            var strategy = SettingsView.Root(workload).At("spec.updateStrategy");
            string type = strategy.Text("type") ?? "";
            if (type.Length != 0 && type != "RollingUpdate") return;
            if (LongTail.IntOrString(strategy, "rollingUpdate.maxUnavailable") is not { } value) return;
            string path = strategy.PathOf("rollingUpdate.maxUnavailable");
            RollingUpdateChecks.PositiveIntOrPercent(Rule, path, value, sink);
            if (K8sIntOrPercent.GetIntOrPercentValue(value) == 0) sink.Invalid(Rule, path, GoValue.IntOrString(value), "cannot be 0");
            RollingUpdateChecks.NotMoreThan100Percent(Rule, path, value, sink);
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// The int-or-percent checks of apps validation as the rolling-update rules of every kind report them
    /// (Deployment PG1450/PG1452, DaemonSet PG1471/PG1472): one place for how the value is printed.
    /// </summary>
    internal static class RollingUpdateChecks
    {
        /// <summary>ValidatePositiveIntOrPercent: a string is printed as the IntOrString struct, a number (ValidateNonnegativeField) as an int64.</summary>
        public static void PositiveIntOrPercent(RuleDescriptor rule, string path, IntOrStringValue value, FindingSink sink)
        {
            foreach (var msg in K8sIntOrPercent.ValidatePositiveIntOrPercent(value))
            {
                if (value.IsString) sink.Invalid(rule, path, GoValue.IntOrString(value), msg);
                else sink.Invalid(rule, path, value.Number, msg);
            }
        }

        /// <summary>IsNotMoreThan100Percent: a valid percentage above 100.</summary>
        public static void NotMoreThan100Percent(RuleDescriptor rule, string path, IntOrStringValue value, FindingSink sink)
        {
            if (!K8sIntOrPercent.IsNotMoreThan100Percent(value)) sink.Invalid(rule, path, GoValue.IntOrString(value), K8sIntOrPercent.MoreThan100PercentError);
        }
    }

    /// <summary>
    /// A DaemonSet's updateStrategy after SetDefaults_DaemonSet (apps/v1): type "" is RollingUpdate, and with
    /// RollingUpdate a missing maxUnavailable is 1 and a missing maxSurge 0. What ValidateDaemonSetUpdateStrategy sees;
    /// with OnDelete (or an unsupported type, PG1470) rollingUpdate is not validated at all.
    /// </summary>
    internal readonly struct DaemonSetStrategyView
    {
        public static readonly IntOrStringValue DefaultMaxUnavailable = IntOrStringValue.FromInt(1);
        public static readonly IntOrStringValue DefaultMaxSurge = IntOrStringValue.FromInt(0);

        private DaemonSetStrategyView(SettingsView strategy)
        {
            View = strategy;
            string type = strategy.Text("type") ?? "";
            Type = type.Length == 0 ? "RollingUpdate" : type;
        }

        public static DaemonSetStrategyView? Of(WorkloadSpec workload) =>
            workload.Kind == WorkloadKind.DaemonSet ? new DaemonSetStrategyView(SettingsView.Root(workload).At("spec.updateStrategy")) : null;

        public SettingsView View { get; }

        public string Type { get; }

        public bool IsRollingUpdate => Type == "RollingUpdate";

        public string RollingUpdatePath => View.PathOf("rollingUpdate");

        public IntOrStringValue MaxUnavailable => LongTail.IntOrString(View, "rollingUpdate.maxUnavailable") ?? DefaultMaxUnavailable;

        public IntOrStringValue MaxSurge => LongTail.IntOrString(View, "rollingUpdate.maxSurge") ?? DefaultMaxSurge;
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// A Deployment's strategy after SetDefaults_Deployment (apps/v1): type "" is RollingUpdate, and with RollingUpdate
    /// a missing maxUnavailable or maxSurge is 25%. What ValidateDeploymentStrategy sees.
    /// </summary>
    internal readonly struct DeploymentStrategyView
    {
        public static readonly IntOrStringValue Default = IntOrStringValue.FromString("25%");

        private DeploymentStrategyView(SettingsView strategy)
        {
            View = strategy;
            string type = strategy.Text("type") ?? "";
            Type = type.Length == 0 ? "RollingUpdate" : type;
            HasRollingUpdate = strategy.Any("rollingUpdate");
        }

        public static DeploymentStrategyView? Of(WorkloadSpec workload) =>
            workload.Kind == WorkloadKind.Deployment ? new DeploymentStrategyView(SettingsView.Root(workload).At("spec.strategy")) : null;

        public SettingsView View { get; }

        public string Type { get; }

        public bool HasRollingUpdate { get; }

        public string RollingUpdatePath => View.PathOf("rollingUpdate");

        public IntOrStringValue MaxUnavailable => LongTail.IntOrString(View, "rollingUpdate.maxUnavailable") ?? Default;

        public IntOrStringValue MaxSurge => LongTail.IntOrString(View, "rollingUpdate.maxSurge") ?? Default;
    }
}

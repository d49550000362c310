using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateDeploymentStrategy: strategy.type is Recreate or RollingUpdate ("" is defaulted to RollingUpdate), reported on strategy.</summary>
    public sealed class DeploymentStrategyType : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1418", "A Deployment strategy type is Recreate or RollingUpdate", RuleSeverity.Error, Categories.Workloads);

        private static readonly string[] Supported = { "Recreate", "RollingUpdate" };

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (DeploymentStrategyView.Of(workload) is not { } s || System.Array.IndexOf(Supported, s.Type) >= 0) return;
            // The value is the DeploymentStrategy struct (%#v); without a rollingUpdate it holds no pointer, so it is exact.
            var value = s.HasRollingUpdate
                ? new GoValue("<DeploymentStrategy>")
                : new GoValue("apps.DeploymentStrategy{Type:" + K8sText.Quote(s.Type) + ", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}");
            sink.Report(Rule, s.View.Path, s.View.Path + ": Unsupported value: " + value + ": supported values: " + K8sText.QuotedList(Supported), s.View.PathOf("type"));
        }
    }
}

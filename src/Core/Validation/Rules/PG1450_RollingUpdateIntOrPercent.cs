using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateRollingUpdateDeployment → ValidatePositiveIntOrPercent: maxUnavailable and maxSurge are a percentage ("[0-9]+%") or a number ≥ 0.</summary>
    public sealed class RollingUpdateIntOrPercent : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1450", "maxSurge and maxUnavailable are a non-negative number or a percentage", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (DeploymentStrategyView.Of(workload) is not { Type: "RollingUpdate" } s) return;
            Field("maxUnavailable", s.MaxUnavailable);
            Field("maxSurge", s.MaxSurge);

            void Field(string name, IntOrStringValue value)
            {
                string path = s.RollingUpdatePath + "." + name;
                // A string is printed as the IntOrString struct; a number is checked (and printed) as an int64.
                foreach (var msg in K8sIntOrPercent.ValidatePositiveIntOrPercent(value))
                {
                    if (value.IsString) sink.Invalid(Rule, path, GoValue.IntOrString(value), msg);
                    else sink.Invalid(Rule, path, value.Number, msg);
                }
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// apps ValidateRollingUpdateDaemonSet: exactly one of maxUnavailable and maxSurge is non-zero, after the defaults
    /// (maxUnavailable 1, maxSurge 0) — so <c>maxSurge: 1</c> alone is rejected, and so is <c>maxUnavailable: 0</c> alone.
    /// </summary>
    public sealed class DaemonSetRollingUpdateExactlyOneNonZero : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1473", "Exactly one of a DaemonSet's maxUnavailable and maxSurge is non-zero", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (DaemonSetStrategyView.Of(workload) is not { IsRollingUpdate: true } s) return;
            // getIntOrPercentValue: a percentage's number, otherwise IntValue() (an unparsable string counts as 0).
            bool hasUnavailable = K8sIntOrPercent.GetIntOrPercentValue(s.MaxUnavailable) != 0;
            bool hasSurge = K8sIntOrPercent.GetIntOrPercentValue(s.MaxSurge) != 0;
            if (hasUnavailable && hasSurge) sink.Invalid(Rule, s.RollingUpdatePath + ".maxSurge", GoValue.IntOrString(s.MaxSurge), K8sIntOrPercent.DaemonSetBothNonZeroError);
            else if (!hasUnavailable && !hasSurge) sink.Required(Rule, s.RollingUpdatePath + ".maxUnavailable", K8sIntOrPercent.DaemonSetBothZeroError);
        }
    }
}

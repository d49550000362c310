using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>apps ValidateRollingUpdateDaemonSet → IsNotMoreThan100Percent: neither maxUnavailable nor maxSurge of a DaemonSet is a percentage over 100 (unlike a Deployment's maxSurge).</summary>
    public sealed class DaemonSetRollingUpdateAtMost100Percent : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1472", "A DaemonSet's maxUnavailable and maxSurge are at most 100%", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (DaemonSetStrategyView.Of(workload) is not { IsRollingUpdate: true } s) return;
            RollingUpdateChecks.NotMoreThan100Percent(Rule, s.RollingUpdatePath + ".maxUnavailable", s.MaxUnavailable, sink);
            RollingUpdateChecks.NotMoreThan100Percent(Rule, s.RollingUpdatePath + ".maxSurge", s.MaxSurge, sink);
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateWhenUnsatisfiable: whenUnsatisfiable is DoNotSchedule or ScheduleAnyway (it has no default).</summary>
    public sealed class SpreadWhenUnsatisfiable : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1822", "whenUnsatisfiable is DoNotSchedule or ScheduleAnyway", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => RuleError.ReportMine(TopologySpreadChecks.Errors(workload), Rule, sink);
    }
}

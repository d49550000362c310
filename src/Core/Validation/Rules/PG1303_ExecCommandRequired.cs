using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateExecAction: an exec handler with no command.</summary>
    public sealed class ExecCommandRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1303", "An exec probe needs a command", RuleSeverity.Error, Categories.Probes);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var p in PodWalk.ValidatedProbes(workload))
            {
                if (p.Probe.Exec is { } exec && exec.Command.Count == 0)
                {
                    sink.Required(Rule, p.Path + ".exec.command");
                }
            }
        }
    }
}

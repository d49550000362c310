using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateContainerCommon: terminationMessagePolicy is File or FallbackToLogsOnError (empty is defaulted to File).</summary>
    public sealed class TerminationMessagePolicySupported : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1109", "terminationMessagePolicy is File or FallbackToLogsOnError", RuleSeverity.Error, Categories.Containers);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                string? policy = c.Container.TerminationMessagePolicy;
                if (string.IsNullOrEmpty(policy) || EnumTables.TerminationMessagePolicy.Allows(policy!)) continue;
                sink.NotSupported(Rule, c.Path + "." + Paths.Container.TerminationMessagePolicy, policy!, "File", "FallbackToLogsOnError");
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// One rule, in one file: reads the model, reports findings at Kubernetes field paths. Pure: no Roslyn, no IO.
    /// Implementations are discovered by <see cref="RuleEngine"/>, so adding a rule is adding a file.
    /// </summary>
    public interface IWorkloadRule
    {
        RuleDescriptor Descriptor { get; }

        void Check(WorkloadSpec workload, FindingSink sink);
    }
}

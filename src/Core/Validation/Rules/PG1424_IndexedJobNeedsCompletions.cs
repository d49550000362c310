using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>batch validateJobSpec: an Indexed Job sets completions (the indexes run from 0 to completions-1).</summary>
    public sealed class IndexedJobNeedsCompletions : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1424", "An Indexed Job sets completions", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (JobSpecView.Of(workload) is { Indexed: true, Completions: null } j)
            {
                sink.Required(Rule, j.PathOf("completions"), "when completion mode is Indexed");
            }
        }
    }
}

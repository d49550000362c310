using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>batch validateJobSpec: completionMode is NonIndexed or Indexed.</summary>
    public sealed class JobCompletionMode : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1429", "A Job's completionMode is NonIndexed or Indexed", RuleSeverity.Error, Categories.Workloads);

        private static readonly string[] Supported = { "NonIndexed", "Indexed" };

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (JobSpecView.Of(workload) is { CompletionMode: { } mode } j && System.Array.IndexOf(Supported, mode) < 0)
            {
                sink.NotSupported(Rule, j.PathOf("completionMode"), mode, Supported);
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validatePodReplacementPolicy: Failed or TerminatingOrFailed, and only Failed with a podFailurePolicy (it judges Pods once they have failed).</summary>
    public sealed class PodReplacementPolicy : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1489", "podReplacementPolicy is Failed or TerminatingOrFailed (Failed with a podFailurePolicy)", RuleSeverity.Error, Categories.Workloads);

        private static readonly string[] Supported = { "Failed", "TerminatingOrFailed" };

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (JobSpecView.Of(workload) is not { } j || j.View.Text("podReplacementPolicy") is not { } policy) return;
            string path = j.PathOf("podReplacementPolicy");
            if (j.HasPodFailurePolicy)
            {
                if (policy != "Failed") sink.NotSupported(Rule, path, policy, "Failed");
            }
            else if (System.Array.IndexOf(Supported, policy) < 0)
            {
                sink.NotSupported(Rule, path, policy, Supported);
            }
        }
    }
}

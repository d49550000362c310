using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateRestartPolicy (every pod spec, templates included): Always, OnFailure or Never; empty is defaulted to Always.</summary>
    public sealed class PodRestartPolicySupported : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1401", "restartPolicy is Always, OnFailure or Never", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            string? policy = workload.Pod.RestartPolicy;
            if (string.IsNullOrEmpty(policy) || policy == "Always" || policy == "OnFailure" || policy == "Never") return;
            sink.NotSupported(Rule, workload.Kind.PodSpecPath() + ".restartPolicy", policy, "Always", "OnFailure", "Never");
        }
    }
}

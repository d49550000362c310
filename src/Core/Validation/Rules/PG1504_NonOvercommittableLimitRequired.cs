using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateResourceRequirements: a request of a resource that may not be overcommitted needs a limit (for a Pod a lone limit is copied into the request).</summary>
    public sealed class NonOvercommittableLimitRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1504", "An extended resource or huge page request has a limit", RuleSeverity.Error, Categories.Resources);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(ExtendedResourceValidation.Errors(workload), Rule, sink);
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateResourceRequirements, helper.IsOvercommitAllowed: for a resource that may not be overcommitted (extended, hugepages-*), the request equals the limit.</summary>
    public sealed class NonOvercommittableRequestEqualsLimit : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1503", "An extended resource or huge page request equals its limit", RuleSeverity.Error, Categories.Resources);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(ExtendedResourceValidation.Errors(workload), Rule, sink);
    }
}

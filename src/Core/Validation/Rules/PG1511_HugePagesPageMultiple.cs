using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateResourceQuantityHugePageValue, helper.IsHugePageResourceValueDivisible: a positive integer multiple of the page size in the name.</summary>
    public sealed class HugePagesPageMultiple : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1511", "A huge page quantity is a multiple of its page size", RuleSeverity.Error, Categories.Resources);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(ExtendedResourceValidation.Errors(workload), Rule, sink);
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateResourceQuantityValue, helper.IsIntegerResourceName: an extended resource is counted in whole units.</summary>
    public sealed class ExtendedResourceInteger : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1507", "An extended resource quantity is a whole number", RuleSeverity.Error, Categories.Resources);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(ExtendedResourceValidation.Errors(workload), Rule, sink);
    }
}

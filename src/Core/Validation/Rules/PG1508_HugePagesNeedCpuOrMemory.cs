using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateResourceRequirements: hugepages-* in requests or limits needs cpu or memory in one of them.</summary>
    public sealed class HugePagesNeedCpuOrMemory : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1508", "Huge pages come with a cpu or memory request or limit", RuleSeverity.Error, Categories.Resources);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(ExtendedResourceValidation.Errors(workload), Rule, sink);
    }
}

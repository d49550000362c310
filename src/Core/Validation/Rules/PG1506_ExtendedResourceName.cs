using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateContainerResourceName for names with '/': a qualified name, and outside kubernetes.io/ an extended resource name (requests.&lt;name&gt; qualified, no requests. prefix).</summary>
    public sealed class ExtendedResourceName : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1506", "An extended resource name is a qualified name outside kubernetes.io", RuleSeverity.Error, Categories.Resources);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(ExtendedResourceValidation.Errors(workload), Rule, sink);
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateEnvFrom → IsRelaxedEnvVarName: a prefix is printable ASCII other than '='.</summary>
    public sealed class EnvFromPrefix : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1532", "An envFrom prefix is printable ASCII without '='", RuleSeverity.Error, Categories.Resources);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(EnvFromValidation.Errors(workload), Rule, sink);
    }
}

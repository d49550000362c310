using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateEnvFrom: each entry sets configMapRef or secretRef, not both and not neither (reported at envFrom with the value "").</summary>
    public sealed class EnvFromSingleSource : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1530", "An envFrom entry names exactly one of configMapRef and secretRef", RuleSeverity.Error, Categories.Resources);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(EnvFromValidation.Errors(workload), Rule, sink);
    }
}

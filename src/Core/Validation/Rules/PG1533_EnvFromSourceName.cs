using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateConfigMapEnvSource, validateSecretEnvSource: the name is set and a DNS-1123 subdomain (checked as a prefix: a trailing '-' is accepted).</summary>
    public sealed class EnvFromSourceName : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1533", "An envFrom config map or secret has a valid name", RuleSeverity.Error, Categories.Resources);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(EnvFromValidation.Errors(workload), Rule, sink);
    }
}

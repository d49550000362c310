using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateHTTPGetAction, validateTCPSocketAction → ValidatePortNumOrName: the port is 1–65535 or an IANA service name; httpGet's scheme is HTTP or HTTPS and its header names are HTTP tokens.</summary>
    public sealed class LifecycleHookTarget : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1325", "A lifecycle httpGet or tcpSocket hook targets a valid port", RuleSeverity.Error, Categories.Lifecycle);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(LifecycleValidation.Errors(workload), Rule, sink);
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateLifecycle → validateHandler: a postStart or preStop hook sets exec, httpGet, tcpSocket or sleep.</summary>
    public sealed class LifecycleHookHandlerRequired : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1321", "A lifecycle hook names a handler", RuleSeverity.Error, Categories.Lifecycle);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(LifecycleValidation.Errors(workload), Rule, sink);
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateHandler: at most one handler per hook; each one after the first (exec, httpGet, tcpSocket, sleep) is Forbidden.</summary>
    public sealed class LifecycleHookSingleHandler : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1323", "A lifecycle hook has one handler", RuleSeverity.Error, Categories.Lifecycle);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => SettingErrors.Report(LifecycleValidation.Errors(workload), Rule, sink);
    }
}

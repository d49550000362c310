using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validatePodSpecSecurityContext: shareProcessNamespace and hostPID are not both true. Reported at
    /// <c>securityContext.shareProcessNamespace</c>, where the internal PodSpec keeps the field.
    /// </summary>
    public sealed class ShareProcessNamespaceWithHostPid : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1715", "shareProcessNamespace and hostPID are not both true", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var pod = SettingsView.PodSpec(workload);
            if (pod.Bool("shareProcessNamespace") == true && pod.Bool("hostPID") == true)
            {
                sink.Report(Rule, pod.PathOf("securityContext.shareProcessNamespace"),
                    pod.PathOf("securityContext.shareProcessNamespace") + ": Invalid value: true: ShareProcessNamespace and HostPID cannot both be enabled",
                    pod.PathOf("shareProcessNamespace"));
            }
        }
    }
}

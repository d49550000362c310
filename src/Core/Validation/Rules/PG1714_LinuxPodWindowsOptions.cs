using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateLinux: in a pod with os.name linux, no security context (pod or container) sets windowsOptions.</summary>
    public sealed class LinuxPodWindowsOptions : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1714", "A Linux pod sets no windowsOptions", RuleSeverity.Error, Categories.Workloads);

        public const string Error = "windows options cannot be set for a linux pod";

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var pod = SettingsView.PodSpec(workload);
            if (pod.Text("os.name") != "linux") return;
            if (pod.Any("securityContext.windowsOptions")) sink.Forbidden(Rule, pod.PathOf("securityContext.windowsOptions"), Error);
            foreach (var c in LongTail.Containers(workload))
            {
                if (c.Any("securityContext.windowsOptions")) sink.Forbidden(Rule, c.PathOf("securityContext.windowsOptions"), Error);
            }
        }
    }
}

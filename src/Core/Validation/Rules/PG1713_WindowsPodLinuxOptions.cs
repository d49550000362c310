using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateWindows: in a pod with os.name windows, the Linux-only security fields and host namespaces are not set.</summary>
    public sealed class WindowsPodLinuxOptions : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1713", "A Windows pod sets no Linux-only security fields", RuleSeverity.Error, Categories.Workloads);

        public const string Error = "cannot be set for a windows pod";

        // validateWindows' order: the pod's security context, then every container's.
        private static readonly string[] PodFields =
        {
            "appArmorProfile", "seLinuxOptions", "runAsUser", "runAsGroup", "supplementalGroups", "supplementalGroupsPolicy",
            "fsGroup", "fsGroupChangePolicy", "sysctls", "seccompProfile",
        };

        private static readonly string[] ContainerFields =
        {
            "appArmorProfile", "seLinuxOptions", "seccompProfile", "capabilities", "readOnlyRootFilesystem", "privileged",
            "allowPrivilegeEscalation", "procMount", "runAsUser", "runAsGroup",
        };

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var pod = SettingsView.PodSpec(workload);
            if (pod.Text("os.name") != "windows") return;
            var sc = pod.At("securityContext");
            foreach (var f in PodFields)
            {
                if (sc.Any(f)) sink.Forbidden(Rule, sc.PathOf(f), Error);
            }
            // The internal type keeps these four in the pod's security context; a false bool is "not set" for the host namespaces.
            if (pod.Any("shareProcessNamespace")) sink.Forbidden(Rule, pod.PathOf("shareProcessNamespace"), Error);
            if (pod.Bool("hostPID") == true) sink.Forbidden(Rule, pod.PathOf("hostPID"), Error);
            if (pod.Bool("hostIPC") == true) sink.Forbidden(Rule, pod.PathOf("hostIPC"), Error);
            if (pod.Any("hostUsers")) sink.Forbidden(Rule, pod.PathOf("hostUsers"), Error);
            foreach (var c in LongTail.Containers(workload))
            {
                var csc = c.At("securityContext");
                foreach (var f in ContainerFields)
                {
                    if (csc.Any(f)) sink.Forbidden(Rule, csc.PathOf(f), Error);
                }
            }
        }
    }
}

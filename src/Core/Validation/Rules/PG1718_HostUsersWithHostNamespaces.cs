using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validateHostUsers: a pod with its own user namespace (hostUsers: false) shares none of the host's network, PID or
    /// IPC namespaces. The paths are the code's, <c>HostPID</c> and <c>HostIPC</c> capitalised (sic); each finding is
    /// located at the field as written. The UserNamespacesSupport gate that keeps hostUsers is on by default since 1.33.
    /// </summary>
    public sealed class HostUsersWithHostNamespaces : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1718", "A pod with hostUsers false uses no host namespace", RuleSeverity.Error, Categories.Workloads);

        public const string Error = "when `pod.Spec.HostUsers` is false";

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var pod = SettingsView.PodSpec(workload);
            if (pod.Bool("hostUsers") != false) return;
            Namespace("hostNetwork", "hostNetwork");
            Namespace("hostPID", "HostPID");
            Namespace("hostIPC", "HostIPC");

            void Namespace(string field, string reported)
            {
                if (pod.Bool(field) != true) return;
                string path = pod.PathOf(reported);
                sink.Report(Rule, path, path + ": Forbidden: " + Error, pod.PathOf(field));
            }
        }
    }
}

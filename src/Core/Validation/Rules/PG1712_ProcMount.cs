using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// ValidateSecurityContext → ValidateProcMountType: a container's procMount is Default or Unmasked, and Unmasked only
    /// in a pod with its own user namespace (hostUsers: false; unset means the host's). The ProcMountType gate that
    /// keeps the field is on by default since Kubernetes 1.33.
    /// </summary>
    public sealed class ProcMount : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1712", "procMount is Default, or Unmasked with hostUsers false", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            bool hostUsers = SettingsView.PodSpec(workload).Bool("hostUsers") != false;
            foreach (var c in LongTail.Containers(workload))
            {
                if (c.Text("securityContext.procMount") is not string mount) continue;
                string path = c.PathOf("securityContext.procMount");
                if (mount != "Default" && mount != "Unmasked") sink.NotSupported(Rule, path, mount, "Default", "Unmasked");
                if (hostUsers && mount == "Unmasked") sink.Invalid(Rule, path, mount, "`hostUsers` must be false to use `Unmasked`");
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateFSGroupChangePolicy: the pod's fsGroupChangePolicy is Always or OnRootMismatch.</summary>
    public sealed class FsGroupChangePolicy : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1717", "fsGroupChangePolicy is Always or OnRootMismatch", RuleSeverity.Error, Categories.Workloads);

        private static readonly string[] Supported = { "Always", "OnRootMismatch" };

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var sc = SettingsView.PodSpec(workload).At("securityContext");
            if (sc.Text("fsGroupChangePolicy") is { } policy && System.Array.IndexOf(Supported, policy) < 0)
            {
                sink.NotSupported(Rule, sc.PathOf("fsGroupChangePolicy"), policy, Supported);
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateAppArmorProfileField: a given appArmorProfile (pod or container) has type Localhost, RuntimeDefault or Unconfined.</summary>
    public sealed class AppArmorProfileType : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1710", "An appArmorProfile's type is Localhost, RuntimeDefault or Unconfined", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            Profile(SettingsView.PodSpec(workload).At("securityContext.appArmorProfile"));
            foreach (var c in LongTail.Containers(workload)) Profile(c.At("securityContext.appArmorProfile"));

            void Profile(SettingsView p)
            {
                if (!p.Exists) return;
                string type = p.Text("type") ?? "";
                if (type.Length == 0) sink.Required(Rule, p.PathOf("type"), "type is required when appArmorProfile is set");
                else if (System.Array.IndexOf(SeccompProfileType.Types, type) < 0) sink.NotSupported(Rule, p.PathOf("type"), type, SeccompProfileType.Types);
            }
        }
    }
}

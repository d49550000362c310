using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>validateSeccompProfileField → validateSeccompProfileType: a given seccompProfile (pod or container) has type Localhost, RuntimeDefault or Unconfined.</summary>
    public sealed class SeccompProfileType : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1708", "A seccompProfile's type is Localhost, RuntimeDefault or Unconfined", RuleSeverity.Error, Categories.Workloads);

        public static readonly string[] Types = { "Localhost", "RuntimeDefault", "Unconfined" };

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            Profile(SettingsView.PodSpec(workload).At("securityContext.seccompProfile"));
            foreach (var c in LongTail.Containers(workload)) Profile(c.At("securityContext.seccompProfile"));

            void Profile(SettingsView p)
            {
                if (!p.Exists) return;
                string type = p.Text("type") ?? "";
                if (type.Length == 0) sink.Required(Rule, p.PathOf("type"), "type is required when seccompProfile is set");
                else if (System.Array.IndexOf(Types, type) < 0) sink.NotSupported(Rule, p.PathOf("type"), type, Types);
            }
        }
    }
}

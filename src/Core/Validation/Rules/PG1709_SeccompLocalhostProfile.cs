using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validateSeccompProfileField → validateLocalDescendingPath: localhostProfile is required with type Localhost and
    /// then a relative path without '..'; with any other type it may not be set.
    /// </summary>
    public sealed class SeccompLocalhostProfile : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1709", "A seccomp localhostProfile is a relative path, set exactly when the type is Localhost", RuleSeverity.Error, Categories.Workloads);

        // The API server prints the SeccompProfile struct, whose localhostProfile is a pointer (an address): not reproducible.
        private static readonly GoValue SeccompProfileValue = new("<SeccompProfile>");

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            Profile(SettingsView.PodSpec(workload).At("securityContext.seccompProfile"));
            foreach (var c in LongTail.Containers(workload)) Profile(c.At("securityContext.seccompProfile"));

            void Profile(SettingsView p)
            {
                if (!p.Exists) return;
                string path = p.PathOf("localhostProfile");
                string? profile = p.Text("localhostProfile");
                if (p.Text("type") == "Localhost")
                {
                    if (profile is null) sink.Required(Rule, path, "must be set when seccomp type is Localhost");
                    else foreach (var msg in K8sPaths.ValidateLocalDescendingPath(profile)) sink.Invalid(Rule, path, profile, msg);
                }
                else if (profile is not null)
                {
                    sink.Invalid(Rule, path, SeccompProfileValue, "can only be set when seccomp type is Localhost");
                }
            }
        }
    }
}

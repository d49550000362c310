using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// ValidateAppArmorProfileField: with type Localhost, localhostProfile is set, not blank, not padded with white space
    /// and at most 4095 bytes; with RuntimeDefault or Unconfined it may not be set.
    /// </summary>
    public sealed class AppArmorLocalhostProfile : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1711", "An AppArmor localhostProfile is set exactly when the type is Localhost, without padding", RuleSeverity.Error, Categories.Workloads);

        public const int MaxLength = 4095;

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            Profile(SettingsView.PodSpec(workload).At("securityContext.appArmorProfile"));
            foreach (var c in LongTail.Containers(workload)) Profile(c.At("securityContext.appArmorProfile"));

            void Profile(SettingsView p)
            {
                if (!p.Exists) return;
                string path = p.PathOf("localhostProfile");
                string? profile = p.Text("localhostProfile");
                switch (p.Text("type"))
                {
                    case "Localhost":
                        if (profile is null)
                        {
                            sink.Required(Rule, path, "must be set when AppArmor type is Localhost");
                            return;
                        }
                        string trimmed = GoTrimSpace(profile);
                        if (!string.Equals(trimmed, profile, System.StringComparison.Ordinal)) sink.Invalid(Rule, path, profile, "must not be padded with whitespace");
                        else if (trimmed.Length == 0) sink.Required(Rule, path, "must be set when AppArmor type is Localhost");
                        if (K8sFormats.ByteLength(profile) > MaxLength) sink.TooLong(Rule, path, "may not be more than 4095 bytes");
                        break;
                    case "RuntimeDefault":
                    case "Unconfined":
                        if (profile is not null) sink.Invalid(Rule, path, profile, "can only be set when AppArmor type is Localhost");
                        break;
                }
            }
        }

        // strings.TrimSpace: Unicode white space (C#'s char.IsWhiteSpace agrees on the Latin-1 and Unicode Zs/Zl/Zp sets).
        private static string GoTrimSpace(string s) => s.Trim();
    }
}

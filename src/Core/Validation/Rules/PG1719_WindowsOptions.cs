using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validateWindowsSecurityContextOptions (pod and container): gmsaCredentialSpecName is a DNS-1123 subdomain,
    /// gmsaCredentialSpec is not empty nor over 64 KiB, runAsUserName is not empty, has no control characters and at
    /// most one backslash. The domain and user parts' formats are not checked here.
    /// </summary>
    public sealed class WindowsOptions : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1719", "windowsOptions name a valid credential spec and user name", RuleSeverity.Error, Categories.Workloads);

        public const int MaxCredentialSpecLength = 64 * 1024;

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            Options(SettingsView.PodSpec(workload).At("securityContext.windowsOptions"));
            foreach (var c in LongTail.Containers(workload)) Options(c.At("securityContext.windowsOptions"));

            void Options(SettingsView o)
            {
                if (o.Text("gmsaCredentialSpecName") is { } specName)
                {
                    foreach (var msg in K8sFormats.Dns1123Subdomain(specName)) sink.Invalid(Rule, o.PathOf("gmsaCredentialSpecName"), specName, msg);
                }
                if (o.Text("gmsaCredentialSpec") is { } spec)
                {
                    int n = K8sFormats.ByteLength(spec);
                    if (n == 0) sink.Invalid(Rule, o.PathOf("gmsaCredentialSpec"), spec, "gmsaCredentialSpec cannot be an empty string");
                    else if (n > MaxCredentialSpecLength) sink.Invalid(Rule, o.PathOf("gmsaCredentialSpec"), spec, "gmsaCredentialSpec size must be under 64 KiB");
                }
                if (o.Text("runAsUserName") is { } user)
                {
                    string path = o.PathOf("runAsUserName");
                    if (user.Length == 0) sink.Invalid(Rule, path, user, "runAsUserName cannot be an empty string");
                    else if (HasControl(user)) sink.Invalid(Rule, path, user, "runAsUserName cannot contain control characters");
                    else if (user.Split('\\').Length > 2) sink.Invalid(Rule, path, user, "runAsUserName cannot contain more than one backslash");
                }
            }
        }

        // Go's [[:cntrl:]]: ASCII 0x00–0x1F and 0x7F.
        private static bool HasControl(string s)
        {
            foreach (char c in s) if (c < 0x20 || c == 0x7f) return true;
            return false;
        }
    }
}

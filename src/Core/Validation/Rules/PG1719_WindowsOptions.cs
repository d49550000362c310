using System.Collections.Generic;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validateWindowsSecurityContextOptions (pod and every container): gmsaCredentialSpecName is a DNS-1123 subdomain,
    /// gmsaCredentialSpec is not empty nor over 64 KiB, runAsUserName is not empty, has no control characters, at most one
    /// backslash, a domain in the NetBios or DNS format under 256 bytes and a user part of 1–104 bytes that is not only
    /// periods or spaces and has none of <c>"/\:;|=,+*?&lt;&gt;@[]</c>. validateWindowsHostProcessPod: a container's
    /// hostProcess agrees with the pod's, and if any container is a HostProcess container all are and hostNetwork is true.
    /// </summary>
    public sealed class WindowsOptions : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1719", "windowsOptions name a valid credential spec and user name", RuleSeverity.Error, Categories.Workloads);

        public const int MaxCredentialSpecLength = 64 * 1024;

        /// <summary>maxRunAsUserNameDomainLength: the domain must be shorter than this.</summary>
        public const int MaxDomainLength = 256;

        /// <summary>maxRunAsUserNameUserLength.</summary>
        public const int MaxUserLength = 104;

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var pod = SettingsView.PodSpec(workload);
            Options(pod.At("securityContext.windowsOptions"));
            var containers = LongTail.Containers(workload);
            foreach (var c in containers) Options(c.At("securityContext.windowsOptions"));
            HostProcess(pod, containers, sink);

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
                    foreach (var msg in RunAsUserNameErrors(user)) sink.Invalid(Rule, path, user, msg);
                }
            }
        }

        /// <summary>The runAsUserName checks in the order validateWindowsSecurityContextOptions makes them.</summary>
        internal static List<string> RunAsUserNameErrors(string name)
        {
            var errors = new List<string>();
            if (name.Length == 0) errors.Add("runAsUserName cannot be an empty string");
            else if (HasControl(name)) errors.Add("runAsUserName cannot contain control characters");
            else if (name.Split('\\').Length > 2) errors.Add("runAsUserName cannot contain more than one backslash");
            else
            {
                int slash = name.IndexOf('\\');
                bool hasDomain = slash >= 0;
                string domain = hasDomain ? name.Substring(0, slash) : "";
                string user = hasDomain ? name.Substring(slash + 1) : name;
                if (K8sFormats.ByteLength(domain) >= MaxDomainLength) errors.Add("runAsUserName's Domain length must be under 256 characters");
                if (hasDomain && !(IsNetBiosName(domain) || IsDnsName(domain))) errors.Add("runAsUserName's Domain doesn't match the NetBios nor the DNS format");
                int userLength = K8sFormats.ByteLength(user);
                if (userLength == 0) errors.Add("runAsUserName's User cannot be empty");
                else if (userLength > MaxUserLength) errors.Add("runAsUserName's User length must not be longer than 104 characters");
                if (IsOnlyDotsOrSpaces(user)) errors.Add("runAsUserName's User cannot contain only periods or spaces");
                if (user.IndexOfAny(InvalidUserChars) >= 0) errors.Add("runAsUserName's User cannot contain the following characters: \"/\\:;|=,+*?<>@[]");
            }
            return errors;
        }

        private static readonly char[] InvalidUserChars = "\"/\\:;|=,+*?<>@[]".ToCharArray();

        private const string NetBiosForbidden = "\\/:*?\"<>|";

        // validNetBiosRegex ^[^\\/:\*\?"<>|\.][^\\/:\*\?"<>|]{0,14}$: 1–15 characters (runes), none of \/:*?"<>|, not starting with '.'.
        private static bool IsNetBiosName(string s)
        {
            if (s.Length == 0 || s[0] == '.') return false;
            int runes = 0;
            for (int i = 0; i < s.Length; i++)
            {
                if (NetBiosForbidden.IndexOf(s[i]) >= 0) return false;
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
                runes++;
            }
            return runes <= 15;
        }

        // validWindowsUserDomainDNSRegex: dot-separated labels [a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])? (upper case allowed).
        private static bool IsDnsName(string s)
        {
            foreach (var label in s.Split('.'))
            {
                if (label.Length == 0 || label.Length > 63 || !IsAsciiAlnum(label[0]) || !IsAsciiAlnum(label[label.Length - 1])) return false;
                foreach (char c in label) if (!IsAsciiAlnum(c) && c != '-') return false;
            }
            return true;
        }

        private static bool IsAsciiAlnum(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

        // invalidUserNameDotsSpacesRegex ^[\. ]+$.
        private static bool IsOnlyDotsOrSpaces(string s)
        {
            if (s.Length == 0) return false;
            foreach (char c in s) if (c != '.' && c != ' ') return false;
            return true;
        }

        // Go's [[:cntrl:]]: ASCII 0x00–0x1F and 0x7F.
        private static bool HasControl(string s)
        {
            foreach (char c in s) if (c < 0x20 || c == 0x7f) return true;
            return false;
        }

        // validateWindowsHostProcessPod, over the containers VisitContainersWithPath visits (init, regular, ephemeral).
        private static void HostProcess(SettingsView pod, IReadOnlyList<SettingsView> containers, FindingSink sink)
        {
            bool? podHostProcess = pod.Bool("securityContext.windowsOptions.hostProcess");
            int hostProcessContainers = 0;
            string? first = podHostProcess == true ? pod.PathOf("securityContext.windowsOptions.hostProcess") : null;
            foreach (var c in containers)
            {
                string path = c.PathOf("securityContext.windowsOptions.hostProcess");
                bool? own = c.Bool("securityContext.windowsOptions.hostProcess");
                if (podHostProcess is bool p && own is bool o && p != o)
                {
                    sink.Invalid(Rule, path, o, "pod hostProcess value must be identical if both are specified, was " + (p ? "true" : "false"));
                }
                if (own == true || (own is null && podHostProcess == true))
                {
                    hostProcessContainers++;
                    first ??= path;
                }
            }
            if (hostProcessContainers == 0) return;
            if (hostProcessContainers != containers.Count)
            {
                sink.Report(Rule, pod.Path, pod.Path + ": Invalid value: \"\": If pod contains any hostProcess containers then all containers must be HostProcess containers", first);
            }
            if (pod.Bool("hostNetwork") != true)
            {
                string path = pod.PathOf("hostNetwork");
                sink.Report(Rule, path, path + ": Invalid value: false: hostNetwork must be true if pod contains any hostProcess containers", pod.Any("hostNetwork") ? null : first);
            }
        }
    }
}

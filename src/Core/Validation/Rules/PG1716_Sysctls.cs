using System;
using System.Collections.Generic;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validateSysctls and ValidateHostSysctl: each sysctl has a name that is a sysctl name, given once, and not of the
    /// network namespace with hostNetwork or of the IPC namespace with hostIPC.
    /// </summary>
    public sealed class Sysctls : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1716", "A sysctl has a valid, unique name its pod's host namespaces allow", RuleSeverity.Error, Categories.Workloads);

        public const int MaxLength = 253;

        public const string Pattern = @"^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$";

        public static readonly string FormatError = "must have at most 253 characters and match regex " + Pattern;

        private static readonly System.Text.RegularExpressions.Regex NameRegex = new(Pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            var pod = SettingsView.PodSpec(workload);
            bool hostNetwork = pod.Bool("hostNetwork") == true, hostIpc = pod.Bool("hostIPC") == true;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in pod.At("securityContext").Items("sysctls"))
            {
                string name = item.Text("name") ?? "";
                string path = item.PathOf("name");
                if (name.Length == 0) sink.Required(Rule, path);
                else if (!IsValidSysctlName(name)) sink.Invalid(Rule, path, name, FormatError);
                else if (seen.Contains(name)) sink.Duplicate(Rule, path, name);
                string ns = Namespace(name);
                if (hostNetwork && ns == "net") sink.Invalid(Rule, path, name, "may not be specified when 'hostNetwork' is true");
                else if (hostIpc && ns == "ipc") sink.Invalid(Rule, path, name, "may not be specified when 'hostIPC' is true");
                seen.Add(name);
            }
        }

        /// <summary>IsValidSysctlName: at most 253 characters (ASCII: the regex admits nothing else) matching the pattern.</summary>
        public static bool IsValidSysctlName(string name) => name.Length <= MaxLength && NameRegex.IsMatch(name) && !name.EndsWith("\n", StringComparison.Ordinal);

        /// <summary>utilsysctl.GetNamespace after NormalizeName (a name whose first separator is '/' has '/' and '.' swapped).</summary>
        public static string Namespace(string name)
        {
            int slash = name.IndexOf('/'), dot = name.IndexOf('.');
            if (slash >= 0 && (dot < 0 || slash < dot))
            {
                var chars = name.ToCharArray();
                for (int i = 0; i < chars.Length; i++) chars[i] = chars[i] == '/' ? '.' : chars[i] == '.' ? '/' : chars[i];
                name = new string(chars);
            }
            if (name == "kernel.sem") return "ipc";
            if (name.StartsWith("kernel.shm", StringComparison.Ordinal) || name.StartsWith("kernel.msg", StringComparison.Ordinal) || name.StartsWith("fs.mqueue.", StringComparison.Ordinal)) return "ipc";
            if (name.StartsWith("net.", StringComparison.Ordinal)) return "net";
            return "";
        }
    }
}

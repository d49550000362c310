using System.Collections.Generic;
using System.Globalization;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// core validation.go's <c>ValidateEnvFrom</c> (with <c>validateConfigMapEnvSource</c>, <c>validateSecretEnvSource</c>)
    /// over the containers' <c>envFrom</c> settings. Errors carry their rule's ID (PG1530, PG1532, PG1533).
    /// </summary>
    public static class EnvFromValidation
    {
        [System.ThreadStatic] private static WorkloadMemo<List<SettingError>> t_errors;

        /// <summary>Every envFrom error of the workload (computed once per workload and thread, as three rules read it; do not modify).</summary>
        public static IReadOnlyList<SettingError> Errors(WorkloadSpec workload)
        =>
            WorkloadMemo<List<SettingError>>.Get(ref t_errors, workload, Compute);

        private static List<SettingError> Compute(WorkloadSpec workload)
        {
            var errors = new List<SettingError>();
            foreach (var c in PodWalk.Containers(workload))
            {
                var settings = SettingsView.Of(workload.Settings, c.Path);
                string lp = c.Path + ".envFrom";
                var items = settings.Items("envFrom");
                for (int i = 0; i < items.Count; i++)
                {
                    var ev = items[i];
                    string ip = lp + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                    string prefix = SettingErrors.Text(ev, "prefix");
                    if (prefix.Length > 0 && !IsRelaxedEnvVarName(prefix))
                        errors.Add(new SettingError("PG1532", ip + ".prefix", K8sErrorType.Invalid, prefix, Rules.EnvNamePrintableAscii.Error));
                    int count = 0;
                    foreach (var source in new[] { "configMapRef", "secretRef" })
                    {
                        if (!ev.Any(source)) continue;
                        count++;
                        string name = SettingErrors.Text(ev, source + ".name");
                        string np = ip + "." + source + ".name";
                        if (name.Length == 0)
                        {
                            errors.Add(new SettingError("PG1533", np, K8sErrorType.Required, null, ""));
                            continue;
                        }
                        // ValidateConfigMapName / ValidateSecretName with prefix=true: maskTrailingDash first.
                        string masked = name.Length > 1 && name[name.Length - 1] == '-' ? name.Substring(0, name.Length - 2) + "a" : name;
                        foreach (var msg in K8sFormats.Dns1123Subdomain(masked)) errors.Add(new SettingError("PG1533", np, K8sErrorType.Invalid, name, msg));
                    }
                    if (count == 0) errors.Add(new SettingError("PG1530", lp, K8sErrorType.Invalid, "", "must specify one of: `configMapRef` or `secretRef`", ip));
                    else if (count > 1) errors.Add(new SettingError("PG1530", lp, K8sErrorType.Invalid, "", "may not have more than one field specified at a time", ip));
                }
            }
            return errors;
        }

        // IsRelaxedEnvVarName: printable ASCII (32–126) other than '='.
        private static bool IsRelaxedEnvVarName(string s)
        {
            foreach (char ch in s) if (ch < 32 || ch > 126 || ch == '=') return false;
            return true;
        }
    }
}

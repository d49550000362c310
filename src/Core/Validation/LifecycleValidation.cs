using System;
using System.Collections.Generic;
using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// core validation.go's <c>validateLifecycle</c> → <c>validateHandler</c> (exec, httpGet, tcpSocket, sleep) over the
    /// containers' <c>lifecycle</c> settings: regular containers and sidecars (a plain init container may not carry a
    /// lifecycle at all). Each error carries its rule's ID (PG1321–PG1326).
    /// </summary>
    public static class LifecycleValidation
    {
        /// <summary>SetDefaults_PodSpec: an unset terminationGracePeriodSeconds is 30.</summary>
        public const long DefaultGracePeriodSeconds = 30;

        public static readonly string[] Hooks = { "postStart", "preStop" };

        /// <summary>The grace period the sleep action is checked against.</summary>
        public static long GracePeriod(WorkloadSpec workload) => workload.Pod.TerminationGracePeriodSeconds ?? DefaultGracePeriodSeconds;

        /// <summary>The containers whose lifecycle the API server validates, with their settings.</summary>
        public static IEnumerable<(ContainerAt Container, SettingsView Settings)> Containers(WorkloadSpec workload)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                if (c.IsInit && !c.Container.IsSidecar) continue;
                yield return (c, SettingsView.Of(workload.Settings, c.Path));
            }
        }
        [System.ThreadStatic] private static WorkloadMemo<List<SettingError>> t_errors;

        /// <summary>Every lifecycle hook error of the workload (computed once per workload and thread, as five rules read it; do not modify).</summary>
        public static IReadOnlyList<SettingError> Errors(WorkloadSpec workload)
        =>
            WorkloadMemo<List<SettingError>>.Get(ref t_errors, workload, Compute);

        private static List<SettingError> Compute(WorkloadSpec workload)
        {
            var errors = new List<SettingError>();
            long grace = GracePeriod(workload);
            foreach (var (c, settings) in Containers(workload))
            {
                foreach (var hook in Hooks)
                {
                    var h = settings.At("lifecycle." + hook);
                    if (!h.Exists) continue;
                    Handler(h, c.Path + ".lifecycle." + hook, grace, errors);
                }
            }
            return errors;
        }

        private static void Handler(SettingsView h, string p, long grace, List<SettingError> errors)
        {
            int count = 0;
            foreach (var kind in new[] { "exec", "httpGet", "tcpSocket", "sleep" })
            {
                if (!h.Any(kind)) continue;
                string kp = p + "." + kind;
                if (count > 0)
                {
                    errors.Add(new SettingError("PG1323", kp, K8sErrorType.Forbidden, null, "may not specify more than 1 handler type"));
                    continue;
                }
                count++;
                var a = h.At(kind);
                switch (kind)
                {
                    case "exec":
                        if (a.Count("command") == 0) errors.Add(new SettingError("PG1324", kp + ".command", K8sErrorType.Required, null, ""));
                        break;
                    case "httpGet":
                        Port(a, kp + ".port", errors);
                        if (a.Text("scheme") is { Length: > 0 } scheme && scheme != "HTTP" && scheme != "HTTPS")
                            errors.Add(new SettingError("PG1325", kp + ".scheme", K8sErrorType.NotSupported, scheme, K8sFieldError.SupportedValues(new[] { "HTTP", "HTTPS" })));
                        foreach (var header in a.Items("httpHeaders"))
                        {
                            string name = SettingErrors.Text(header, "name");
                            if (!K8sFormats.IsHttpHeaderName(name))
                                errors.Add(new SettingError("PG1325", kp + ".httpHeaders", K8sErrorType.Invalid, name, K8sFormats.HttpHeaderNameError, header.Path + ".name"));
                        }
                        break;
                    case "tcpSocket":
                        Port(a, kp + ".port", errors);
                        break;
                    case "sleep":
                        long seconds = a.Integer("seconds") ?? 0;
                        if (seconds < 0 || seconds > grace)
                            errors.Add(new SettingError("PG1326", kp, K8sErrorType.Invalid, seconds,
                                "must be non-negative and less than terminationGracePeriodSeconds (" + grace.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")", kp + ".seconds"));
                        break;
                }
            }
            if (count == 0) errors.Add(new SettingError("PG1321", p, K8sErrorType.Required, null, "must specify a handler type"));
        }

        // ValidatePortNumOrName: an absent port is the number 0.
        private static void Port(SettingsView action, string p, List<SettingError> errors)
        {
            var leaf = action.Leaf("port");
            if (leaf is { ValueKind: SettingValueKind.String })
            {
                foreach (var msg in K8sFormats.PortName(leaf.Text)) errors.Add(new SettingError("PG1325", p, K8sErrorType.Invalid, leaf.Text, msg));
                return;
            }
            long n = action.Integer("port") ?? 0;
            if (!K8sFormats.IsValidPortNumber(n)) errors.Add(new SettingError("PG1325", p, K8sErrorType.Invalid, n, K8sFormats.PortRangeError));
        }
    }
}

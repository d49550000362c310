using System.Globalization;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// The kubelet (kuberuntime killContainer) runs the preStop hook within terminationGracePeriodSeconds, subtracts the
    /// time it took, and gives the container what is left (at least 2 seconds) between SIGTERM and SIGKILL. A preStop
    /// that sleeps the whole grace period (a sleep action, or an exec of <c>sleep N</c> / <c>sh -c "sleep N"</c>) leaves the
    /// application 2 seconds to shut down. The API server accepts a sleep action equal to the grace period and never
    /// looks into exec commands; a sleep action longer than it is PG1326.
    /// </summary>
    public sealed class PreStopSleepFillsGracePeriod : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG2006", "A preStop sleep leaves no time of the termination grace period", RuleSeverity.Warning, Categories.Restart);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            long grace = LifecycleValidation.GracePeriod(workload);
            foreach (var (c, settings) in LifecycleValidation.Containers(workload))
            {
                var preStop = settings.At("lifecycle.preStop");
                if (!preStop.Exists) continue;
                string path = c.Path + ".lifecycle.preStop";
                // Only a hook with one handler: more is PG1323 and the kubelet would run the first.
                int handlers = 0;
                foreach (var h in new[] { "exec", "httpGet", "tcpSocket", "sleep" }) if (preStop.Any(h)) handlers++;
                if (handlers != 1) continue;
                if (preStop.Any("sleep"))
                {
                    // Longer than the grace period is the API server's error (PG1326).
                    if (preStop.Integer("sleep.seconds") is { } s && s == grace && s > 0) Report(sink, path + ".sleep", s, grace);
                }
                else if (ExecSleepSeconds(preStop.At("exec")) is { } n && n >= grace && n > 0)
                {
                    Report(sink, path + ".exec.command", n, grace);
                }
            }
        }

        private static void Report(FindingSink sink, string path, long seconds, long grace)
        {
            string s = seconds.ToString(CultureInfo.InvariantCulture), g = grace.ToString(CultureInfo.InvariantCulture);
            sink.Report(Rule, path, path + ": the preStop hook sleeps " + s + " s, and terminationGracePeriodSeconds is " + g
                + ": the kubelet cuts the hook at " + g + " s and then gives the container 2 s between SIGTERM and SIGKILL; sleep less than the grace period, or raise terminationGracePeriodSeconds");
        }

        /// <summary>N of an exec command that is exactly <c>sleep N</c>, <c>/bin/sleep N</c> or <c>sh|bash -c "sleep N"</c> (N whole seconds); else null.</summary>
        public static long? ExecSleepSeconds(SettingsView exec)
        {
            var command = exec.Texts("command");
            if (command.Count != exec.Count("command")) return null; // an item that is not a string
            if (command.Count == 2 && IsSleep(command[0])) return Seconds(command[1]);
            if (command.Count == 3 && IsShell(command[0]) && command[1] == "-c")
            {
                var words = command[2].Trim().Split(' ');
                if (words.Length == 2 && IsSleep(words[0])) return Seconds(words[1]);
            }
            return null;
        }

        private static bool IsSleep(string s) => s == "sleep" || s == "/bin/sleep" || s == "/usr/bin/sleep";

        private static bool IsShell(string s) => s == "sh" || s == "/bin/sh" || s == "bash" || s == "/bin/bash";

        // Digits only: "10s", "1m" or "$(DELAY)" are not read (GNU sleep's suffixes differ from busybox's).
        private static long? Seconds(string s)
        {
            if (s.Length == 0 || s.Length > 9) return null;
            foreach (char ch in s) if (ch < '0' || ch > '9') return null;
            return long.Parse(s, CultureInfo.InvariantCulture);
        }
    }
}

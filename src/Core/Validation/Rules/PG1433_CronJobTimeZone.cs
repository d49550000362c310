using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validateTimeZone, the checks that need no time-zone database: not empty (rules.md PG1433), every '/'-part a
    /// plausible zone name (PG1434), not "Local" (PG1435). One rule, one ID: PG1434 and PG1435 are merged here.
    /// Not checked: whether the server's tz database knows the zone (PG1436) — that would make the verdict depend on the machine.
    /// </summary>
    public sealed class CronJobTimeZone : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1433", "A CronJob timeZone is an explicit IANA zone name", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.CronJob || workload.CronJob?.TimeZone is not string tz) return;
            const string path = "spec.timeZone";
            if (tz.Length == 0)
            {
                sink.Invalid(Rule, path, tz, "timeZone must be nil or non-empty string");
                return;
            }
            foreach (var part in tz.Split('/'))
            {
                if (part == "." || part == ".." || part.StartsWith("-", System.StringComparison.Ordinal) || !IsZonePart(part))
                {
                    sink.Invalid(Rule, path, tz, "unknown time zone " + tz);
                    return;
                }
            }
            if (string.Equals(tz, "Local", System.StringComparison.OrdinalIgnoreCase))
            {
                sink.Invalid(Rule, path, tz, "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones");
            }
        }

        /// <summary><c>^[A-Za-z\.\-_0-9+]{1,14}$</c>.</summary>
        private static bool IsZonePart(string part)
        {
            if (part.Length < 1 || part.Length > 14) return false;
            foreach (char c in part)
            {
                bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' || c == '+';
                if (!ok) return false;
            }
            return true;
        }
    }
}

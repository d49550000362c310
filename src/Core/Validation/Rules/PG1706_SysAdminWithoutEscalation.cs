using System;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateSecurityContext: capabilities.add with the literal CAP_SYS_ADMIN and allowPrivilegeEscalation false (one error per such entry).</summary>
    public sealed class SysAdminWithoutEscalation : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1706", "A container that adds CAP_SYS_ADMIN does not set allowPrivilegeEscalation to false", RuleSeverity.Error, Categories.Workloads);

        public const string Error = "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN";

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in LongTail.Containers(workload))
            {
                var sc = c.At("securityContext");
                if (sc.Bool("allowPrivilegeEscalation") != false) continue;
                foreach (var cap in sc.Texts("capabilities.add"))
                {
                    // The code compares the string exactly: SYS_ADMIN (the usual spelling) is not matched.
                    if (string.Equals(cap, "CAP_SYS_ADMIN", StringComparison.Ordinal)) sink.Invalid(Rule, sc.Path, PrivilegedWithoutEscalation.SecurityContextValue, Error);
                }
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateSecurityContext: a container cannot be privileged with allowPrivilegeEscalation false (a privileged container always can escalate).</summary>
    public sealed class PrivilegedWithoutEscalation : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1705", "A privileged container does not set allowPrivilegeEscalation to false", RuleSeverity.Error, Categories.Workloads);

        public const string Error = "cannot set `allowPrivilegeEscalation` to false and `privileged` to true";

        // The API server prints the whole SecurityContext struct, pointers (addresses) included: not reproducible.
        internal static readonly GoValue SecurityContextValue = new("<SecurityContext>");

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in LongTail.Containers(workload))
            {
                var sc = c.At("securityContext");
                if (sc.Bool("allowPrivilegeEscalation") == false && sc.Bool("privileged") == true) sink.Invalid(Rule, sc.Path, SecurityContextValue, Error);
            }
        }
    }
}

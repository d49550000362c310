using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// apps ValidateStatefulSetName = NameIsDNSLabel: a StatefulSet's name is a DNS-1123 label (no dots, at most 63), because
    /// its Pods are named <c>&lt;name&gt;-&lt;ordinal&gt;</c> and get a DNS label each. Replaces PG1002's subdomain check for the kind.
    /// </summary>
    public sealed class StatefulSetNameIsDnsLabel : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1017", "A StatefulSet name is a lowercase DNS-1123 label", RuleSeverity.Error, Categories.Metadata);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (workload.Kind != WorkloadKind.StatefulSet || string.IsNullOrEmpty(workload.Name)) return;
            foreach (var error in K8sFormats.Dns1123Label(workload.Name)) sink.Invalid(Rule, "metadata.name", workload.Name, error);
        }
    }
}

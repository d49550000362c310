using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateNamespaceName (NameIsDNSLabel): a namespace is a DNS-1123 label. Empty means "from the request", as kubectl does.</summary>
    public sealed class NamespaceIsDnsLabel : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1005", "A namespace is a lowercase DNS-1123 label", RuleSeverity.Error, Categories.Metadata);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (string.IsNullOrEmpty(workload.Namespace)) return;
            foreach (var error in K8sFormats.Dns1123Label(workload.Namespace!)) sink.Invalid(Rule, "metadata.namespace", workload.Namespace, error);
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// resource.ParseQuantity: a request or limit that is not a quantity (<c>10MB</c>, <c>1.5.0</c>) is rejected when
    /// the manifest is decoded, before validation; reported here at the entry with the decoder's message.
    /// </summary>
    public sealed class QuantitySyntax : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1509", "A resource quantity is a Kubernetes quantity", RuleSeverity.Error, Categories.Resources);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                foreach (var (path, entry, isLimit) in ContainerResources.Entries(workload, c))
                {
                    // A Pod's limit copied into requests is reported once, at the limit.
                    if (!isLimit && workload.Kind == WorkloadKind.Pod && !IsWrittenRequest(c.Container, entry.Key)) continue;
                    if (Quantity.Parse(entry.Value, out string? error) is null) sink.Invalid(Rule, path, entry.Value, error!);
                }
            }
        }

        private static bool IsWrittenRequest(ContainerSpec c, string key)
        {
            if (c.Resources is not { } r) return false;
            foreach (var kv in r.Requests) if (kv.Key == key) return true;
            return false;
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateNonnegativeQuantity: no negative request or limit; the value is rendered as Quantity.String().</summary>
    public sealed class ResourceQuantityNonNegative : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1501", "Resource requests and limits are not negative", RuleSeverity.Error, Categories.Resources);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                foreach (var (path, entry, _) in ContainerResources.Entries(workload, c))
                {
                    if (Quantity.Parse(entry.Value, out _) is { } q && q.Sign < 0) sink.Invalid(Rule, path, q.ToString(), K8sFormats.NonNegativeError);
                }
            }
        }
    }
}

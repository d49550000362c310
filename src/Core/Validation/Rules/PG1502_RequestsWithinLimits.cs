using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// validateResourceRequirements: a request is at most its limit (cpu, memory, ephemeral-storage — the
    /// overcommittable resources ProbeGen models). The API server reports at <c>resources.requests</c>, without the key;
    /// the source path names it.
    /// </summary>
    public sealed class RequestsWithinLimits : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1502", "A resource request is at most its limit", RuleSeverity.Error, Categories.Resources);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                var limits = ContainerResources.Limits(c.Container);
                foreach (var request in ContainerResources.EffectiveRequests(workload, c.Container))
                {
                    if (!IsOvercommittable(request.Key)) continue;
                    foreach (var limit in limits)
                    {
                        if (limit.Key != request.Key) continue;
                        var r = Quantity.Parse(request.Value, out _);
                        var l = Quantity.Parse(limit.Value, out _);
                        if (r is null || l is null || r.CompareTo(l) <= 0) continue;
                        string path = c.Path + ".resources.requests";
                        sink.Report(Rule, path,
                            path + ": Invalid value: " + K8sText.Quote(r.ToString()) + ": must be less than or equal to " + request.Key + " limit of " + l,
                            path + "[" + request.Key + "]");
                    }
                }
            }
        }

        private static bool IsOvercommittable(string name) => name == "cpu" || name == "memory" || name == "ephemeral-storage";
    }
}

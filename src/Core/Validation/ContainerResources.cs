using System.Collections.Generic;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// A container's requests and limits as validation sees them: for a Pod (not a template), SetDefaults_Pod first
    /// copies every limit into a missing request. Entries keep the user's order; requests copied from limits come last.
    /// </summary>
    public static class ContainerResources
    {
        public static IReadOnlyList<KeyValue> Limits(ContainerSpec c) => c.Resources is { } r ? r.Limits : EquatableArray<KeyValue>.Empty;

        public static IReadOnlyList<KeyValue> EffectiveRequests(WorkloadSpec workload, ContainerSpec c)
        {
            var result = new List<KeyValue>();
            if (c.Resources is not { } r) return result;
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var kv in r.Requests)
            {
                result.Add(kv);
                names.Add(kv.Key);
            }
            if (workload.Kind == WorkloadKind.Pod)
            {
                foreach (var kv in r.Limits) if (names.Add(kv.Key)) result.Add(kv);
            }
            return result;
        }

        /// <summary>Yields each (path, entry) of limits then effective requests: <c>…resources.limits[cpu]</c>.</summary>
        public static IEnumerable<(string Path, KeyValue Entry, bool IsLimit)> Entries(WorkloadSpec workload, ContainerAt c)
        {
            foreach (var kv in Limits(c.Container)) yield return (c.Path + ".resources.limits[" + kv.Key + "]", kv, true);
            foreach (var kv in EffectiveRequests(workload, c.Container)) yield return (c.Path + ".resources.requests[" + kv.Key + "]", kv, false);
        }
    }
}

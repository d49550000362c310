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

        // Three rules read every container's entries with their paths: built once per workload and thread (as PodWalk's walk), not per rule.
        [System.ThreadStatic] private static WorkloadSpec? t_workload;
        [System.ThreadStatic] private static List<(ContainerSpec Container, string Path, (string Path, KeyValue Entry, bool IsLimit)[] Entries)>? t_entries;

        /// <summary>Each (path, entry) of limits then effective requests: <c>…resources.limits[cpu]</c> (shared between rules: do not modify).</summary>
        public static (string Path, KeyValue Entry, bool IsLimit)[] Entries(WorkloadSpec workload, ContainerAt c)
        {
            if (!ReferenceEquals(t_workload, workload) || t_entries is null)
            {
                (t_entries ??= new List<(ContainerSpec, string, (string, KeyValue, bool)[])>()).Clear();
                t_workload = workload;
            }
            foreach (var known in t_entries)
            {
                if (ReferenceEquals(known.Container, c.Container) && string.Equals(known.Path, c.Path, System.StringComparison.Ordinal)) return known.Entries;
            }
            var entries = Compute(workload, c);
            t_entries.Add((c.Container, c.Path, entries));
            return entries;
        }

        private static (string Path, KeyValue Entry, bool IsLimit)[] Compute(WorkloadSpec workload, ContainerAt c)
        {
            var limits = Limits(c.Container);
            var requests = EffectiveRequests(workload, c.Container);
            if (limits.Count + requests.Count == 0) return System.Array.Empty<(string, KeyValue, bool)>();
            var result = new (string Path, KeyValue Entry, bool IsLimit)[limits.Count + requests.Count];
            int i = 0;
            foreach (var kv in limits) result[i++] = (c.Path + ".resources.limits[" + kv.Key + "]", kv, true);
            foreach (var kv in requests) result[i++] = (c.Path + ".resources.requests[" + kv.Key + "]", kv, false);
            return result;
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ProbeGen.Core.Lifecycle;

namespace ProbeGen.Cli.Simulate
{
    /// <summary>
    /// <c>--format text</c>: the <c>kubectl get pod</c> rows at the chosen times, then each object's
    /// <c>kubectl describe</c> event table as of the end of the run (ages relative to it, repeated events counted
    /// "(xN over AGE)" the way kubectl shows an aggregated event).
    /// </summary>
    internal static class SimulationText
    {
        public static string Write(SimulationResult r, IReadOnlyList<PodSnapshot> rows)
        {
            var sb = new StringBuilder();
            var table = new List<string[]> { new[] { "NAME", "READY", "STATUS", "RESTARTS", "AGE" } };
            foreach (var s in rows) table.Add(new[] { s.Pod, s.Ready, s.Status, s.Restarts.ToString(CultureInfo.InvariantCulture), Durations.Human(s.Age) });
            Tabulate(sb, table, "", 3);
            if (r.JobCondition is { } job)
            {
                sb.Append('\n').Append("job/").Append(r.Workload.Name).Append(": ").Append(job.Type).Append(" (").Append(job.Reason).Append(") at ")
                    .Append(job.T.ToString(CultureInfo.InvariantCulture)).Append("s: ").Append(job.Message).Append('\n');
            }
            var objects = r.Events.Select(e => e.Object).Distinct().ToList();
            foreach (var obj in objects)
            {
                sb.Append('\n').Append(objects.Count > 1 ? "Events (" + obj + "):\n" : "Events:\n");
                var events = new List<string[]> { new[] { "Type", "Reason", "Age", "From", "Message" }, new[] { "----", "------", "----", "----", "-------" } };
                foreach (var g in Aggregate(r.Events.Where(e => e.Object == obj)))
                {
                    string age = Durations.Human(r.Until - g.Last);
                    if (g.Count > 1) age += " (x" + g.Count.ToString(CultureInfo.InvariantCulture) + " over " + Durations.Human(r.Until - g.First) + ")";
                    events.Add(new[] { g.Event.Type.ToString(), g.Event.Reason, age, g.Event.From, g.Event.Message });
                }
                Tabulate(sb, events, "  ", 2);
            }
            return sb.ToString();
        }

        private sealed class Group
        {
            public Group(LifecycleEvent e, int index) { Event = e; First = Last = e.T; LastIndex = index; Count = 1; }
            public LifecycleEvent Event { get; }
            public int First { get; }
            public int Last { get; set; }
            public int LastIndex { get; set; }
            public int Count { get; set; }
        }

        /// <summary>Events with the same type, reason, source and message are one event with a count (the event recorder's correlation); listed by their last occurrence.</summary>
        private static IEnumerable<Group> Aggregate(IEnumerable<LifecycleEvent> events)
        {
            var groups = new List<Group>();
            var byKey = new Dictionary<string, Group>(System.StringComparer.Ordinal);
            int index = 0;
            foreach (var e in events)
            {
                index++;
                string key = e.Type + "\n" + e.Reason + "\n" + e.From + "\n" + e.Message;
                if (byKey.TryGetValue(key, out var g))
                {
                    g.Count++;
                    g.Last = e.T;
                    g.LastIndex = index;
                }
                else
                {
                    byKey[key] = g = new Group(e, index);
                    groups.Add(g);
                }
            }
            return groups.OrderBy(g => g.Last).ThenBy(g => g.LastIndex);
        }

        /// <summary>kubectl's tabwriter: each column as wide as its widest cell plus <paramref name="padding"/>, the last one unpadded.</summary>
        private static void Tabulate(StringBuilder sb, List<string[]> rows, string indent, int padding)
        {
            int columns = rows[0].Length;
            var widths = new int[columns];
            foreach (var row in rows) for (int i = 0; i < columns; i++) if (row[i].Length > widths[i]) widths[i] = row[i].Length;
            foreach (var row in rows)
            {
                sb.Append(indent);
                for (int i = 0; i < columns; i++)
                {
                    if (i == columns - 1) sb.Append(row[i]);
                    else sb.Append(row[i].PadRight(widths[i] + padding));
                }
                sb.Append('\n');
            }
        }
    }
}

using System.Collections.Generic;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Lifecycle
{
    public enum EventType
    {
        Normal,
        Warning,
    }

    /// <summary>One event as <c>kubectl describe</c> lists it; <see cref="T"/> is seconds since the first Pod was scheduled.</summary>
    public sealed record LifecycleEvent(int T, EventType Type, string Reason, string Object, string? Container, string From, string Message);

    public enum ContainerStateKind
    {
        Waiting,
        Running,
        Terminated,
    }

    public enum ContainerRole
    {
        Init,
        Sidecar,
        Regular,
    }

    /// <summary>A container's status at one moment (containerStatuses[i]).</summary>
    public sealed record ContainerSnapshot(string Name, ContainerRole Role, ContainerStateKind State, string? Reason, int? ExitCode, bool Ready, bool Started, int Restarts);

    /// <summary>A Pod's status at one moment, with the columns of <c>kubectl get pod</c>.</summary>
    public sealed record PodSnapshot(int T, string Pod, PodPhase Phase, int ReadyContainers, int TotalContainers, int Restarts, string Status, int Age, IReadOnlyList<ContainerSnapshot> Containers)
    {
        public string Ready => ReadyContainers.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + TotalContainers.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Everything but the time: two snapshots with the same key show no change.</summary>
        internal string Key
        {
            get
            {
                var sb = new System.Text.StringBuilder();
                sb.Append(Pod).Append('|').Append(Phase).Append('|').Append(Ready).Append('|').Append(Restarts).Append('|').Append(Status);
                foreach (var c in Containers) sb.Append('|').Append(c.Name).Append(c.State).Append(c.Reason).Append(c.Ready).Append(c.Restarts);
                return sb.ToString();
            }
        }
    }

    /// <summary>One probe attempt and its result.</summary>
    public sealed record ProbeAttempt(int T, string Pod, string Container, ProbeKind Kind, bool Success);

    /// <summary>A container's state from <see cref="From"/> until the next segment (or the end).</summary>
    public sealed record StateSegment(int From, ContainerStateKind State, string? Reason);

    /// <summary>Where a container was killed (by a probe or a Pod's shutdown) or started again.</summary>
    public enum MarkKind
    {
        Kill,
        Restart,
    }

    public sealed record TimelineMark(int T, MarkKind Kind);

    /// <summary>One container's timeline in one Pod, for the picture.</summary>
    public sealed class ContainerTimeline
    {
        internal ContainerTimeline(string pod, string container, ContainerRole role)
        {
            Pod = pod;
            Container = container;
            Role = role;
        }

        public string Pod { get; }
        public string Container { get; }
        public ContainerRole Role { get; }
        public List<StateSegment> Segments { get; } = new();
        public List<TimelineMark> Marks { get; } = new();
    }

    public sealed record PhaseSegment(int From, string Pod, PodPhase Phase);

    public enum JobConditionType
    {
        Complete,
        Failed,
    }

    public sealed record JobCondition(int T, JobConditionType Type, string Reason, string Message);

    /// <summary>Everything a simulation computed, in time order.</summary>
    public sealed class SimulationResult
    {
        internal SimulationResult(WorkloadSpec workload, int until)
        {
            Workload = workload;
            Until = until;
        }

        public WorkloadSpec Workload { get; }

        /// <summary>The last simulated second (the run ends earlier once nothing can change any more).</summary>
        public int Until { get; internal set; }

        public List<LifecycleEvent> Events { get; } = new();

        /// <summary>A snapshot of each Pod at every second its status changed (and at 0).</summary>
        public List<PodSnapshot> Changes { get; } = new();

        public List<ProbeAttempt> Probes { get; } = new();

        public List<ContainerTimeline> Timelines { get; } = new();

        public List<PhaseSegment> Phases { get; } = new();

        public List<string> Pods { get; } = new();

        /// <summary>The Job's condition, once it has one (Jobs and CronJobs only).</summary>
        public JobCondition? JobCondition { get; internal set; }

        /// <summary>Each Pod's snapshot at second <paramref name="t"/> (after the run's end: as it ended); Pods created later are absent.</summary>
        public IReadOnlyList<PodSnapshot> At(int t)
        {
            var rows = new List<PodSnapshot>();
            // Every Pod that existed then is kept as its last change at or before t (a Pod's status holds until it changes).
            var last = new Dictionary<string, PodSnapshot>(System.StringComparer.Ordinal);
            foreach (var s in Changes) if (s.T <= t) last[s.Pod] = s;
            foreach (var pod in Pods) if (last.TryGetValue(pod, out var s)) rows.Add(s with { T = t, Age = t - (s.T - s.Age) });
            return rows;
        }

        /// <summary>The newest Pod's status at the end of the run; null when no Pod was created (a Job with completions: 0).</summary>
        public PodSnapshot? Final
        {
            get
            {
                var rows = At(Until);
                return rows.Count == 0 ? null : rows[rows.Count - 1];
            }
        }
    }
}

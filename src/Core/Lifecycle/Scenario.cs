using System;
using System.Collections.Generic;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Lifecycle
{
    /// <summary>How one probe of a container answers, in seconds since each start of the container.</summary>
    public sealed record ProbeBehavior(int? FailAfter = null, int? PassAfter = null, int LatencySeconds = 0, string? Message = null)
    {
        public static ProbeBehavior AlwaysPasses { get; } = new();

        /// <summary>True when an attempt <paramref name="sinceStart"/> seconds after the start succeeds (before any timeout).</summary>
        public bool Passes(int sinceStart) =>
            (PassAfter is not int pass || sinceStart >= pass) && (FailAfter is not int fail || sinceStart < fail);
    }

    /// <summary>How one container behaves: when it exits on its own, how it answers SIGTERM, how its probes answer.</summary>
    public sealed record ContainerBehavior(
        int? ExitAfter = null,
        int ExitCode = 0,
        string? ExitReason = null,
        int ShutdownSeconds = 0,
        int ShutdownExitCode = Lifecycle.ExitCodes.SigTerm,
        ProbeBehavior? Liveness = null,
        ProbeBehavior? Readiness = null,
        ProbeBehavior? Startup = null)
    {
        /// <summary>Runs until killed, every probe succeeds, exits at once on SIGTERM.</summary>
        public static ContainerBehavior Healthy { get; } = new();

        public ProbeBehavior Probe(ProbeKind kind) => (kind switch
        {
            ProbeKind.Liveness => Liveness,
            ProbeKind.Readiness => Readiness,
            _ => Startup,
        }) ?? ProbeBehavior.AlwaysPasses;
    }

    /// <summary>
    /// What happens to a workload's containers, by container name (a container not named is <see cref="ContainerBehavior.Healthy"/>),
    /// and optionally when the node fails. The same behaviour applies to every start of a container and every Pod of a Job.
    /// </summary>
    public sealed class Scenario
    {
        private readonly Dictionary<string, ContainerBehavior> _containers;

        public Scenario(IEnumerable<KeyValuePair<string, ContainerBehavior>>? containers = null, int? nodeFailsAfter = null)
        {
            _containers = new Dictionary<string, ContainerBehavior>(StringComparer.Ordinal);
            if (containers is not null) foreach (var kv in containers) _containers[kv.Key] = kv.Value;
            NodeFailsAfter = nodeFailsAfter;
        }

        public static Scenario Healthy { get; } = new();

        /// <summary>Seconds after the first Pod was scheduled at which its node stops (the docs' "node is segmented out").</summary>
        public int? NodeFailsAfter { get; }

        public IEnumerable<string> ContainerNames => _containers.Keys;

        public ContainerBehavior For(string container) => _containers.TryGetValue(container, out var b) ? b : ContainerBehavior.Healthy;
    }

    /// <summary>Exit codes the kubelet reports for signals: 128 + the signal number.</summary>
    public static class ExitCodes
    {
        public const int SigKill = 137;
        public const int SigTerm = 143;
    }
}

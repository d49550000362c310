using System;
using System.Collections.Generic;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Lifecycle
{
    public enum PodPhase
    {
        Pending,
        Running,
        Succeeded,
        Failed,
    }

    /// <summary>What a regular container looks like to the kubelet's phase computation (getPhase).</summary>
    public enum ContainerCondition
    {
        /// <summary>Not started yet and never terminated (ContainerCreating, PodInitializing).</summary>
        NotStarted,
        Running,
        /// <summary>Terminated (or waiting to restart after a termination) with exit code 0.</summary>
        Succeeded,
        /// <summary>Terminated (or waiting to restart after a termination) with a non-zero exit code.</summary>
        Failed,
    }

    /// <summary>
    /// The kubelet's and the controllers' decisions, as pure functions: the simulator makes every decision through
    /// them, and rules PG2001–PG2005 state their facts from them, so a warning and a simulation cannot disagree.
    /// Sources: pod-lifecycle docs ("Container restart policy", "Pod phase", "Example states"), kubelet getPhase and
    /// computePodActions, the Job docs ("Pod backoff failure policy").
    /// </summary>
    public static class KubeletRules
    {
        public const string Always = "Always", OnFailure = "OnFailure", Never = "Never";

        /// <summary>First restart delay after the immediate one; doubles per restart (pod-lifecycle docs: 10s, 20s, 40s …).</summary>
        public const int InitialBackOffSeconds = 10;

        /// <summary>The back-off cap: 300 s (five minutes).</summary>
        public const int MaxBackOffSeconds = 300;

        /// <summary>After a container ran this long since its last restart, its back-off starts over (10 minutes).</summary>
        public const int BackOffResetSeconds = 600;

        /// <summary>The Pod's default terminationGracePeriodSeconds.</summary>
        public const int DefaultGracePeriodSeconds = 30;

        /// <summary>The Job's default backoffLimit.</summary>
        public const int DefaultBackoffLimit = 6;

        /// <summary>The Job controller recreates failed Pods after 10 s, 20 s, 40 s … capped at six minutes.</summary>
        public const int JobInitialBackOffSeconds = 10, JobMaxBackOffSeconds = 360;

        /// <summary>spec.restartPolicy after defaulting (unset or empty: Always); any other value as written.</summary>
        public static string EffectivePolicy(string? podRestartPolicy) => string.IsNullOrEmpty(podRestartPolicy) ? Always : podRestartPolicy!;

        /// <summary>Always, OnFailure or Never (the API server rejects anything else, so no restart semantics apply to it).</summary>
        public static bool IsKnownPolicy(string? podRestartPolicy) => podRestartPolicy is Always or OnFailure or Never;

        /// <summary>
        /// Whether the kubelet starts a container again after it terminated: a sidecar always; an init container unless
        /// the Pod's policy is Never (and then only on failure); a regular container per the Pod's policy — Always:
        /// whatever the exit; OnFailure: a non-zero exit, or any kill by a failed liveness or startup probe; Never: no.
        /// </summary>
        public static bool Restarts(string? podRestartPolicy, bool isInit, bool isSidecar, int exitCode, bool killedByProbe)
        {
            if (isSidecar) return true;
            string policy = EffectivePolicy(podRestartPolicy);
            if (isInit) return policy != Never && exitCode != 0;
            return policy switch
            {
                OnFailure => exitCode != 0 || killedByProbe,
                Never => false,
                // Always; a value the API server rejects is treated as Always, so it draws no restart warning of its own.
                _ => true,
            };
        }

        /// <summary>Liveness and startup probes kill the container when they fail; a readiness probe only marks it not ready.</summary>
        public static bool KillsOnFailure(ProbeKind kind) => kind != ProbeKind.Readiness;

        /// <summary>The phase of a Pod of <paramref name="regularContainers"/> containers after one of them was killed by a probe (SIGTERM, exit 143) and the others run on.</summary>
        public static PodPhase PhaseAfterProbeKill(string? podRestartPolicy, int regularContainers)
        {
            var codes = new int?[regularContainers < 1 ? 1 : regularContainers];
            codes[0] = RestartsAfterProbeKill(podRestartPolicy, false) ? null : ExitCodes.SigTerm;
            return PhaseAfterExits(podRestartPolicy, codes);
        }

        /// <summary>A probe failure that reaches failureThreshold kills the container; does the kubelet start it again?</summary>
        public static bool RestartsAfterProbeKill(string? podRestartPolicy, bool isSidecar) =>
            Restarts(podRestartPolicy, isInit: false, isSidecar, ExitCodes.SigTerm, killedByProbe: true);

        /// <summary>
        /// The Pod phase from its regular containers (kubelet getPhase): Pending while initializing or a container has
        /// not started; Running while one runs; when none runs: Always → Running (restarting), all exited 0 → Succeeded,
        /// Never → Failed, OnFailure → Running (the failed ones restart). A Pod shut down for good: Succeeded when every
        /// container exited 0, else Failed.
        /// </summary>
        public static PodPhase Phase(string? podRestartPolicy, bool initialized, bool initFailedForGood, IReadOnlyList<ContainerCondition> containers, bool podIsTerminal = false)
        {
            if (initFailedForGood) return PodPhase.Failed;
            if (podIsTerminal)
            {
                // Shut down for good (its work is over, or its Job deleted it): nothing restarts, whatever the policy.
                foreach (var c in containers) if (c != ContainerCondition.Succeeded) return PodPhase.Failed;
                return PodPhase.Succeeded;
            }
            if (!initialized) return PodPhase.Pending;
            int running = 0, stopped = 0, succeeded = 0;
            foreach (var c in containers)
            {
                switch (c)
                {
                    case ContainerCondition.NotStarted: return PodPhase.Pending;
                    case ContainerCondition.Running: running++; break;
                    case ContainerCondition.Succeeded: stopped++; succeeded++; break;
                    default: stopped++; break;
                }
            }
            if (running > 0 || stopped == 0) return PodPhase.Running;
            string policy = EffectivePolicy(podRestartPolicy);
            if (policy == Always) return PodPhase.Running;
            if (stopped == succeeded) return PodPhase.Succeeded;
            return policy == Never ? PodPhase.Failed : PodPhase.Running;
        }

        /// <summary>The phase a Pod reaches when each of its regular containers terminated once with these codes and nothing else happens.</summary>
        public static PodPhase PhaseAfterExits(string? podRestartPolicy, IReadOnlyList<int?> exitCodes)
        {
            var conditions = new ContainerCondition[exitCodes.Count];
            for (int i = 0; i < exitCodes.Count; i++)
            {
                conditions[i] = exitCodes[i] is int code
                    ? (Restarts(podRestartPolicy, false, false, code, false) ? ContainerCondition.Running : code == 0 ? ContainerCondition.Succeeded : ContainerCondition.Failed)
                    : ContainerCondition.Running;
            }
            return Phase(podRestartPolicy, true, false, conditions);
        }

        /// <summary>
        /// The kubelet's restart back-off (flowcontrol.Backoff, 10 s → 300 s): the delay before the next start of a
        /// container that terminated at <paramref name="finishedAt"/>. First termination: no delay; then 10 s, 20 s, 40 s …
        /// capped at 300 s; after 10 minutes without a back-off update the sequence starts over.
        /// </summary>
        public static int NextBackOff(ref BackOffState state, int finishedAt)
        {
            if (state.Delay is not int delay || finishedAt - state.LastUpdate > BackOffResetSeconds)
            {
                state = new BackOffState(InitialBackOffSeconds, finishedAt);
                return 0;
            }
            state = new BackOffState(Math.Min(delay * 2, MaxBackOffSeconds), finishedAt + delay);
            return delay;
        }

        /// <summary>The Job controller's delay before it creates a Pod again after <paramref name="failedPods"/> failures.</summary>
        public static int JobRecreateDelay(int failedPods)
        {
            if (failedPods <= 0) return 0;
            long delay = JobInitialBackOffSeconds;
            for (int i = 1; i < failedPods && delay < JobMaxBackOffSeconds; i++) delay *= 2;
            return (int)Math.Min(delay, JobMaxBackOffSeconds);
        }

        /// <summary>Job failure by backoffLimit (job controller): Never counts failed Pods (fails when failed &gt; limit); OnFailure counts container restarts of active Pods (fails when restarts ≥ limit, or &gt; 0 for limit 0).</summary>
        public static bool JobBackoffLimitExceeded(string? podRestartPolicy, int backoffLimit, int failedPods, int activeRestarts)
        {
            if (failedPods > backoffLimit) return true;
            if (EffectivePolicy(podRestartPolicy) != OnFailure) return false;
            return backoffLimit == 0 ? activeRestarts > 0 : activeRestarts >= backoffLimit;
        }

        /// <summary>Whether a controller replaces a Pod that is lost with its node: a bare Pod is never recreated.</summary>
        public static bool RecreatedAfterNodeLoss(WorkloadKind kind) => kind != WorkloadKind.Pod;

        /// <summary>The grace period of a kill by a failed probe: the probe's terminationGracePeriodSeconds, else the Pod's, else 30 s.</summary>
        public static long GracePeriod(ProbeSpec? probe, long? podGracePeriod) =>
            probe?.TerminationGracePeriodSeconds ?? podGracePeriod ?? DefaultGracePeriodSeconds;
    }

    /// <summary>One container's restart back-off: the current delay (null before the first restart) and when it was last updated.</summary>
    public readonly struct BackOffState
    {
        public BackOffState(int? delay, int lastUpdate)
        {
            Delay = delay;
            LastUpdate = lastUpdate;
        }

        public int? Delay { get; }
        public int LastUpdate { get; }
    }
}

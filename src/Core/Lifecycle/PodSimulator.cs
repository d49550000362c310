using System.Collections.Generic;
using System.Globalization;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Lifecycle
{
    /// <summary>One container of one simulated Pod: the kubelet's view of it, second by second.</summary>
    internal sealed class SimContainer
    {
        public SimContainer(ContainerSpec spec, ContainerRole role, ContainerBehavior behavior, ContainerTimeline timeline)
        {
            Spec = spec;
            Role = role;
            Behavior = behavior;
            Timeline = timeline;
            Reason = role == ContainerRole.Regular ? "ContainerCreating" : "PodInitializing";
        }

        public ContainerSpec Spec { get; }
        public ContainerRole Role { get; }
        public ContainerBehavior Behavior { get; }
        public ContainerTimeline Timeline { get; }
        public string Name => Spec.Name;

        public ContainerStateKind State = ContainerStateKind.Waiting;
        public string? Reason;
        public int? ExitCode;
        public int Restarts;
        public bool Ready;
        public bool Started;
        public bool EverStarted;
        public bool HasTerminated;
        public bool DoneForGood;
        public int StartedAt;
        public int? ExitAt;
        public int PendingExitCode;
        public string? PendingExitReason;
        public bool Stopping;
        public bool KilledByProbe;
        public int? RestartAt;
        public BackOffState BackOff;
        public int ProbedAt = -1;
        public readonly int[] Successes = new int[3];
        public readonly int[] Failures = new int[3];

        public bool Succeeded => State == ContainerStateKind.Terminated && ExitCode == 0;
    }

    /// <summary>
    /// One Pod on one node, simulated by the kubelet's rules (<see cref="KubeletRules"/>): init containers in order,
    /// sidecars, probes, kills, restarts with back-off, the phase and the <c>kubectl get pod</c> columns.
    /// </summary>
    internal sealed class PodSimulator
    {
        private const string Kubelet = "kubelet";
        private readonly WorkloadSpec _workload;
        private readonly SimulationResult _result;
        private readonly List<SimContainer> _init = new();
        private readonly List<SimContainer> _regular = new();
        private readonly string _policy;
        private string? _lastKey;
        private PodPhase? _lastPhase;

        public PodSimulator(WorkloadSpec workload, Scenario scenario, SimulationResult result, string name, string node, int createdAt)
        {
            _workload = workload;
            _result = result;
            Name = name;
            Node = node;
            CreatedAt = createdAt;
            _policy = KubeletRules.EffectivePolicy(workload.Pod.RestartPolicy);
            foreach (var c in workload.Pod.InitContainers) _init.Add(NewContainer(c, c.IsSidecar ? ContainerRole.Sidecar : ContainerRole.Init, scenario));
            foreach (var c in workload.Pod.Containers) _regular.Add(NewContainer(c, ContainerRole.Regular, scenario));
            result.Pods.Add(name);
            Event(createdAt, EventType.Normal, "Scheduled", null, "default-scheduler",
                "Successfully assigned " + (workload.Namespace ?? "default") + "/" + name + " to " + node);
        }

        public string Name { get; }
        public string Node { get; }
        public int CreatedAt { get; }
        public PodPhase Phase { get; private set; } = PodPhase.Pending;
        public bool Initialized { get; private set; }
        public bool InitFailed { get; private set; }
        public bool ShuttingDown { get; private set; }
        public bool NodeLost { get; private set; }

        /// <summary>Succeeded or Failed: nothing in this Pod starts again.</summary>
        public bool Terminal => Phase is PodPhase.Succeeded or PodPhase.Failed;

        /// <summary>Terminal and no container left running (sidecars are stopped after the regular containers), or lost with its node.</summary>
        public bool Finished
        {
            get
            {
                if (NodeLost) return true;
                if (!Terminal) return false;
                foreach (var c in All()) if (c.State == ContainerStateKind.Running) return false;
                return true;
            }
        }

        /// <summary>Restarts of the containers, as the Job controller counts them for OnFailure.</summary>
        public int ContainerRestarts
        {
            get
            {
                int n = 0;
                foreach (var c in _init) n += c.Restarts;
                foreach (var c in _regular) n += c.Restarts;
                return n;
            }
        }

        private SimContainer NewContainer(ContainerSpec spec, ContainerRole role, Scenario scenario)
        {
            var timeline = new ContainerTimeline(Name, spec.Name, role);
            _result.Timelines.Add(timeline);
            return new SimContainer(spec, role, scenario.For(spec.Name), timeline);
        }

        /// <summary>Runs second <paramref name="t"/>: exits, starts, init progress, probes, kills, until nothing more changes in this second.</summary>
        public void Tick(int t)
        {
            if (Finished) return;
            for (int pass = 0; pass < 16; pass++)
            {
                bool changed = false;
                foreach (var c in All())
                {
                    if (c.State == ContainerStateKind.Running && c.ExitAt == t) { Terminate(c, t); changed = true; }
                }
                foreach (var c in All())
                {
                    if (c.RestartAt == t && !ShuttingDown) { Start(c, t); changed = true; }
                }
                if (!Initialized && !InitFailed && !ShuttingDown) changed |= AdvanceInit(t);
                foreach (var c in All())
                {
                    if (c.State == ContainerStateKind.Running && !c.Stopping && c.ProbedAt != t)
                    {
                        c.ProbedAt = t;
                        RunProbes(c, t);
                        changed = true;
                    }
                }
                changed |= CheckShutdown(t);
                if (!changed) break;
            }
            UpdatePhase();
        }

        /// <summary>Stops every running container (SIGTERM, then SIGKILL after the grace period): a Job deleting its Pod, or a Pod whose work is over.</summary>
        public void ShutDown(int t)
        {
            if (Terminal || ShuttingDown) return;
            ShuttingDown = true;
            foreach (var c in All())
            {
                if (c.State == ContainerStateKind.Running && !c.Stopping)
                {
                    Event(t, EventType.Normal, "Killing", c.Name, Kubelet, "Stopping container " + c.Name);
                    Stop(c, t, _workload.Pod.TerminationGracePeriodSeconds ?? KubeletRules.DefaultGracePeriodSeconds, byProbe: false);
                }
                c.RestartAt = null;
            }
            Tick(t);
        }

        /// <summary>The node stopped: nothing more is heard from its kubelet; the node controller marks the Pod Failed.</summary>
        public void LoseNode(int t)
        {
            if (Terminal || NodeLost) return;
            NodeLost = true;
            Event(t, EventType.Warning, "NodeNotReady", null, "node-controller", "Node is not ready");
            foreach (var c in All()) c.Ready = false;
            Phase = PodPhase.Failed;
        }

        private IEnumerable<SimContainer> All()
        {
            foreach (var c in _init) yield return c;
            foreach (var c in _regular) yield return c;
        }

        private bool AdvanceInit(int t)
        {
            foreach (var c in _init)
            {
                if (c.Role == ContainerRole.Sidecar)
                {
                    if (!c.EverStarted && c.RestartAt is null) { Start(c, t); return true; }
                    if (!c.Started) return false;
                    continue;
                }
                if (c.Succeeded) continue;
                if (!c.EverStarted && c.RestartAt is null) { Start(c, t); return true; }
                return false;
            }
            Initialized = true;
            foreach (var c in _regular) if (!c.EverStarted) Start(c, t);
            return true;
        }

        private void Start(SimContainer c, int t)
        {
            if (c.EverStarted)
            {
                c.Restarts++;
                c.Timeline.Marks.Add(new TimelineMark(t, MarkKind.Restart));
            }
            PullEvents(c, t);
            Event(t, EventType.Normal, "Created", c.Name, Kubelet, "Created container " + c.Name);
            Event(t, EventType.Normal, "Started", c.Name, Kubelet, "Started container " + c.Name);
            c.EverStarted = true;
            c.State = ContainerStateKind.Running;
            c.Reason = null;
            c.ExitCode = null;
            c.StartedAt = t;
            c.RestartAt = null;
            c.Stopping = false;
            c.KilledByProbe = false;
            c.ProbedAt = -1;
            for (int i = 0; i < 3; i++) { c.Successes[i] = 0; c.Failures[i] = 0; }
            c.Started = c.Spec.StartupProbe is null || c.Role == ContainerRole.Init;
            c.Ready = c.Started && c.Spec.ReadinessProbe is null && c.Role != ContainerRole.Init;
            c.ExitAt = c.Behavior.ExitAfter is int after ? t + (after < 0 ? 0 : System.Math.Min(after, LifecycleSimulator.MaxUntilSeconds * 2)) : null;
            c.PendingExitCode = c.Behavior.ExitCode;
            c.PendingExitReason = c.Behavior.ExitReason;
        }

        private void PullEvents(SimContainer c, int t)
        {
            string image = c.Spec.Image ?? "";
            if (PullsEveryStart(c.Spec))
            {
                Event(t, EventType.Normal, "Pulling", c.Name, Kubelet, "Pulling image \"" + image + "\"");
                Event(t, EventType.Normal, "Pulled", c.Name, Kubelet, "Successfully pulled image \"" + image + "\"");
            }
            else
            {
                Event(t, EventType.Normal, "Pulled", c.Name, Kubelet, "Container image \"" + image + "\" already present on machine");
            }
        }

        /// <summary>imagePullPolicy after defaulting: Always for a :latest or untagged image.</summary>
        private static bool PullsEveryStart(ContainerSpec spec)
        {
            if (spec.ImagePullPolicy is { Length: > 0 } policy) return policy == "Always";
            string image = spec.Image ?? "";
            if (image.IndexOf('@') >= 0) return false;
            int slash = image.LastIndexOf('/');
            int colon = image.LastIndexOf(':');
            return colon <= slash || image.Substring(colon + 1) == "latest";
        }

        private void Terminate(SimContainer c, int t)
        {
            int code = c.PendingExitCode;
            bool byProbe = c.KilledByProbe;
            bool stopped = c.Stopping;
            c.State = ContainerStateKind.Terminated;
            c.ExitCode = code;
            c.Reason = c.PendingExitReason ?? (code == 0 ? "Completed" : "Error");
            c.ExitAt = null;
            c.Ready = false;
            c.Started = false;
            c.Stopping = false;
            c.HasTerminated = true;
            if (!stopped)
            {
                // The pod-lifecycle docs' "Log completion event" / "Log failure event" of the example states.
                if (code == 0) Event(t, EventType.Normal, "Completed", c.Name, Kubelet, "Container " + c.Name + " completed (exit code 0)");
                else Event(t, EventType.Warning, "Failed", c.Name, Kubelet, "Container " + c.Name + " terminated: " + c.Reason + " (exit code " + code.ToString(CultureInfo.InvariantCulture) + ")");
            }
            c.KilledByProbe = false;
            if (ShuttingDown || !KubeletRules.Restarts(_policy, c.Role == ContainerRole.Init, c.Role == ContainerRole.Sidecar, code, byProbe))
            {
                c.DoneForGood = true;
                if (c.Role == ContainerRole.Init && code != 0) InitFailed = true;
                return;
            }
            int delay = KubeletRules.NextBackOff(ref c.BackOff, t);
            if (delay == 0)
            {
                Start(c, t);
                return;
            }
            c.State = ContainerStateKind.Waiting;
            c.Reason = "CrashLoopBackOff";
            c.RestartAt = t + delay;
            Event(t, EventType.Warning, "BackOff", c.Name, Kubelet, "Back-off restarting failed container " + c.Name + " in pod " + Name + "_" + (_workload.Namespace ?? "default"));
        }

        private void Stop(SimContainer c, int t, long grace, bool byProbe)
        {
            c.Stopping = true;
            c.KilledByProbe = byProbe;
            c.Ready = false;
            int shutdown = c.Behavior.ShutdownSeconds < 0 ? 0 : System.Math.Min(c.Behavior.ShutdownSeconds, LifecycleSimulator.MaxUntilSeconds * 2);
            // Past the longest run a grace period only has to be "longer than the run"; clamping keeps t + grace in range.
            grace = grace < 0 ? 0 : System.Math.Min(grace, LifecycleSimulator.MaxUntilSeconds * 2L);
            if (shutdown < grace)
            {
                c.ExitAt = t + shutdown;
                c.PendingExitCode = c.Behavior.ShutdownExitCode;
            }
            else
            {
                c.ExitAt = t + (int)grace;
                c.PendingExitCode = ExitCodes.SigKill;
            }
            c.PendingExitReason = c.PendingExitCode == 0 ? "Completed" : "Error";
            c.Timeline.Marks.Add(new TimelineMark(t, MarkKind.Kill));
        }

        private void RunProbes(SimContainer c, int t)
        {
            int since = t - c.StartedAt;
            if (!c.Started && c.Spec.StartupProbe is { } startup && Due(startup, since))
            {
                if (Attempt(c, t, since, ProbeKind.Startup, startup))
                {
                    c.Started = true;
                    c.Ready = c.Spec.ReadinessProbe is null;
                }
                else if (c.Failures[(int)ProbeKind.Startup] >= startup.EffectiveFailureThreshold)
                {
                    Kill(c, t, ProbeKind.Startup, startup);
                    return;
                }
            }
            if (!c.Started) return;
            if (c.Spec.LivenessProbe is { } liveness && Due(liveness, since)
                && !Attempt(c, t, since, ProbeKind.Liveness, liveness)
                && c.Failures[(int)ProbeKind.Liveness] >= liveness.EffectiveFailureThreshold)
            {
                Kill(c, t, ProbeKind.Liveness, liveness);
                return;
            }
            if (c.Spec.ReadinessProbe is { } readiness && Due(readiness, since))
            {
                if (Attempt(c, t, since, ProbeKind.Readiness, readiness))
                {
                    if (c.Successes[(int)ProbeKind.Readiness] >= readiness.EffectiveSuccessThreshold) c.Ready = true;
                }
                else if (c.Failures[(int)ProbeKind.Readiness] >= readiness.EffectiveFailureThreshold)
                {
                    c.Ready = false;
                }
            }
        }

        /// <summary>The prober's schedule: the first attempt initialDelaySeconds after the start, then every periodSeconds.</summary>
        private static bool Due(ProbeSpec probe, int since)
        {
            int delay = probe.InitialDelaySeconds is int d && d > 0 ? d : 0;
            return since >= delay && (since - delay) % probe.EffectivePeriodSeconds == 0;
        }

        private bool Attempt(SimContainer c, int t, int since, ProbeKind kind, ProbeSpec probe)
        {
            var behavior = c.Behavior.Probe(kind);
            bool timedOut = behavior.LatencySeconds >= probe.EffectiveTimeoutSeconds;
            bool success = !timedOut && behavior.Passes(since);
            int k = (int)kind;
            if (success)
            {
                c.Successes[k]++;
                c.Failures[k] = 0;
            }
            else
            {
                c.Failures[k]++;
                c.Successes[k] = 0;
                Event(t, EventType.Warning, "Unhealthy", c.Name, Kubelet,
                    ProbeMessages.Kind(kind) + " probe failed: " + (timedOut ? ProbeMessages.Timeout(probe) : behavior.Message ?? ProbeMessages.Failure(probe)));
            }
            _result.Probes.Add(new ProbeAttempt(t, Name, c.Name, kind, success));
            return success;
        }

        private void Kill(SimContainer c, int t, ProbeKind kind, ProbeSpec probe)
        {
            bool restart = KubeletRules.RestartsAfterProbeKill(_policy, c.Role == ContainerRole.Sidecar);
            Event(t, EventType.Normal, "Killing", c.Name, Kubelet,
                "Container " + c.Name + " failed " + (kind == ProbeKind.Liveness ? "liveness" : "startup") + " probe" + (restart ? ", will be restarted" : ""));
            Stop(c, t, KubeletRules.GracePeriod(probe, _workload.Pod.TerminationGracePeriodSeconds), byProbe: true);
        }

        /// <summary>Once every regular container is done for good (or initialization failed), the kubelet stops the sidecars and the Pod is over.</summary>
        private bool CheckShutdown(int t)
        {
            if (ShuttingDown) return false;
            bool over = InitFailed;
            if (!over && Initialized)
            {
                over = _regular.Count > 0;
                foreach (var c in _regular) if (!c.DoneForGood) { over = false; break; }
            }
            if (!over) return false;
            ShuttingDown = true;
            foreach (var c in _init)
            {
                c.RestartAt = null;
                if (c.State == ContainerStateKind.Running && !c.Stopping)
                {
                    Event(t, EventType.Normal, "Killing", c.Name, Kubelet, "Stopping container " + c.Name);
                    Stop(c, t, _workload.Pod.TerminationGracePeriodSeconds ?? KubeletRules.DefaultGracePeriodSeconds, byProbe: false);
                }
            }
            return true;
        }

        private void UpdatePhase()
        {
            if (NodeLost) return;
            bool anyRunning = false;
            var conditions = new List<ContainerCondition>(_regular.Count);
            foreach (var c in _regular)
            {
                if (c.State == ContainerStateKind.Running) { anyRunning = true; conditions.Add(ContainerCondition.Running); }
                else if (c.State == ContainerStateKind.Terminated || c.HasTerminated) conditions.Add(c.ExitCode == 0 ? ContainerCondition.Succeeded : ContainerCondition.Failed);
                else conditions.Add(ContainerCondition.NotStarted);
            }
            foreach (var c in _init) if (c.State == ContainerStateKind.Running) anyRunning = true;
            bool podIsTerminal = ShuttingDown && !anyRunning;
            Phase = KubeletRules.Phase(_workload.Pod.RestartPolicy, Initialized, InitFailed && !anyRunning, conditions, podIsTerminal);
        }

        /// <summary>Records the Pod's status at <paramref name="t"/> when it changed.</summary>
        public void Snapshot(int t)
        {
            var snapshot = Status(t);
            if (_lastPhase != snapshot.Phase)
            {
                _result.Phases.Add(new PhaseSegment(t, Name, snapshot.Phase));
                _lastPhase = snapshot.Phase;
            }
            foreach (var c in All())
            {
                var segs = c.Timeline.Segments;
                if (segs.Count == 0 || segs[segs.Count - 1].State != c.State || segs[segs.Count - 1].Reason != c.Reason) segs.Add(new StateSegment(t, c.State, c.Reason));
            }
            string key = snapshot.Key;
            if (key == _lastKey) return;
            _lastKey = key;
            _result.Changes.Add(snapshot);
        }

        private PodSnapshot Status(int t)
        {
            var containers = new List<ContainerSnapshot>();
            foreach (var c in All())
            {
                containers.Add(new ContainerSnapshot(c.Name, c.Role, c.State, c.Reason, c.State == ContainerStateKind.Terminated ? c.ExitCode : null, c.Ready, c.Started, c.Restarts));
            }
            var (ready, total, restarts, status) = KubectlColumns.For(this, _init, _regular);
            return new PodSnapshot(t, Name, Phase, ready, total, restarts, status, t - CreatedAt, containers);
        }

        private void Event(int t, EventType type, string reason, string? container, string from, string message) =>
            _result.Events.Add(new LifecycleEvent(t, type, reason, "pod/" + Name, container, from, message));
    }
}

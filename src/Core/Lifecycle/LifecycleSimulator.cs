using System.Collections.Generic;
using System.Globalization;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Lifecycle
{
    /// <summary>
    /// The pod lifecycle as a discrete, deterministic simulation (one step per second, no clock): what the kubelet and
    /// the controllers do with a workload under a <see cref="Scenario"/>. A Pod is one Pod; a Deployment one replica
    /// (replaced if its node is lost); a Job or CronJob run one Pod at a time until its completions, backoffLimit or
    /// activeDeadlineSeconds decide. Every decision comes from <see cref="KubeletRules"/>.
    /// </summary>
    public static class LifecycleSimulator
    {
        /// <summary>The default length of a run, in seconds, when nothing ends it earlier.</summary>
        public const int DefaultUntilSeconds = 300;

        /// <summary>The longest run the simulator accepts (one day).</summary>
        public const int MaxUntilSeconds = 86400;

        public static SimulationResult Simulate(WorkloadSpec workload, Scenario? scenario = null, int until = DefaultUntilSeconds)
        {
            scenario ??= Scenario.Healthy;
            if (until < 0) until = 0;
            if (until > MaxUntilSeconds) until = MaxUntilSeconds;
            var result = new SimulationResult(workload, until);
            var run = new Run(workload, scenario, result);
            for (int t = 0; t <= until; t++)
            {
                run.Step(t);
                if (run.Over)
                {
                    result.Until = t;
                    break;
                }
            }
            return result;
        }

        private sealed class Run
        {
            private readonly WorkloadSpec _w;
            private readonly Scenario _scenario;
            private readonly SimulationResult _result;
            private readonly List<PodSimulator> _pods = new();
            private readonly bool _isJob;
            private readonly int _completions;
            private readonly int _backoffLimit;
            private int _podCount, _succeeded, _failed;
            private int? _nextPodAt = 0;
            private readonly HashSet<PodSimulator> _counted = new();

            public Run(WorkloadSpec workload, Scenario scenario, SimulationResult result)
            {
                _w = workload;
                _scenario = scenario;
                _result = result;
                _isJob = workload.Kind is WorkloadKind.Job or WorkloadKind.CronJob;
                _completions = workload.Job?.Completions is int c && c >= 0 ? c : 1;
                _backoffLimit = workload.Job?.BackoffLimit is int b && b >= 0 ? b : KubeletRules.DefaultBackoffLimit;
            }

            public bool Over { get; private set; }

            private string JobObject => "job/" + _w.Name;

            public void Step(int t)
            {
                if (_nextPodAt == t)
                {
                    _nextPodAt = null;
                    if (_isJob && _succeeded >= _completions) Complete(t);
                    else CreatePod(t);
                }
                if (_scenario.NodeFailsAfter is int lost && lost == t)
                {
                    foreach (var p in _pods) if (p.Node == "node-1") p.LoseNode(t);
                }
                foreach (var p in _pods) p.Tick(t);
                if (_isJob) JobController(t);
                else if (_w.Kind == WorkloadKind.Deployment) ReplicaController(t);
                foreach (var p in _pods) p.Snapshot(t);

                bool allFinished = true;
                foreach (var p in _pods) if (!p.Finished) allFinished = false;
                Over = allFinished && _nextPodAt is null;
            }

            private void CreatePod(int t)
            {
                _podCount++;
                string name = _w.Kind == WorkloadKind.Pod ? _w.Name : _w.Name + "-" + _podCount.ToString(CultureInfo.InvariantCulture);
                if (_isJob) JobEvent(t, EventType.Normal, "SuccessfulCreate", "Created pod: " + name);
                string node = _scenario.NodeFailsAfter is int lost && t >= lost ? "node-2" : "node-1";
                _pods.Add(new PodSimulator(_w, _scenario, _result, name, node, t));
            }

            private void ReplicaController(int t)
            {
                // A ReplicaSet replaces a Pod lost with its node; a bare Pod is never recreated (KubeletRules.RecreatedAfterNodeLoss).
                foreach (var p in _pods)
                {
                    if (p.NodeLost && _counted.Add(p) && KubeletRules.RecreatedAfterNodeLoss(_w.Kind)) _nextPodAt = t + 1;
                }
            }

            private void JobController(int t)
            {
                if (_result.JobCondition is not null) return;
                int activeRestarts = 0;
                foreach (var p in _pods)
                {
                    if (!p.Terminal)
                    {
                        activeRestarts += p.ContainerRestarts;
                        continue;
                    }
                    if (!_counted.Add(p)) continue;
                    if (p.Phase == PodPhase.Succeeded) _succeeded++;
                    else _failed++;
                    if (p.Phase == PodPhase.Succeeded && _succeeded >= _completions) { Complete(t); return; }
                    if (KubeletRules.JobBackoffLimitExceeded(_w.Pod.RestartPolicy, _backoffLimit, _failed, 0)) { Fail(t, "BackoffLimitExceeded", "Job has reached the specified backoff limit"); return; }
                    _nextPodAt = p.Phase == PodPhase.Succeeded ? t + 1 : t + KubeletRules.JobRecreateDelay(_failed);
                }
                if (KubeletRules.JobBackoffLimitExceeded(_w.Pod.RestartPolicy, _backoffLimit, _failed, activeRestarts))
                {
                    Fail(t, "BackoffLimitExceeded", "Job has reached the specified backoff limit");
                    return;
                }
                if (_w.Job?.ActiveDeadlineSeconds is long deadline && t >= deadline)
                {
                    Fail(t, "DeadlineExceeded", "Job was active longer than specified deadline");
                }
            }

            private void Complete(int t)
            {
                _result.JobCondition = new JobCondition(t, JobConditionType.Complete, "CompletionsReached", "Reached expected number of succeeded pods");
                JobEvent(t, EventType.Normal, "Completed", "Job completed");
                _nextPodAt = null;
            }

            private void Fail(int t, string reason, string message)
            {
                _result.JobCondition = new JobCondition(t, JobConditionType.Failed, reason, message);
                JobEvent(t, EventType.Warning, reason, message);
                _nextPodAt = null;
                foreach (var p in _pods)
                {
                    if (p.Terminal) continue;
                    p.ShutDown(t);
                }
            }

            private void JobEvent(int t, EventType type, string reason, string message) =>
                _result.Events.Add(new LifecycleEvent(t, type, reason, JobObject, null, "job-controller", message));
        }
    }
}

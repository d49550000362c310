using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// Liveness checks exactly what readiness checks, and gives up no later: an overloaded container is restarted at the
    /// moment it would merely have been taken out of rotation. Named ports are resolved, and a liveness probe whose
    /// failure window (failureThreshold × periodSeconds) is longer than readiness' is the recommended pattern, not a finding.
    /// </summary>
    public sealed class LivenessSameAsReadiness : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG3001", "Liveness probe identical to the readiness probe", RuleSeverity.Warning, Categories.BestPractice);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            foreach (var c in PodWalk.Containers(workload))
            {
                if (!c.ProbesAllowed) continue;
                var live = c.Container.LivenessProbe;
                var ready = c.Container.ReadinessProbe;
                if (live is null || ready is null || !ProbeTargets.SameTarget(c.Container, live, ready)) continue;
                long liveWindow = ProbeTargets.FailureWindowSeconds(live), readyWindow = ProbeTargets.FailureWindowSeconds(ready);
                if (liveWindow > readyWindow) continue;
                sink.Report(Rule, c.Path + ".livenessProbe",
                    c.Path + ".livenessProbe checks the same endpoint as readinessProbe and fails after " + liveWindow.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " s (failureThreshold × periodSeconds), no later than readiness (" + readyWindow.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " s): when the container is slow or overloaded the kubelet restarts it instead of just taking it out of the Service, and restarts cascade under load. Give liveness a cheaper endpoint (is the process alive?) or a longer failure window than readiness.");
            }
        }
    }
}

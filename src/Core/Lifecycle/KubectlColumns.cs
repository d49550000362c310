using System.Collections.Generic;
using System.Globalization;

namespace ProbeGen.Core.Lifecycle
{
    /// <summary>The READY, STATUS and RESTARTS columns of <c>kubectl get pod</c>, computed the way kubectl's printPod does.</summary>
    internal static class KubectlColumns
    {
        public static (int Ready, int Total, int Restarts, string Status) For(PodSimulator pod, IReadOnlyList<SimContainer> init, IReadOnlyList<SimContainer> regular)
        {
            string reason = pod.NodeLost ? "NodeLost" : pod.Phase.ToString();
            int total = regular.Count, ready = 0, restarts = 0, sidecarRestarts = 0;
            foreach (var c in init) if (c.Role == ContainerRole.Sidecar) total++;

            bool initializing = false;
            for (int i = 0; i < init.Count; i++)
            {
                var c = init[i];
                restarts += c.Restarts;
                if (c.Role == ContainerRole.Sidecar)
                {
                    sidecarRestarts += c.Restarts;
                    if (c.Started && c.State == ContainerStateKind.Running)
                    {
                        if (c.Ready) ready++;
                        continue;
                    }
                }
                if (c.State == ContainerStateKind.Terminated && c.ExitCode == 0) continue;
                if (c.State == ContainerStateKind.Terminated) reason = "Init:" + c.Reason;
                else if (c.State == ContainerStateKind.Waiting && c.Reason is { Length: > 0 } waiting && waiting != "PodInitializing") reason = "Init:" + waiting;
                else reason = "Init:" + i.ToString(CultureInfo.InvariantCulture) + "/" + init.Count.ToString(CultureInfo.InvariantCulture);
                initializing = true;
                break;
            }

            if (!initializing || pod.Initialized)
            {
                restarts = sidecarRestarts;
                bool hasRunning = false;
                for (int i = regular.Count - 1; i >= 0; i--)
                {
                    var c = regular[i];
                    restarts += c.Restarts;
                    if (c.State == ContainerStateKind.Waiting && c.Reason is { Length: > 0 }) reason = c.Reason;
                    else if (c.State == ContainerStateKind.Terminated) reason = c.Reason ?? "Error";
                    else if (c.State == ContainerStateKind.Running && c.Ready)
                    {
                        hasRunning = true;
                        ready++;
                    }
                }
                if (reason == "Completed" && hasRunning) reason = ready == total ? "Running" : "NotReady";
            }
            if (pod.NodeLost) reason = "NodeLost";
            return (ready, total, restarts, reason);
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation
{
    /// <summary>A container with its field path (<c>spec.containers[0]</c>, <c>spec.template.spec.initContainers[1]</c> …).</summary>
    public readonly struct ContainerAt
    {
        public ContainerAt(ContainerSpec container, string path, bool isInit, int index)
        {
            Container = container;
            Path = path;
            IsInit = isInit;
            Index = index;
        }

        public ContainerSpec Container { get; }
        public string Path { get; }
        public bool IsInit { get; }
        public int Index { get; }

        /// <summary>Init containers that are not sidecars may carry no probes (the API server forbids them).</summary>
        public bool ProbesAllowed => !IsInit || Container.IsSidecar;
    }

    /// <summary>A probe with its field path and owner.</summary>
    public readonly struct ProbeAt
    {
        public ProbeAt(ProbeSpec probe, ProbeKind kind, string path, ContainerAt container)
        {
            Probe = probe;
            Kind = kind;
            Path = path;
            Container = container;
        }

        public ProbeSpec Probe { get; }
        public ProbeKind Kind { get; }
        public string Path { get; }
        public ContainerAt Container { get; }
    }

    /// <summary>Walks a workload's containers and probes with their Kubernetes field paths, init containers first.</summary>
    public static class PodWalk
    {
        public static string ProbeField(ProbeKind kind) => kind switch
        {
            ProbeKind.Liveness => "livenessProbe",
            ProbeKind.Readiness => "readinessProbe",
            _ => "startupProbe",
        };

        public static string Index(string path, int i) => path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";

        public static IEnumerable<ContainerAt> Containers(WorkloadSpec workload)
        {
            string spec = workload.Kind.PodSpecPath();
            var init = workload.Pod.InitContainers;
            for (int i = 0; i < init.Count; i++) yield return new ContainerAt(init[i], Index(spec + ".initContainers", i), true, i);
            var containers = workload.Pod.Containers;
            for (int i = 0; i < containers.Count; i++) yield return new ContainerAt(containers[i], Index(spec + ".containers", i), false, i);
        }

        /// <summary>The probes the API server validates: on regular containers and on sidecars (others are forbidden outright).</summary>
        public static IEnumerable<ProbeAt> ValidatedProbes(WorkloadSpec workload)
        {
            foreach (var c in Containers(workload))
            {
                if (!c.ProbesAllowed) continue;
                foreach (var p in Probes(c)) yield return p;
            }
        }

        public static IEnumerable<ProbeAt> Probes(ContainerAt c)
        {
            if (c.Container.LivenessProbe is { } l) yield return new ProbeAt(l, ProbeKind.Liveness, c.Path + ".livenessProbe", c);
            if (c.Container.ReadinessProbe is { } r) yield return new ProbeAt(r, ProbeKind.Readiness, c.Path + ".readinessProbe", c);
            if (c.Container.StartupProbe is { } s) yield return new ProbeAt(s, ProbeKind.Startup, c.Path + ".startupProbe", c);
        }
    }
}

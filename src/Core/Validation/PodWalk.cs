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

        // Every rule walks the same workload: the walk (and its path strings) is built once per workload and thread,
        // not once per rule. Specs are immutable, so the last one walked on this thread can be reused as it is.
        [System.ThreadStatic] private static WorkloadSpec? t_walked;
        [System.ThreadStatic] private static ContainerAt[]? t_containers;
        [System.ThreadStatic] private static ProbeAt[]? t_validatedProbes;

        private static void Walk(WorkloadSpec workload)
        {
            if (ReferenceEquals(t_walked, workload)) return;
            string spec = workload.Kind.PodSpecPath();
            var init = workload.Pod.InitContainers;
            var containers = workload.Pod.Containers;
            var all = new ContainerAt[init.Count + containers.Count];
            for (int i = 0; i < init.Count; i++) all[i] = new ContainerAt(init[i], Index(spec + ".initContainers", i), true, i);
            for (int i = 0; i < containers.Count; i++) all[init.Count + i] = new ContainerAt(containers[i], Index(spec + ".containers", i), false, i);
            var probes = new List<ProbeAt>();
            foreach (var c in all)
            {
                if (c.ProbesAllowed) probes.AddRange(Probes(c));
            }
            t_containers = all;
            t_validatedProbes = probes.ToArray();
            t_walked = workload;
        }

        /// <summary>The workload's containers, init containers first (shared between rules: do not modify).</summary>
        public static ContainerAt[] Containers(WorkloadSpec workload)
        {
            Walk(workload);
            return t_containers!;
        }

        /// <summary>The probes the API server validates: on regular containers and on sidecars (others are forbidden outright). Shared between rules: do not modify.</summary>
        public static ProbeAt[] ValidatedProbes(WorkloadSpec workload)
        {
            Walk(workload);
            return t_validatedProbes!;
        }

        public static IEnumerable<ProbeAt> Probes(ContainerAt c)
        {
            if (c.Container.LivenessProbe is { } l) yield return new ProbeAt(l, ProbeKind.Liveness, c.Path + ".livenessProbe", c);
            if (c.Container.ReadinessProbe is { } r) yield return new ProbeAt(r, ProbeKind.Readiness, c.Path + ".readinessProbe", c);
            if (c.Container.StartupProbe is { } s) yield return new ProbeAt(s, ProbeKind.Startup, c.Path + ".startupProbe", c);
        }
    }
}

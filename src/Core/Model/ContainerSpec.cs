namespace ProbeGen.Core.Model
{
    public sealed record ContainerPortSpec(int ContainerPort, string? Name, string? Protocol, int? HostPort);

    /// <summary>Where an environment variable's value comes from when it is not a literal.</summary>
    public enum EnvSourceKind
    {
        SecretKeyRef,
        ConfigMapKeyRef,
        FieldRef,
    }

    /// <summary><c>valueFrom</c>: a secret or config map key (Name + Key), or a pod field (FieldPath).</summary>
    public sealed record EnvSourceSpec(EnvSourceKind Kind, string? Name, string? Key, string? FieldPath)
    {
        /// <summary>A key ref's <c>optional</c>; null when not written.</summary>
        public bool? Optional { get; init; }
    }

    public sealed record EnvVarSpec(string Name, string? Value, EnvSourceSpec? ValueFrom);

    /// <summary>Requests and limits as Kubernetes quantity strings, keyed by resource name (cpu, memory …).</summary>
    public sealed record ResourcesSpec(EquatableArray<KeyValue> Requests, EquatableArray<KeyValue> Limits);

    /// <summary>
    /// A container. The fields eng/SchemaGen/Mapping.cs maps are generated (Records.g.cs); the shapes that need
    /// judgement (ports by name, env sources, resource maps, probes) are declared here.
    /// </summary>
    public sealed partial record ContainerSpec
    {
        public EquatableArray<ContainerPortSpec> Ports { get; init; }
        public EquatableArray<EnvVarSpec> Env { get; init; }
        public ResourcesSpec? Resources { get; init; }
        public ProbeSpec? LivenessProbe { get; init; }
        public ProbeSpec? ReadinessProbe { get; init; }
        public ProbeSpec? StartupProbe { get; init; }

        public ProbeSpec? GetProbe(ProbeKind kind) => kind switch
        {
            ProbeKind.Liveness => LivenessProbe,
            ProbeKind.Readiness => ReadinessProbe,
            _ => StartupProbe,
        };

        /// <summary>A native sidecar: an init container that keeps running (restartPolicy: Always).</summary>
        public bool IsSidecar => RestartPolicy == "Always";
    }
}

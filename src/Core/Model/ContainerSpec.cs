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
    public sealed record EnvSourceSpec(EnvSourceKind Kind, string? Name, string? Key, string? FieldPath);

    public sealed record EnvVarSpec(string Name, string? Value, EnvSourceSpec? ValueFrom);

    /// <summary>Requests and limits as Kubernetes quantity strings, keyed by resource name (cpu, memory …).</summary>
    public sealed record ResourcesSpec(EquatableArray<KeyValue> Requests, EquatableArray<KeyValue> Limits);

    public sealed record ContainerSpec(
        string Name,
        string Image,
        EquatableArray<string> Command,
        EquatableArray<string> Args,
        string? WorkingDir,
        string? ImagePullPolicy,
        string? RestartPolicy,
        EquatableArray<ContainerPortSpec> Ports,
        EquatableArray<EnvVarSpec> Env,
        ResourcesSpec? Resources,
        ProbeSpec? LivenessProbe,
        ProbeSpec? ReadinessProbe,
        ProbeSpec? StartupProbe)
    {
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

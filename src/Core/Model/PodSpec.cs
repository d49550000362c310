namespace ProbeGen.Core.Model
{
    /// <summary>The pod spec: of a Pod, or the template of a Deployment, Job or CronJob.</summary>
    public sealed record PodSpec(
        string? RestartPolicy,
        long? TerminationGracePeriodSeconds,
        string? ServiceAccountName,
        EquatableArray<KeyValue> NodeSelector,
        EquatableArray<ContainerSpec> InitContainers,
        EquatableArray<ContainerSpec> Containers);
}

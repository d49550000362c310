namespace ProbeGen.Core.Model
{
    /// <summary>
    /// The pod spec: of a Pod, or the template of a Deployment, Job or CronJob. Its scalars are generated from
    /// eng/SchemaGen/Mapping.cs (Records.g.cs); the node selector and the container lists are declared here.
    /// </summary>
    public sealed partial record PodSpec
    {
        public EquatableArray<KeyValue> NodeSelector { get; init; }
        public EquatableArray<ContainerSpec> InitContainers { get; init; }
        public EquatableArray<ContainerSpec> Containers { get; init; }
    }
}

using System;

namespace ProbeGen
{
    /// <summary>
    /// The pod spec's own scalars, on the workload class (for a controller, in its pod template). Only the arguments you
    /// write are emitted (unset: the API server's default). Pod fields without an argument are set with <c>[Set]</c>.
    /// </summary>
    /// <example>
    /// <code>
    /// [Deployment("agent")]
    /// [PodSpec(HostNetwork = true, DnsPolicy = DnsPolicy.ClusterFirstWithHostNet, PriorityClassName = "system-node-critical",
    ///     AutomountServiceAccountToken = false)]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class PodSpecAttribute : Attribute
    {
        /// <summary><c>hostNetwork</c>: the pod uses the node's network namespace (its ports are the node's ports).</summary>
        public bool HostNetwork { get; set; }

        /// <summary><c>hostPID</c>: the pod uses the node's process namespace.</summary>
        public bool HostPID { get; set; }

        /// <summary><c>hostIPC</c>: the pod uses the node's IPC namespace.</summary>
        public bool HostIPC { get; set; }

        /// <summary><c>dnsPolicy</c>. Unset: <c>ClusterFirst</c>; with <c>HostNetwork</c>, <c>ClusterFirstWithHostNet</c> keeps cluster DNS.</summary>
        public DnsPolicy DnsPolicy { get; set; }

        /// <summary><c>priorityClassName</c>: a PriorityClass (<c>system-cluster-critical</c>, <c>system-node-critical</c>, or your own).</summary>
        public string? PriorityClassName { get; set; }

        /// <summary><c>preemptionPolicy</c>. Unset: <c>PreemptLowerPriority</c>.</summary>
        public PreemptionPolicy PreemptionPolicy { get; set; }

        /// <summary><c>automountServiceAccountToken</c>: false keeps the service account's token out of the containers.</summary>
        public bool AutomountServiceAccountToken { get; set; }

        /// <summary><c>enableServiceLinks</c>: false leaves out the Docker-link environment variables of every Service in the namespace.</summary>
        public bool EnableServiceLinks { get; set; }

        /// <summary><c>shareProcessNamespace</c>: the containers see each other's processes.</summary>
        public bool ShareProcessNamespace { get; set; }

        /// <summary><c>schedulerName</c>: the scheduler that places the pod. Unset: <c>default-scheduler</c>.</summary>
        public string? SchedulerName { get; set; }

        /// <summary><c>runtimeClassName</c>: a RuntimeClass (<c>gvisor</c>, <c>kata</c>).</summary>
        public string? RuntimeClassName { get; set; }

        /// <summary><c>hostname</c>: the pod's hostname, a DNS label. Unset: the pod's name.</summary>
        public string? Hostname { get; set; }

        /// <summary><c>subdomain</c>: with a headless Service of this name, the pod is <c>hostname.subdomain.namespace.svc</c>.</summary>
        public string? Subdomain { get; set; }

        /// <summary><c>setHostnameAsFQDN</c>: the kernel hostname is the pod's FQDN (<c>hostname.subdomain.namespace.svc.cluster-domain</c>), not its short name.</summary>
        public bool SetHostnameAsFQDN { get; set; }
    }

    /// <summary>
    /// One <c>imagePullSecrets</c> item, on the workload class: a Secret of type <c>kubernetes.io/dockerconfigjson</c> the
    /// kubelet uses to pull the containers' images. Repeat it for more; items keep source order.
    /// </summary>
    /// <example><code>[ImagePullSecret("regcred")]</code></example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class ImagePullSecretAttribute : Attribute
    {
        /// <param name="name">The Secret's name, in the pod's namespace.</param>
        public ImagePullSecretAttribute(string name) => Name = name;

        /// <summary><c>name</c>: the Secret's name.</summary>
        public string Name { get; }
    }

    /// <summary>
    /// One <c>tolerations</c> item, on the workload class: the pod may be scheduled onto (or keep running on) nodes with a
    /// matching taint. Repeat it for more; items keep source order. Only the arguments you write are emitted.
    /// </summary>
    /// <example>
    /// <code>
    /// [Toleration(Key = "dedicated", Operator = TolerationOperator.Equal, Value = "gpu", Effect = TaintEffect.NoSchedule)]
    /// [Toleration(Key = "node.kubernetes.io/unreachable", Operator = TolerationOperator.Exists, Effect = TaintEffect.NoExecute, TolerationSeconds = 30)]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class TolerationAttribute : Attribute
    {
        /// <summary><c>key</c>: the taint's key (a label key); unset with <c>Exists</c>: every taint.</summary>
        public string? Key { get; set; }

        /// <summary><c>operator</c>. Unset: <c>Equal</c>.</summary>
        public TolerationOperator Operator { get; set; }

        /// <summary><c>value</c>: the taint's value, with <c>Equal</c> only.</summary>
        public string? Value { get; set; }

        /// <summary><c>effect</c>: the taint effect matched. Unset: every effect.</summary>
        public TaintEffect Effect { get; set; }

        /// <summary><c>tolerationSeconds</c>: with <c>NoExecute</c>, how long the pod stays bound after the taint appears.</summary>
        public long TolerationSeconds { get; set; }
    }

    /// <summary>
    /// A Deployment's <c>strategy</c>, on its class: how old pods are replaced by new ones. <c>MaxSurge</c> and
    /// <c>MaxUnavailable</c> (with <c>RollingUpdate</c> only) take a count (<c>"1"</c>, written as the integer 1) or a
    /// percentage of the replicas (<c>"25%"</c>); unset, the API server's 25% each.
    /// </summary>
    /// <example>
    /// <code>
    /// [Deployment("web", Replicas = 3)]
    /// [DeploymentStrategy(Type = DeploymentStrategyType.RollingUpdate, MaxSurge = "1", MaxUnavailable = "0")]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class DeploymentStrategyAttribute : Attribute
    {
        /// <summary>
        /// <c>type</c>: <c>RollingUpdate</c> (the API server's default when not written) or <c>Recreate</c> (all old pods
        /// stop before new ones start). Named rather than a constructor argument because published manifests often give
        /// only <c>rollingUpdate</c> and leave the type to its default.
        /// </summary>
        public DeploymentStrategyType Type { get; set; }

        /// <summary><c>rollingUpdate.maxSurge</c>: how many pods above the replicas may exist during the update (<c>"1"</c> or <c>"25%"</c>).</summary>
        public string? MaxSurge { get; set; }

        /// <summary><c>rollingUpdate.maxUnavailable</c>: how many pods below the replicas may be unavailable (<c>"0"</c> or <c>"25%"</c>); not 0 with <c>MaxSurge</c> 0.</summary>
        public string? MaxUnavailable { get; set; }
    }

    /// <summary>
    /// A StatefulSet's <c>updateStrategy</c>, on its class: how its pods are replaced when the template changes.
    /// <c>Partition</c> and <c>MaxUnavailable</c> go under <c>rollingUpdate</c>, so they need <c>RollingUpdate</c> (the
    /// default when <c>Type</c> is not written). Only on a <c>[StatefulSet]</c> class.
    /// </summary>
    /// <example>
    /// <code>
    /// [StatefulSet("db", Replicas = 3)]
    /// [StatefulSetUpdateStrategy(Type = StatefulSetUpdateStrategyType.RollingUpdate, Partition = 2)]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class StatefulSetUpdateStrategyAttribute : Attribute
    {
        /// <summary>
        /// <c>type</c>: <c>RollingUpdate</c> (the API server's default when not written: pods are replaced one ordinal at a
        /// time, highest first) or <c>OnDelete</c> (a pod gets the new template only when you delete it).
        /// </summary>
        public StatefulSetUpdateStrategyType Type { get; set; }

        /// <summary><c>rollingUpdate.partition</c>: only pods with an ordinal at or above it are updated (a staged rollout); not negative.</summary>
        public int Partition { get; set; }

        /// <summary>
        /// <c>rollingUpdate.maxUnavailable</c>: how many pods may be down at once during the update (<c>"2"</c> or
        /// <c>"25%"</c>), not 0. Used only with the <c>MaxUnavailableStatefulSet</c> feature gate; otherwise the API server drops it.
        /// </summary>
        public string? MaxUnavailable { get; set; }
    }

    /// <summary>A StatefulSet's <c>updateStrategy.type</c>.</summary>
    public enum StatefulSetUpdateStrategyType
    {
        /// <summary><c>RollingUpdate</c>: pods are replaced in reverse ordinal order (the default).</summary>
        RollingUpdate,

        /// <summary><c>OnDelete</c>: a pod is replaced only when it is deleted.</summary>
        OnDelete,
    }

    /// <summary>
    /// A DaemonSet's <c>updateStrategy</c>, on its class: how its pods are replaced, node by node, when the template
    /// changes. <c>MaxSurge</c> and <c>MaxUnavailable</c> go under <c>rollingUpdate</c> (with <c>RollingUpdate</c>, the
    /// default) and take a count (<c>"1"</c>) or a percentage of the nodes (<c>"10%"</c>); after the API server's defaults
    /// (maxUnavailable 1, maxSurge 0) exactly one of them is non-zero. Only on a <c>[DaemonSet]</c> class.
    /// </summary>
    /// <example>
    /// <code>
    /// [DaemonSet("agent")]
    /// [DaemonSetUpdateStrategy(Type = DaemonSetUpdateStrategyType.RollingUpdate, MaxSurge = "1", MaxUnavailable = "0")]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class DaemonSetUpdateStrategyAttribute : Attribute
    {
        /// <summary><c>type</c>: <c>RollingUpdate</c> (the API server's default when not written) or <c>OnDelete</c>.</summary>
        public DaemonSetUpdateStrategyType Type { get; set; }

        /// <summary><c>rollingUpdate.maxSurge</c>: how many nodes may run an old and a new pod at once (<c>"1"</c> or <c>"10%"</c>); needs <c>MaxUnavailable = "0"</c>.</summary>
        public string? MaxSurge { get; set; }

        /// <summary><c>rollingUpdate.maxUnavailable</c>: how many nodes may be without a ready pod during the update (<c>"1"</c> or <c>"10%"</c>).</summary>
        public string? MaxUnavailable { get; set; }
    }

    /// <summary>A DaemonSet's <c>updateStrategy.type</c>.</summary>
    public enum DaemonSetUpdateStrategyType
    {
        /// <summary><c>RollingUpdate</c>: old pods are replaced node by node (the default).</summary>
        RollingUpdate,

        /// <summary><c>OnDelete</c>: a pod is replaced only when it is deleted.</summary>
        OnDelete,
    }

    /// <summary>
    /// One <c>topologySpreadConstraints</c> item, on the workload class: how unevenly the pods may spread across the
    /// domains of a node label (zones, nodes). Repeat it for more; items keep source order, and no two may share the
    /// topology key and <c>whenUnsatisfiable</c>. Which pods are counted (<c>labelSelector</c>) has no argument: write it
    /// with <c>[Set]</c> on the same item (<see cref="MatchLabelKeys"/> narrows it further and needs it).
    /// </summary>
    /// <example>
    /// <code>
    /// [TopologySpread(1, "topology.kubernetes.io/zone", WhenUnsatisfiable.DoNotSchedule, MinDomains = 3)]
    /// [Set("spec.template.spec.topologySpreadConstraints[0].labelSelector.matchLabels.app", "web")]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class TopologySpreadAttribute : Attribute
    {
        /// <param name="maxSkew">The largest allowed difference in matching pods between two domains; greater than 0.</param>
        /// <param name="topologyKey">The node label whose values are the domains (<c>topology.kubernetes.io/zone</c>, <c>kubernetes.io/hostname</c>).</param>
        /// <param name="whenUnsatisfiable">What the scheduler does when no node keeps the skew: <c>DoNotSchedule</c> or <c>ScheduleAnyway</c>.</param>
        public TopologySpreadAttribute(int maxSkew, string topologyKey, WhenUnsatisfiable whenUnsatisfiable)
        {
            MaxSkew = maxSkew;
            TopologyKey = topologyKey;
            WhenUnsatisfiable = whenUnsatisfiable;
        }

        /// <summary><c>maxSkew</c>.</summary>
        public int MaxSkew { get; }

        /// <summary><c>topologyKey</c>.</summary>
        public string TopologyKey { get; }

        /// <summary><c>whenUnsatisfiable</c>.</summary>
        public WhenUnsatisfiable WhenUnsatisfiable { get; }

        /// <summary><c>minDomains</c>: with <c>DoNotSchedule</c> only, fewer eligible domains than this count as having 0 pods; greater than 0.</summary>
        public int MinDomains { get; set; }

        /// <summary><c>nodeAffinityPolicy</c>: whether the pod's node affinity and node selector limit the domains counted. Unset: <c>Honor</c>.</summary>
        public NodeInclusionPolicy NodeAffinityPolicy { get; set; }

        /// <summary><c>nodeTaintsPolicy</c>: whether nodes with taints the pod does not tolerate are counted. Unset: <c>Ignore</c>.</summary>
        public NodeInclusionPolicy NodeTaintsPolicy { get; set; }

        /// <summary><c>matchLabelKeys</c>: pod label keys whose values, taken from the incoming pod, narrow the pods counted (<c>pod-template-hash</c>); only with a <c>labelSelector</c>.</summary>
        public string[]? MatchLabelKeys { get; set; }
    }

    /// <summary>A topology spread constraint's <c>whenUnsatisfiable</c>.</summary>
    public enum WhenUnsatisfiable
    {
        /// <summary><c>DoNotSchedule</c>: the pod stays pending rather than break the skew.</summary>
        DoNotSchedule,

        /// <summary><c>ScheduleAnyway</c>: schedule it, preferring nodes that reduce the skew.</summary>
        ScheduleAnyway,
    }

    /// <summary>A topology spread constraint's <c>nodeAffinityPolicy</c> and <c>nodeTaintsPolicy</c>.</summary>
    public enum NodeInclusionPolicy
    {
        /// <summary><c>Ignore</c>: every node is counted.</summary>
        Ignore,

        /// <summary><c>Honor</c>: only nodes that match (the affinity, or the tolerations) are counted.</summary>
        Honor,
    }

    /// <summary>A Deployment's <c>strategy.type</c>.</summary>
    public enum DeploymentStrategyType
    {
        /// <summary><c>Recreate</c>: every old pod is killed before new ones are created.</summary>
        Recreate,

        /// <summary><c>RollingUpdate</c>: old pods are replaced gradually (the default).</summary>
        RollingUpdate,
    }

    /// <summary>A pod's <c>dnsPolicy</c>: where its DNS resolver configuration comes from.</summary>
    public enum DnsPolicy
    {
        /// <summary><c>ClusterFirstWithHostNet</c>: cluster DNS for a pod on the host network.</summary>
        ClusterFirstWithHostNet,

        /// <summary><c>ClusterFirst</c>: cluster DNS first, then the node's upstream servers (the default).</summary>
        ClusterFirst,

        /// <summary><c>Default</c>: the node's resolver configuration.</summary>
        Default,

        /// <summary><c>None</c>: only what <c>dnsConfig</c> gives (set it with <c>[Set]</c>).</summary>
        None,
    }

    /// <summary>A pod's <c>preemptionPolicy</c>: whether it may preempt pods of lower priority.</summary>
    public enum PreemptionPolicy
    {
        /// <summary><c>PreemptLowerPriority</c>: it may (the default).</summary>
        PreemptLowerPriority,

        /// <summary><c>Never</c>: it waits for room instead.</summary>
        Never,
    }

    /// <summary>A toleration's <c>operator</c>.</summary>
    public enum TolerationOperator
    {
        /// <summary><c>Exists</c>: any value of the key (no <c>Value</c>).</summary>
        Exists,

        /// <summary><c>Equal</c>: the key with this <c>Value</c> (the default).</summary>
        Equal,
    }

    /// <summary>A taint's (and toleration's) <c>effect</c>.</summary>
    public enum TaintEffect
    {
        /// <summary><c>NoSchedule</c>: new pods without the toleration are not scheduled there.</summary>
        NoSchedule,

        /// <summary><c>PreferNoSchedule</c>: the scheduler avoids the node.</summary>
        PreferNoSchedule,

        /// <summary><c>NoExecute</c>: pods without the toleration are also evicted.</summary>
        NoExecute,
    }
}

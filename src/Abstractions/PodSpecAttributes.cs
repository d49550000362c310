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

using System;

namespace ProbeGen
{
    /// <summary>The pod's <c>spec.restartPolicy</c>. Written only when set; unset means the API server's default, <c>Always</c>.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class RestartPolicyAttribute : Attribute
    {
        /// <summary>Sets the restart policy.</summary>
        /// <param name="policy"><c>Always</c>, <c>OnFailure</c> or <c>Never</c>.</param>
        public RestartPolicyAttribute(RestartPolicy policy) => Policy = policy;

        /// <summary>The policy.</summary>
        public RestartPolicy Policy { get; }
    }

    /// <summary>A label (<c>metadata.labels</c>; for a Deployment also its selector and template labels). Repeatable.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class LabelAttribute : Attribute
    {
        /// <summary>Adds a label.</summary>
        /// <param name="key">An optional DNS-subdomain prefix and <c>/</c>, then a name of at most 63 characters (<c>app.kubernetes.io/name</c>).</param>
        /// <param name="value">At most 63 alphanumeric characters, <c>-</c>, <c>_</c> or <c>.</c>; may be empty.</param>
        public LabelAttribute(string key, string value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>The label key.</summary>
        public string Key { get; }

        /// <summary>The label value.</summary>
        public string Value { get; }
    }

    /// <summary>An annotation (<c>metadata.annotations</c>). Repeatable; values are free text.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class AnnotationAttribute : Attribute
    {
        /// <summary>Adds an annotation.</summary>
        /// <param name="key">A qualified name, like a label key.</param>
        /// <param name="value">Any text.</param>
        public AnnotationAttribute(string key, string value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>The annotation key.</summary>
        public string Key { get; }

        /// <summary>The annotation value.</summary>
        public string Value { get; }
    }

    /// <summary>The pod's <c>spec.terminationGracePeriodSeconds</c>: how long the kubelet waits after SIGTERM before SIGKILL (default 30).</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class TerminationGracePeriodAttribute : Attribute
    {
        /// <summary>Sets the grace period.</summary>
        /// <param name="seconds">Seconds, not negative.</param>
        public TerminationGracePeriodAttribute(long seconds) => Seconds = seconds;

        /// <summary>The grace period in seconds.</summary>
        public long Seconds { get; }
    }

    /// <summary>The pod's <c>spec.serviceAccountName</c>.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class ServiceAccountAttribute : Attribute
    {
        /// <summary>Sets the service account.</summary>
        /// <param name="name">A lowercase RFC 1123 subdomain.</param>
        public ServiceAccountAttribute(string name) => Name = name;

        /// <summary>The service account name.</summary>
        public string Name { get; }
    }

    /// <summary>An entry of the pod's <c>spec.nodeSelector</c>: the pod runs only on nodes with this label. Repeatable.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class NodeSelectorAttribute : Attribute
    {
        /// <summary>Adds a node selector entry.</summary>
        /// <param name="key">A node label key (<c>kubernetes.io/os</c>).</param>
        /// <param name="value">The label value (<c>linux</c>).</param>
        public NodeSelectorAttribute(string key, string value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>The node label key.</summary>
        public string Key { get; }

        /// <summary>The node label value.</summary>
        public string Value { get; }
    }
}

using System;

namespace ProbeGen
{
    /// <summary>
    /// A container. On the workload class itself: the pod's first container. On a nested <c>partial</c> class of the
    /// workload class: one more container, in declaration order. Ports, env, resources and probes go on the same class.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class ContainerAttribute : Attribute
    {
        /// <summary>Declares a container.</summary>
        /// <param name="name">A lowercase RFC 1123 label (<c>web</c>), unique in the pod, at most 63 characters.</param>
        /// <param name="image">The container image (<c>nginx:1.27</c>).</param>
        public ContainerAttribute(string name, string image)
        {
            Name = name;
            Image = image;
        }

        /// <summary>The container name.</summary>
        public string Name { get; }

        /// <summary>The image.</summary>
        public string Image { get; }

        /// <summary><c>command</c>: replaces the image's ENTRYPOINT.</summary>
        public string[]? Command { get; set; }

        /// <summary><c>args</c>: replaces the image's CMD.</summary>
        public string[]? Args { get; set; }

        /// <summary><c>workingDir</c>.</summary>
        public string? WorkingDir { get; set; }

        /// <summary><c>imagePullPolicy</c>. Unset: <c>Always</c> for <c>:latest</c> or untagged images, else <c>IfNotPresent</c>.</summary>
        public PullPolicy ImagePullPolicy { get; set; }

        /// <summary><c>terminationMessagePath</c>: the file the container writes its termination message to. Unset: <c>/dev/termination-log</c>.</summary>
        public string? TerminationMessagePath { get; set; }

        /// <summary><c>terminationMessagePolicy</c>. Unset: <c>File</c>.</summary>
        public TerminationMessagePolicy TerminationMessagePolicy { get; set; }
    }

    /// <summary>
    /// An init container, on a nested <c>partial</c> class of the workload class; init containers run before the
    /// containers, in declaration order. With <c>RestartPolicy = ContainerRestartPolicy.Always</c> it is a native
    /// sidecar that keeps running beside the containers and may have probes; otherwise probes are forbidden.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class InitContainerAttribute : Attribute
    {
        /// <summary>Declares an init container.</summary>
        /// <param name="name">A lowercase RFC 1123 label, unique across containers and init containers.</param>
        /// <param name="image">The container image.</param>
        public InitContainerAttribute(string name, string image)
        {
            Name = name;
            Image = image;
        }

        /// <summary>The container name.</summary>
        public string Name { get; }

        /// <summary>The image.</summary>
        public string Image { get; }

        /// <summary><c>command</c>.</summary>
        public string[]? Command { get; set; }

        /// <summary><c>args</c>.</summary>
        public string[]? Args { get; set; }

        /// <summary><c>workingDir</c>.</summary>
        public string? WorkingDir { get; set; }

        /// <summary><c>imagePullPolicy</c>.</summary>
        public PullPolicy ImagePullPolicy { get; set; }

        /// <summary><c>restartPolicy</c>: <c>Always</c> makes this a native sidecar.</summary>
        public ContainerRestartPolicy RestartPolicy { get; set; }

        /// <summary><c>terminationMessagePath</c>: the file the container writes its termination message to. Unset: <c>/dev/termination-log</c>.</summary>
        public string? TerminationMessagePath { get; set; }

        /// <summary><c>terminationMessagePolicy</c>. Unset: <c>File</c>.</summary>
        public TerminationMessagePolicy TerminationMessagePolicy { get; set; }
    }

    /// <summary>A port the container listens on (<c>ports[]</c>). Repeatable.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class ContainerPortAttribute : Attribute
    {
        /// <summary>Declares a port.</summary>
        /// <param name="port"><c>containerPort</c>, 1–65535.</param>
        public ContainerPortAttribute(int port) => Port = port;

        /// <summary><c>containerPort</c>.</summary>
        public int Port { get; }

        /// <summary><c>name</c>: an IANA service name (<c>http</c>), at most 15 characters, that probes can use as <c>PortName</c>.</summary>
        public string? Name { get; set; }

        /// <summary><c>protocol</c> (default TCP).</summary>
        public PortProtocol Protocol { get; set; }

        /// <summary><c>hostPort</c>, 1–65535.</summary>
        public int HostPort { get; set; }
    }

    /// <summary>An environment variable with a literal value (<c>env[]</c>). Repeatable.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class EnvAttribute : Attribute
    {
        /// <summary>Adds an environment variable.</summary>
        /// <param name="name">The variable name.</param>
        /// <param name="value">The value (any text).</param>
        public EnvAttribute(string name, string value)
        {
            Name = name;
            Value = value;
        }

        /// <summary>The variable name.</summary>
        public string Name { get; }

        /// <summary>The value.</summary>
        public string Value { get; }
    }

    /// <summary>
    /// An environment variable read from a Secret key (<c>env[].valueFrom.secretKeyRef</c>). Repeatable.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class EnvSecretKeyAttribute : Attribute
    {
        /// <summary>Adds an environment variable from a Secret key.</summary>
        /// <param name="name">The variable name.</param>
        /// <param name="secretName">The Secret's name.</param>
        /// <param name="key">The key in the Secret.</param>
        public EnvSecretKeyAttribute(string name, string secretName, string key)
        {
            Name = name;
            SecretName = secretName;
            Key = key;
        }

        /// <summary>The variable name.</summary>
        public string Name { get; }

        /// <summary>The Secret's name.</summary>
        public string SecretName { get; }

        /// <summary>The key in the Secret.</summary>
        public string Key { get; }

        /// <summary><c>secretKeyRef.optional</c>: the container starts without the variable when the Secret or its key is missing. Unset: not written (required).</summary>
        public bool Optional { get; set; }
    }

    /// <summary>An environment variable read from a ConfigMap key (<c>env[].valueFrom.configMapKeyRef</c>). Repeatable.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class EnvConfigMapKeyAttribute : Attribute
    {
        /// <summary>Adds an environment variable from a ConfigMap key.</summary>
        /// <param name="name">The variable name.</param>
        /// <param name="configMapName">The ConfigMap's name.</param>
        /// <param name="key">The key in the ConfigMap.</param>
        public EnvConfigMapKeyAttribute(string name, string configMapName, string key)
        {
            Name = name;
            ConfigMapName = configMapName;
            Key = key;
        }

        /// <summary>The variable name.</summary>
        public string Name { get; }

        /// <summary>The ConfigMap's name.</summary>
        public string ConfigMapName { get; }

        /// <summary>The key in the ConfigMap.</summary>
        public string Key { get; }

        /// <summary><c>configMapKeyRef.optional</c>: the container starts without the variable when the ConfigMap or its key is missing. Unset: not written (required).</summary>
        public bool Optional { get; set; }
    }

    /// <summary>
    /// Every key of a Secret as environment variables (<c>envFrom[].secretRef</c>): <c>[EnvFromSecret("web-secrets")]</c>.
    /// Repeatable; with <see cref="EnvFromConfigMapAttribute"/>, one <c>envFrom</c> list in declaration order (a later
    /// source wins for a key both have; <c>env</c> wins over both).
    /// </summary>
    /// <example>
    /// <code>
    /// [EnvFromConfigMap("web-config")]
    /// [EnvFromSecret("web-secrets", Prefix = "SECRET_", Optional = true)]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class EnvFromSecretAttribute : Attribute
    {
        /// <summary>Adds every key of the Secret <paramref name="secretName"/> as environment variables (<c>envFrom[].secretRef.name</c>).</summary>
        /// <param name="secretName">The Secret's name: a lowercase RFC 1123 subdomain.</param>
        public EnvFromSecretAttribute(string secretName)
        {
            Name = "";
            SecretName = secretName;
            Key = "";
        }

        /// <summary>The former form of <see cref="EnvSecretKeyAttribute"/>: one variable from one key (same arguments, same YAML).</summary>
        /// <param name="name">The variable name.</param>
        /// <param name="secretName">The Secret's name.</param>
        /// <param name="key">The key in the Secret.</param>
        [Obsolete("[EnvFromSecret(name, secretName, key)] makes one variable from one key: write [EnvSecretKey(name, secretName, key)], same arguments and YAML. [EnvFromSecret(secretName)] with one argument is Kubernetes envFrom: every key of the Secret as a variable.")]
        public EnvFromSecretAttribute(string name, string secretName, string key)
        {
            Name = name;
            SecretName = secretName;
            Key = key;
        }

        /// <summary>The variable name (the obsolete 3-argument form); empty for envFrom.</summary>
        public string Name { get; }

        /// <summary>The Secret's name.</summary>
        public string SecretName { get; }

        /// <summary>The key in the Secret (the obsolete 3-argument form); empty for envFrom.</summary>
        public string Key { get; }

        /// <summary><c>envFrom[].prefix</c>: prepended to every key's variable name (<c>"DB_"</c>). Unset: none. Not with the 3-argument form.</summary>
        public string? Prefix { get; set; }

        /// <summary><c>secretRef.optional</c>: the container starts when the Secret is missing. Unset: not written (required). With the 3-argument form: <c>secretKeyRef.optional</c>.</summary>
        public bool Optional { get; set; }
    }

    /// <summary>
    /// Every key of a ConfigMap as environment variables (<c>envFrom[].configMapRef</c>): <c>[EnvFromConfigMap("web-config")]</c>.
    /// Repeatable; with <see cref="EnvFromSecretAttribute"/>, one <c>envFrom</c> list in declaration order.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class EnvFromConfigMapAttribute : Attribute
    {
        /// <summary>Adds every key of the ConfigMap <paramref name="configMapName"/> as environment variables (<c>envFrom[].configMapRef.name</c>).</summary>
        /// <param name="configMapName">The ConfigMap's name: a lowercase RFC 1123 subdomain.</param>
        public EnvFromConfigMapAttribute(string configMapName)
        {
            Name = "";
            ConfigMapName = configMapName;
            Key = "";
        }

        /// <summary>The former form of <see cref="EnvConfigMapKeyAttribute"/>: one variable from one key (same arguments, same YAML).</summary>
        /// <param name="name">The variable name.</param>
        /// <param name="configMapName">The ConfigMap's name.</param>
        /// <param name="key">The key in the ConfigMap.</param>
        [Obsolete("[EnvFromConfigMap(name, configMapName, key)] makes one variable from one key: write [EnvConfigMapKey(name, configMapName, key)], same arguments and YAML. [EnvFromConfigMap(configMapName)] with one argument is Kubernetes envFrom: every key of the ConfigMap as a variable.")]
        public EnvFromConfigMapAttribute(string name, string configMapName, string key)
        {
            Name = name;
            ConfigMapName = configMapName;
            Key = key;
        }

        /// <summary>The variable name (the obsolete 3-argument form); empty for envFrom.</summary>
        public string Name { get; }

        /// <summary>The ConfigMap's name.</summary>
        public string ConfigMapName { get; }

        /// <summary>The key in the ConfigMap (the obsolete 3-argument form); empty for envFrom.</summary>
        public string Key { get; }

        /// <summary><c>envFrom[].prefix</c>: prepended to every key's variable name (<c>"APP_"</c>). Unset: none. Not with the 3-argument form.</summary>
        public string? Prefix { get; set; }

        /// <summary><c>configMapRef.optional</c>: the container starts when the ConfigMap is missing. Unset: not written (required). With the 3-argument form: <c>configMapKeyRef.optional</c>.</summary>
        public bool Optional { get; set; }
    }

    /// <summary>An environment variable read from a pod field (<c>valueFrom.fieldRef</c>), e.g. <c>status.podIP</c>. Repeatable.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class EnvFromFieldAttribute : Attribute
    {
        /// <summary>Adds an environment variable from a pod field.</summary>
        /// <param name="name">The variable name.</param>
        /// <param name="fieldPath"><c>metadata.name</c>, <c>metadata.namespace</c>, <c>spec.nodeName</c>, <c>status.podIP</c> …</param>
        public EnvFromFieldAttribute(string name, string fieldPath)
        {
            Name = name;
            FieldPath = fieldPath;
        }

        /// <summary>The variable name.</summary>
        public string Name { get; }

        /// <summary>The pod field path.</summary>
        public string FieldPath { get; }
    }

    /// <summary>
    /// One entry of the container's <c>resources.requests</c> by its resource name, for any resource (extended resources
    /// such as <c>nvidia.com/gpu</c> or <c>google.com/tpu</c>, <c>hugepages-2Mi</c>); cpu, memory and ephemeral storage
    /// also have <see cref="ResourcesAttribute"/> arguments. Repeatable; a name is given once.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class ResourceRequestAttribute : Attribute
    {
        /// <summary>Requests <paramref name="quantity"/> of the resource <paramref name="name"/>.</summary>
        /// <param name="name">The resource name (<c>nvidia.com/gpu</c>).</param>
        /// <param name="quantity">A Kubernetes quantity (<c>1</c>, <c>500m</c>, <c>2Gi</c>).</param>
        public ResourceRequestAttribute(string name, string quantity)
        {
            Name = name;
            Quantity = quantity;
        }

        /// <summary>The resource name.</summary>
        public string Name { get; }

        /// <summary>The quantity.</summary>
        public string Quantity { get; }
    }

    /// <summary>
    /// One entry of the container's <c>resources.limits</c> by its resource name, for any resource (extended resources
    /// such as <c>nvidia.com/gpu</c>: the API server defaults their request to the limit). Repeatable; a name is given once.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class ResourceLimitAttribute : Attribute
    {
        /// <summary>Limits the resource <paramref name="name"/> to <paramref name="quantity"/>.</summary>
        /// <param name="name">The resource name (<c>nvidia.com/gpu</c>).</param>
        /// <param name="quantity">A Kubernetes quantity (<c>1</c>, <c>500m</c>, <c>2Gi</c>).</param>
        public ResourceLimitAttribute(string name, string quantity)
        {
            Name = name;
            Quantity = quantity;
        }

        /// <summary>The resource name.</summary>
        public string Name { get; }

        /// <summary>The quantity.</summary>
        public string Quantity { get; }
    }

    /// <summary>The container's <c>resources</c>, as Kubernetes quantity strings (<c>100m</c>, <c>128Mi</c>, <c>1</c>).</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class ResourcesAttribute : Attribute
    {
        /// <summary><c>requests.cpu</c>.</summary>
        public string? CpuRequest { get; set; }

        /// <summary><c>requests.memory</c>.</summary>
        public string? MemoryRequest { get; set; }

        /// <summary><c>limits.cpu</c>.</summary>
        public string? CpuLimit { get; set; }

        /// <summary><c>limits.memory</c>.</summary>
        public string? MemoryLimit { get; set; }

        /// <summary><c>requests.ephemeral-storage</c>.</summary>
        public string? EphemeralStorageRequest { get; set; }

        /// <summary><c>limits.ephemeral-storage</c>.</summary>
        public string? EphemeralStorageLimit { get; set; }
    }
}

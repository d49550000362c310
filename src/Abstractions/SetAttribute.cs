using System;

namespace ProbeGen
{
    /// <summary>
    /// Sets one field that no ProbeGen attribute models, by its Kubernetes field path: the escape hatch for the rest of
    /// the pod spec and of the workload. Repeatable. The path and the value are checked at compile time against
    /// ProbeGen's Kubernetes schema: an unknown field, a value of the wrong type, a gap in list indices, a field set
    /// twice, or a field an attribute already sets, is an error at the argument.
    /// </summary>
    /// <remarks>
    /// <para><b>Where the path starts.</b> On the workload class, at the top of the manifest, exactly as the YAML nests
    /// it: <c>metadata.generateName</c>, <c>spec.paused</c>, <c>spec.template.spec.hostUsers</c> (a CronJob's pod
    /// spec is <c>spec.jobTemplate.spec.template.spec</c>). On a nested <c>[Container]</c> or <c>[InitContainer]</c> class,
    /// at that container: <c>securityContext.seLinuxOptions.level</c>. The workload class's own container is
    /// <c>spec.template.spec.containers[0]</c> (for a Pod <c>spec.containers[0]</c>).</para>
    /// <para><b>Path syntax.</b> Fields with <c>.</c>, list items with <c>[N]</c> (from 0, without gaps, over all the
    /// workload's <c>[Set]</c>s), map keys with <c>['key']</c> (a quote inside a key is written twice:
    /// <c>['it''s']</c>): <c>spec.template.spec.nodeSelector['kubernetes.io/os']</c>,
    /// <c>spec.template.spec.hostAliases[0].ip</c>. A key that is a plain name may also follow a dot:
    /// <c>...matchLabels.app</c>.</para>
    /// <para><b>Values.</b> A string, a number (<c>int</c>, <c>long</c>, <c>double</c>) or a boolean for a field; an array
    /// (<c>new[] { "NET_ADMIN", "SYS_TIME" }</c>) for a whole list of scalars; <c>"{}"</c> for an empty object or map
    /// (<c>emptyDir: {}</c>) and an empty array for an empty list. An object or a map is given by setting its fields or
    /// entries one by one. Enum-valued strings must be one of the values Kubernetes accepts; quantities are checked as
    /// the API server parses them.</para>
    /// <para>The field is written in <c>ManifestYaml</c> and in <c>CreateManifest()</c>, after the attributes.</para>
    /// </remarks>
    /// <example>
    /// <code>
    /// [Deployment("web")]
    /// [Set("spec.paused", true)]
    /// [Set("spec.template.spec.hostUsers", false)]
    /// [Set("spec.template.spec.hostAliases[0].ip", "10.1.2.3")]
    /// [Set("spec.template.spec.hostAliases[0].hostnames", new[] { "db" })]
    /// [Container("web", "nginx:1.27")]
    /// public partial class Web
    /// {
    ///     [Container("sidecar", "busybox:1.36")]
    ///     [Set("lifecycle.preStop.exec.command", new[] { "sleep", "5" })]
    ///     public partial class Sidecar { }
    /// }
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class SetAttribute : Attribute
    {
        /// <summary>Sets the field at <paramref name="path"/> to <paramref name="value"/>.</summary>
        /// <param name="path">The Kubernetes field path: from the top of the manifest on a workload class, from the container on a container class.</param>
        /// <param name="value">A string, number or boolean; an array of them for a whole list of scalars; <c>"{}"</c> for an empty object or map.</param>
        public SetAttribute(string path, object value)
        {
            Path = path;
            Value = value;
        }

        /// <summary>The field path, as written.</summary>
        public string Path { get; }

        /// <summary>The value, as written.</summary>
        public object Value { get; }
    }
}

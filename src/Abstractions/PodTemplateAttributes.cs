using System;

namespace ProbeGen
{
    /// <summary>
    /// A label of the pods a controller creates (<c>spec.template.metadata.labels</c>; a CronJob's job template's pod
    /// template). Repeatable. With none, the template's labels are the workload's <c>[Label]</c>s (a Deployment without
    /// labels: <c>app: &lt;name&gt;</c>); with one or more, the template's labels are exactly these, and the selector
    /// defaults to them. Not on a <c>[Pod]</c>: a Pod's own labels are its <c>[Label]</c>s.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class PodLabelAttribute : Attribute
    {
        /// <summary>Adds a label to the pod template.</summary>
        /// <param name="key">An optional DNS-subdomain prefix and <c>/</c>, then a name of at most 63 characters (<c>app.kubernetes.io/name</c>).</param>
        /// <param name="value">At most 63 alphanumeric characters, <c>-</c>, <c>_</c> or <c>.</c>; may be empty.</param>
        public PodLabelAttribute(string key, string value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>The label key.</summary>
        public string Key { get; }

        /// <summary>The label value.</summary>
        public string Value { get; }
    }

    /// <summary>
    /// An annotation of the pods a controller creates (<c>spec.template.metadata.annotations</c>: <c>prometheus.io/scrape</c>,
    /// sidecar injection …), apart from the workload's own <c>[Annotation]</c>s. Repeatable. Not on a <c>[Pod]</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class PodAnnotationAttribute : Attribute
    {
        /// <summary>Adds an annotation to the pod template.</summary>
        /// <param name="key">A qualified name, like a label key.</param>
        /// <param name="value">Any text.</param>
        public PodAnnotationAttribute(string key, string value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>The annotation key.</summary>
        public string Key { get; }

        /// <summary>The annotation value.</summary>
        public string Value { get; }
    }

    /// <summary>
    /// A label the controller selects its pods by (<c>spec.selector.matchLabels</c>). Repeatable. With none, a Deployment's
    /// selector is the pod template's labels; with one or more, it is exactly these (they must match the template's
    /// labels). On a Job (or a CronJob's job template) the selector is written only when given, and then needs
    /// <c>manualSelector: true</c>. Not on a <c>[Pod]</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class SelectorLabelAttribute : Attribute
    {
        /// <summary>Adds a label to the selector's <c>matchLabels</c>.</summary>
        /// <param name="key">A label key (qualified name).</param>
        /// <param name="value">A label value.</param>
        public SelectorLabelAttribute(string key, string value)
        {
            Key = key;
            Value = value;
        }

        /// <summary>The label key.</summary>
        public string Key { get; }

        /// <summary>The label value.</summary>
        public string Value { get; }
    }
}

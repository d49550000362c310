using System;

namespace ProbeGen
{
    /// <summary>
    /// One requirement of the pod's required node affinity, on the workload class: an item of
    /// <c>affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions</c>.
    /// Repeat it for more; all of them must hold (they are one node selector term), in source order.
    /// </summary>
    /// <example>
    /// <code>
    /// [NodeAffinity("kubernetes.io/arch", NodeSelectorOperator.In, Values = new[] { "amd64", "arm64" })]
    /// [NodeAffinity("node-role.kubernetes.io/control-plane", NodeSelectorOperator.DoesNotExist)]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class NodeAffinityAttribute : Attribute
    {
        /// <param name="key">The node label's key (<c>kubernetes.io/arch</c>).</param>
        /// <param name="operator"><c>In</c>, <c>NotIn</c>, <c>Exists</c>, <c>DoesNotExist</c>, <c>Gt</c> or <c>Lt</c>.</param>
        public NodeAffinityAttribute(string key, NodeSelectorOperator @operator)
        {
            Key = key;
            Operator = @operator;
        }

        /// <summary><c>key</c>.</summary>
        public string Key { get; }

        /// <summary><c>operator</c>.</summary>
        public NodeSelectorOperator Operator { get; }

        /// <summary><c>values</c>: one or more with <c>In</c>/<c>NotIn</c>, none with <c>Exists</c>/<c>DoesNotExist</c>, one integer with <c>Gt</c>/<c>Lt</c>.</summary>
        public string[]? Values { get; set; }
    }

    /// <summary>
    /// One item of the pod's preferred node affinity (<c>affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution</c>),
    /// on the workload class: nodes matching the requirement score <c>weight</c> more. Repeat it for more, in source order.
    /// </summary>
    /// <example>
    /// <code>
    /// [PreferredNodeAffinity(50, "topology.kubernetes.io/zone", NodeSelectorOperator.In, Values = new[] { "eu-west-1a" })]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class PreferredNodeAffinityAttribute : Attribute
    {
        /// <param name="weight">1 to 100.</param>
        /// <param name="key">The node label's key (<c>preference.matchExpressions[0].key</c>).</param>
        /// <param name="operator">The requirement's operator.</param>
        public PreferredNodeAffinityAttribute(int weight, string key, NodeSelectorOperator @operator)
        {
            Weight = weight;
            Key = key;
            Operator = @operator;
        }

        /// <summary><c>weight</c>.</summary>
        public int Weight { get; }

        /// <summary><c>preference.matchExpressions[0].key</c>.</summary>
        public string Key { get; }

        /// <summary><c>preference.matchExpressions[0].operator</c>.</summary>
        public NodeSelectorOperator Operator { get; }

        /// <summary><c>preference.matchExpressions[0].values</c>.</summary>
        public string[]? Values { get; set; }
    }

    /// <summary>
    /// One required pod affinity term (<c>affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution</c>), on the
    /// workload class: the pod runs in a topology domain with pods its <c>labelSelector</c> selects. The selector is a map and a
    /// list of requirements that no argument expresses: write it with <c>[Set]</c> on the same item. Repeatable, in source order.
    /// </summary>
    /// <example>
    /// <code>
    /// [PodAffinity("topology.kubernetes.io/zone")]
    /// [Set("spec.template.spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchLabels.app", "cache")]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class PodAffinityAttribute : Attribute
    {
        /// <param name="topologyKey">The node label whose values are the domains (<c>kubernetes.io/hostname</c>).</param>
        public PodAffinityAttribute(string topologyKey) => TopologyKey = topologyKey;

        /// <summary><c>topologyKey</c>.</summary>
        public string TopologyKey { get; }

        /// <summary><c>namespaces</c>: where the selected pods are. Unset: the pod's own namespace.</summary>
        public string[]? Namespaces { get; set; }

        /// <summary><c>matchLabelKeys</c>: pod label keys whose values, from the incoming pod, narrow the selector; only with a <c>labelSelector</c>.</summary>
        public string[]? MatchLabelKeys { get; set; }

        /// <summary><c>mismatchLabelKeys</c>: pod label keys whose values, from the incoming pod, must differ; only with a <c>labelSelector</c>.</summary>
        public string[]? MismatchLabelKeys { get; set; }
    }

    /// <summary>
    /// One required pod anti-affinity term (<c>affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution</c>):
    /// the pod never runs in a topology domain with pods its <c>labelSelector</c> (by <c>[Set]</c> on the same item) selects.
    /// </summary>
    /// <example>
    /// <code>
    /// [PodAntiAffinity("kubernetes.io/hostname")]
    /// [Set("spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchLabels.app", "web")]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class PodAntiAffinityAttribute : Attribute
    {
        /// <param name="topologyKey">The node label whose values are the domains (<c>kubernetes.io/hostname</c>).</param>
        public PodAntiAffinityAttribute(string topologyKey) => TopologyKey = topologyKey;

        /// <summary><c>topologyKey</c>.</summary>
        public string TopologyKey { get; }

        /// <summary><c>namespaces</c>: where the selected pods are. Unset: the pod's own namespace.</summary>
        public string[]? Namespaces { get; set; }

        /// <summary><c>matchLabelKeys</c>.</summary>
        public string[]? MatchLabelKeys { get; set; }

        /// <summary><c>mismatchLabelKeys</c>.</summary>
        public string[]? MismatchLabelKeys { get; set; }
    }

    /// <summary>
    /// One preferred pod affinity term (<c>affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution</c>): domains
    /// with pods its <c>podAffinityTerm.labelSelector</c> (by <c>[Set]</c>) selects score <c>weight</c> more.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class PreferredPodAffinityAttribute : Attribute
    {
        /// <param name="weight">1 to 100.</param>
        /// <param name="topologyKey"><c>podAffinityTerm.topologyKey</c>.</param>
        public PreferredPodAffinityAttribute(int weight, string topologyKey)
        {
            Weight = weight;
            TopologyKey = topologyKey;
        }

        /// <summary><c>weight</c>.</summary>
        public int Weight { get; }

        /// <summary><c>podAffinityTerm.topologyKey</c>.</summary>
        public string TopologyKey { get; }

        /// <summary><c>podAffinityTerm.namespaces</c>.</summary>
        public string[]? Namespaces { get; set; }

        /// <summary><c>podAffinityTerm.matchLabelKeys</c>.</summary>
        public string[]? MatchLabelKeys { get; set; }

        /// <summary><c>podAffinityTerm.mismatchLabelKeys</c>.</summary>
        public string[]? MismatchLabelKeys { get; set; }
    }

    /// <summary>
    /// One preferred pod anti-affinity term (<c>affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution</c>):
    /// domains with pods its <c>podAffinityTerm.labelSelector</c> (by <c>[Set]</c>) selects score <c>weight</c> less.
    /// </summary>
    /// <example>
    /// <code>
    /// [PreferredPodAntiAffinity(100, "kubernetes.io/hostname")]
    /// [Set("spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector.matchLabels.app", "web")]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class PreferredPodAntiAffinityAttribute : Attribute
    {
        /// <param name="weight">1 to 100.</param>
        /// <param name="topologyKey"><c>podAffinityTerm.topologyKey</c>.</param>
        public PreferredPodAntiAffinityAttribute(int weight, string topologyKey)
        {
            Weight = weight;
            TopologyKey = topologyKey;
        }

        /// <summary><c>weight</c>.</summary>
        public int Weight { get; }

        /// <summary><c>podAffinityTerm.topologyKey</c>.</summary>
        public string TopologyKey { get; }

        /// <summary><c>podAffinityTerm.namespaces</c>.</summary>
        public string[]? Namespaces { get; set; }

        /// <summary><c>podAffinityTerm.matchLabelKeys</c>.</summary>
        public string[]? MatchLabelKeys { get; set; }

        /// <summary><c>podAffinityTerm.mismatchLabelKeys</c>.</summary>
        public string[]? MismatchLabelKeys { get; set; }
    }

    /// <summary>A node selector requirement's <c>operator</c>.</summary>
    public enum NodeSelectorOperator
    {
        /// <summary><c>In</c>: the label's value is one of <c>Values</c>.</summary>
        In,

        /// <summary><c>NotIn</c>: the label's value is none of <c>Values</c> (or the label is absent).</summary>
        NotIn,

        /// <summary><c>Exists</c>: the node has the label (no <c>Values</c>).</summary>
        Exists,

        /// <summary><c>DoesNotExist</c>: the node does not have the label (no <c>Values</c>).</summary>
        DoesNotExist,

        /// <summary><c>Gt</c>: the label's value, an integer, is greater than the one value.</summary>
        Gt,

        /// <summary><c>Lt</c>: the label's value, an integer, is less than the one value.</summary>
        Lt,
    }
}

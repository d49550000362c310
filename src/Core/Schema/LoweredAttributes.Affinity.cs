using System.Collections.Generic;

namespace ProbeGen.Core.Schema
{
    /// <summary>
    /// The pod's affinity: [NodeAffinity] (a requirement of the one required node selector term), [PreferredNodeAffinity],
    /// [PodAffinity], [PodAntiAffinity] and their preferred forms, each one item of its list in source order. A term's
    /// labelSelector (a map and a list of requirements) has no lowered form: it stays [Set] on the same item, as for [TopologySpread].
    /// </summary>
    public static partial class LoweredAttributes
    {
        // nodeSelectorTerms[0]: several [NodeAffinity]s are one term (all must hold); OR-ed terms stay [Set] (nodeSelectorTerms[1] …).
        public static readonly LoweredAttribute NodeAffinity = new LoweredAttribute("NodeAffinityAttribute", LoweredScope.PodSpec,
            Lowered.PathOf(PodSpecSchema.Affinity, AffinitySchema.NodeAffinity, NodeAffinitySchema.RequiredDuringSchedulingIgnoredDuringExecution, NodeSelectorSchema.NodeSelectorTerms) + "[0]."
                + NodeSelectorTermSchema.MatchExpressions.JsonName, true, new[]
        {
            Lowered.Ctor(0, "key", NodeSelectorRequirementSchema.Key),
            Lowered.Ctor(1, "operator", NodeSelectorRequirementSchema.Operator),
            Lowered.Property("Values", NodeSelectorRequirementSchema.Values),
        });

        // One preferred term with one requirement; preference is the attribute's own object (a finding there is at the attribute).
        public static readonly LoweredAttribute PreferredNodeAffinity = new LoweredAttribute("PreferredNodeAffinityAttribute", LoweredScope.PodSpec,
            Lowered.PathOf(PodSpecSchema.Affinity, AffinitySchema.NodeAffinity, NodeAffinitySchema.PreferredDuringSchedulingIgnoredDuringExecution), true, new[]
        {
            Lowered.Ctor(0, "weight", PreferredSchedulingTermSchema.Weight),
            Requirement(1, "key", NodeSelectorRequirementSchema.Key),
            Requirement(2, "operator", NodeSelectorRequirementSchema.Operator),
            Requirement(-1, "Values", NodeSelectorRequirementSchema.Values),
        }, presence: new[] { PreferredSchedulingTermSchema.Preference.JsonName });

        public static readonly LoweredAttribute PodAffinity = Term("PodAffinityAttribute", AffinitySchema.PodAffinity, PodAffinitySchema.RequiredDuringSchedulingIgnoredDuringExecution);
        public static readonly LoweredAttribute PodAntiAffinity = Term("PodAntiAffinityAttribute", AffinitySchema.PodAntiAffinity, PodAntiAffinitySchema.RequiredDuringSchedulingIgnoredDuringExecution);
        public static readonly LoweredAttribute PreferredPodAffinity = Weighted("PreferredPodAffinityAttribute", AffinitySchema.PodAffinity, PodAffinitySchema.PreferredDuringSchedulingIgnoredDuringExecution);
        public static readonly LoweredAttribute PreferredPodAntiAffinity = Weighted("PreferredPodAntiAffinityAttribute", AffinitySchema.PodAntiAffinity, PodAntiAffinitySchema.PreferredDuringSchedulingIgnoredDuringExecution);

        static partial void AddAffinity(List<LoweredAttribute> all)
        {
            all.Add(NodeAffinity);
            all.Add(PreferredNodeAffinity);
            all.Add(PodAffinity);
            all.Add(PodAntiAffinity);
            all.Add(PreferredPodAffinity);
            all.Add(PreferredPodAntiAffinity);
        }

        /// <summary>A field of <c>preference.matchExpressions[0]</c> of a preferred node affinity term.</summary>
        private static LoweredProperty Requirement(int ctor, string name, FieldDescriptor field) =>
            new LoweredProperty(name, ctor, Lowered.PathOf(PreferredSchedulingTermSchema.Preference, NodeSelectorTermSchema.MatchExpressions) + "[0]." + field.JsonName,
                Lowered.ValueOf(field), field.Allowed);

        /// <summary>A required pod (anti-)affinity term: its topologyKey, namespaces and label keys.</summary>
        private static LoweredAttribute Term(string name, FieldDescriptor kind, FieldDescriptor list) =>
            new LoweredAttribute(name, LoweredScope.PodSpec, Lowered.PathOf(PodSpecSchema.Affinity, kind, list), true, new[]
            {
                Lowered.Ctor(0, "topologyKey", PodAffinityTermSchema.TopologyKey),
                Lowered.Property("Namespaces", PodAffinityTermSchema.Namespaces),
                Lowered.Property("MatchLabelKeys", PodAffinityTermSchema.MatchLabelKeys),
                Lowered.Property("MismatchLabelKeys", PodAffinityTermSchema.MismatchLabelKeys),
            });

        /// <summary>A preferred pod (anti-)affinity term: the weight and, under podAffinityTerm (the attribute's own object), the term's fields.</summary>
        private static LoweredAttribute Weighted(string name, FieldDescriptor kind, FieldDescriptor list) =>
            new LoweredAttribute(name, LoweredScope.PodSpec, Lowered.PathOf(PodSpecSchema.Affinity, kind, list), true, new[]
            {
                Lowered.Ctor(0, "weight", WeightedPodAffinityTermSchema.Weight),
                Lowered.Ctor(1, "topologyKey", WeightedPodAffinityTermSchema.PodAffinityTerm, PodAffinityTermSchema.TopologyKey),
                Lowered.Property("Namespaces", WeightedPodAffinityTermSchema.PodAffinityTerm, PodAffinityTermSchema.Namespaces),
                Lowered.Property("MatchLabelKeys", WeightedPodAffinityTermSchema.PodAffinityTerm, PodAffinityTermSchema.MatchLabelKeys),
                Lowered.Property("MismatchLabelKeys", WeightedPodAffinityTermSchema.PodAffinityTerm, PodAffinityTermSchema.MismatchLabelKeys),
            }, presence: new[] { WeightedPodAffinityTermSchema.PodAffinityTerm.JsonName });
    }
}

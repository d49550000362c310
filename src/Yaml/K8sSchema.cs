using System.Collections.Generic;
using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;

namespace ProbeGen.Yaml
{
    /// <summary>
    /// The Kubernetes fields of each object the YAML front-end reads (k8s.io/api, JSON names): those the model
    /// carries and those it does not. A key in neither list is not a Kubernetes field at all (kubectl's strict
    /// validation rejects it as an unknown field). Both lists come from the generated table in ProbeGen.Core.Schema
    /// (eng/SchemaGen: KubernetesClient's models, and schema.txt for what ProbeGen models).
    /// </summary>
    internal sealed class KObject
    {
        public KObject(TypeDescriptor type)
        {
            TypeName = type.Name;
            Type = type;
            Modeled = new HashSet<string>(System.StringComparer.Ordinal);
            NotModeled = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var field in type.Fields) (field.Modeled ? Modeled : NotModeled).Add(field.JsonName);
        }

        /// <summary>A pseudo-object with its own field lists (a map's keys are none of Kubernetes' fields).</summary>
        public KObject(string typeName, string[] modeled, string[] notModeled)
        {
            TypeName = typeName;
            Modeled = new HashSet<string>(modeled, System.StringComparer.Ordinal);
            NotModeled = new HashSet<string>(notModeled, System.StringComparer.Ordinal);
        }

        /// <summary>The Kubernetes type (<c>Probe</c>, <c>Container</c> …), as named in k8s.io/api.</summary>
        public string TypeName { get; }

        /// <summary>The schema's descriptor, through which a field the model lacks is captured as settings; null for a pseudo-object.</summary>
        public TypeDescriptor? Type { get; }
        public HashSet<string> Modeled { get; }
        public HashSet<string> NotModeled { get; }

        public bool Knows(string field) => Modeled.Contains(field) || NotModeled.Contains(field);
    }

    internal static class K8sSchema
    {
        public static readonly KObject ObjectMeta = new(ObjectMetaSchema.Descriptor);
        public static readonly KObject PodSpec = new(PodSpecSchema.Descriptor);
        public static readonly KObject Container = new(ContainerSchema.Descriptor);
        public static readonly KObject ContainerPort = new(ContainerPortSchema.Descriptor);
        public static readonly KObject EnvVar = new(EnvVarSchema.Descriptor);
        public static readonly KObject EnvVarSource = new(EnvVarSourceSchema.Descriptor);

        /// <summary>configMapKeyRef's type; secretKeyRef's (SecretKeySelector) has the same fields, modeled alike.</summary>
        public static readonly KObject KeySelector = new(ConfigMapKeySelectorSchema.Descriptor);

        public static readonly KObject ObjectFieldSelector = new(ObjectFieldSelectorSchema.Descriptor);
        public static readonly KObject ResourceRequirements = new(ResourceRequirementsSchema.Descriptor);
        public static readonly KObject Probe = new(ProbeSchema.Descriptor);
        public static readonly KObject ExecAction = new(ExecActionSchema.Descriptor);
        public static readonly KObject HttpGetAction = new(HTTPGetActionSchema.Descriptor);
        public static readonly KObject HttpHeader = new(HTTPHeaderSchema.Descriptor);
        public static readonly KObject TcpSocketAction = new(TCPSocketActionSchema.Descriptor);
        public static readonly KObject GrpcAction = new(GRPCActionSchema.Descriptor);
        public static readonly KObject LabelSelector = new(LabelSelectorSchema.Descriptor);
        public static readonly KObject PodTemplateSpec = new(PodTemplateSpecSchema.Descriptor);

        /// <summary>A pod template's metadata: ProbeGen writes its labels and annotations ([PodLabel], [PodAnnotation]).</summary>
        public static readonly KObject TemplateMeta = new(TemplateMetaSchema.Descriptor);

        public static readonly KObject JobSpec = new(JobSpecSchema.Descriptor);
        public static readonly KObject JobTemplateSpec = new(JobTemplateSpecSchema.Descriptor);

        // Indexed by (int)WorkloadKind, built once from the kind rows (KindDescriptors.All is in the enum's order): a new kind
        // needs no line here, and a lookup is an array index, as the switches were.
        private static readonly KObject[] Roots = new KObject[KindDescriptors.All.Length];
        private static readonly KObject[] Specs = BuildKinds();

        private static KObject[] BuildKinds()
        {
            var specs = new KObject[KindDescriptors.All.Length];
            for (int i = 0; i < specs.Length; i++)
            {
                var root = SchemaPath.RootOf(KindDescriptors.All[i]);
                Roots[i] = new KObject(root);
                string? specType = null;
                foreach (var field in root.Fields) if (field.JsonName == "spec") specType = field.ObjectType;
                var spec = (specType is null ? null : SchemaIndex.Find(specType)) ?? PodSpecSchema.Descriptor;
                // The pod spec and the job spec are also objects inside other kinds: one KObject each.
                specs[i] = ReferenceEquals(spec, PodSpec.Type) ? PodSpec : ReferenceEquals(spec, JobSpec.Type) ? JobSpec : new KObject(spec);
            }
            return specs;
        }

        /// <summary>The object of a kind (its descriptor is the kind row's root type).</summary>
        public static KObject Root(WorkloadKind kind) => Roots[(int)kind];

        /// <summary>The object at a kind's <c>spec</c>.</summary>
        public static KObject Spec(WorkloadKind kind) => Specs[(int)kind];

        /// <summary>Every object, for the schema test: the kinds' roots and specs, then the objects inside them.</summary>
        public static IReadOnlyList<KObject> All { get; } = BuildAll();

        private static KObject[] BuildAll()
        {
            var all = new List<KObject>(Roots);
            foreach (var spec in Specs) if (!all.Contains(spec) && spec != PodSpec && spec != JobSpec) all.Add(spec);
            all.AddRange(new[]
            {
                ObjectMeta, PodSpec, Container, ContainerPort, EnvVar, EnvVarSource, KeySelector, ObjectFieldSelector, ResourceRequirements,
                Probe, ExecAction, HttpGetAction, HttpHeader, TcpSocketAction, GrpcAction, LabelSelector, PodTemplateSpec, TemplateMeta,
                JobSpec, JobTemplateSpec,
            });
            return all.ToArray();
        }
    }
}

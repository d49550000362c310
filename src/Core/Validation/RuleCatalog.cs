using System.Collections.Generic;
using System.Linq;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// Every diagnostic ProbeGen can report. PG0xxx: using the attributes (reported by the C# front-end, which sees
    /// the source); PG1xxx–PG3xxx: the model rules (<see cref="RuleEngine.Rules"/>); PG9999: a bug in ProbeGen.
    /// </summary>
    public static class RuleCatalog
    {
        private const string Usage = "ProbeGen.Usage";

        public static readonly RuleDescriptor NotPartial = new("PG0001", "Workload and container classes must be partial", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor MultipleWorkloads = new("PG0002", "A class declares at most one workload and at most one container", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor NoContainer = new("PG0003", "A workload needs at least one container", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor ContainerAttributeWithoutContainer = new("PG0004", "Container attributes need [Container] or [InitContainer] on the same class", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor ContainerOutsideWorkload = new("PG0005", "Containers belong to a workload class or its nested classes", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor DuplicateProbe = new("PG0006", "At most one probe of each kind per container", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor HandlerArgumentMismatch = new("PG0007", "A probe argument belongs to a handler the probe does not use", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor PortAndPortName = new("PG0008", "Port and PortName are mutually exclusive", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor HttpHeaderFormat = new("PG0009", "HttpHeaders entries are written 'Name: value'", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor EnumOutOfRange = new("PG0010", "Enum argument outside its enum", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor ValueRequired = new("PG0011", "A required value is missing, null or not a constant", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor DuplicateManifestFile = new("PG0012", "Two workloads would write the same manifest file", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor WorkloadNotAccessible = new("PG0013", "Workload classes must be non-generic and visible to their assembly", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor InvalidText = new("PG0014", "Text must be valid Unicode", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor DuplicateKey = new("PG0015", "A map key (label, annotation, node selector) is given once", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor PodAttributeWithoutWorkload = new("PG0016", "Pod attributes need a workload attribute on the same class", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor ManifestHeldBack = new("PG0017", "A workload whose error is suppressed still gets no manifest", RuleSeverity.Warning, Usage);
        public static readonly RuleDescriptor OrderSplitAcrossDeclarations = new("PG0019", "The items of an ordered list (containers, env, volumes, tolerations …) are declared in one partial declaration", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor PodTemplateAttributeOnPod = new("PG0020", "Pod template labels, annotations and selector labels belong to a controller, not a Pod", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor PodsWithoutLabels = new("PG0021", "LabelPods = false only on a Job or CronJob without [PodLabel]", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor ReservedMemberName = new("PG0018", "A workload type does not declare ManifestYaml or CreateManifest() itself", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor SetPathUnknown = new("PG0040", "A [Set] path names no settable field", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor SetValueWrongType = new("PG0041", "A [Set] value has the wrong type for its field", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor SetIndexGap = new("PG0042", "[Set] list indices run 0, 1, 2 … without a gap", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor SetTwice = new("PG0043", "A field is set once", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor SetModeledField = new("PG0044", "A field an attribute models is set with that attribute, not [Set]", RuleSeverity.Error, Usage);
        public static readonly RuleDescriptor InternalError = new("PG9999", "ProbeGen internal error", RuleSeverity.Error, "ProbeGen.Internal");

        // Reported by the YAML front-end (probegen lint / import): what a manifest holds that the model cannot take.
        private const string Yaml = "ProbeGen.Yaml";
        public static readonly RuleDescriptor YamlSyntax = new("PG0101", "The YAML text does not parse", RuleSeverity.Error, Yaml);
        public static readonly RuleDescriptor YamlUnknownField = new("PG0102", "A field that Kubernetes does not know (often a wrong indentation)", RuleSeverity.Error, Yaml);
        public static readonly RuleDescriptor YamlTypeError = new("PG0103", "A value of the wrong type for its field", RuleSeverity.Error, Yaml);
        public static readonly RuleDescriptor YamlDuplicateKey = new("PG0104", "A key given twice in one mapping (the last one wins)", RuleSeverity.Warning, Yaml);
        public static readonly RuleDescriptor YamlNotModeled = new("PG0105", "A Kubernetes field ProbeGen does not model: not checked, not imported", RuleSeverity.Warning, Yaml);
        public static readonly RuleDescriptor YamlSkippedDocument = new("PG0106", "A document that is not a Pod, Deployment, Job or CronJob is skipped", RuleSeverity.Info, Yaml);

        /// <summary>The YAML front-end's rules.</summary>
        public static IReadOnlyList<RuleDescriptor> YamlRules { get; } = new[]
        {
            YamlSyntax, YamlUnknownField, YamlTypeError, YamlDuplicateKey, YamlNotModeled, YamlSkippedDocument,
        };

        /// <summary>The usage rules, reported by the C# front-end.</summary>
        public static IReadOnlyList<RuleDescriptor> UsageRules { get; } = new[]
        {
            NotPartial, MultipleWorkloads, NoContainer, ContainerAttributeWithoutContainer, ContainerOutsideWorkload, DuplicateProbe,
            HandlerArgumentMismatch, PortAndPortName, HttpHeaderFormat, EnumOutOfRange, ValueRequired, DuplicateManifestFile,
            WorkloadNotAccessible, InvalidText, DuplicateKey, PodAttributeWithoutWorkload, ManifestHeldBack,
            ReservedMemberName, OrderSplitAcrossDeclarations,
            SetPathUnknown, SetValueWrongType, SetIndexGap, SetTwice, SetModeledField,
            PodTemplateAttributeOnPod, PodsWithoutLabels,
        };

        // Reported by the application analyzers: probes checked against the ASP.NET Core code of the same compilation.
        private const string App = "ProbeGen.Application";
        public static readonly RuleDescriptor ProbePathNotMapped = new("PG4001", "An httpGet probe's path is mapped by the app", RuleSeverity.Warning, App);
        public static readonly RuleDescriptor ProbePortNotListened = new("PG4002", "A probe's port is one the app listens on", RuleSeverity.Warning, App);
        public static readonly RuleDescriptor ProbeEndpointUnreachable = new("PG4003", "A probed endpoint needs no authorization, host, HTTPS redirect or Development environment", RuleSeverity.Warning, App);
        public static readonly RuleDescriptor LivenessRunsDependencyChecks = new("PG4004", "A liveness endpoint runs no checks of external dependencies", RuleSeverity.Warning, App);
        public static readonly RuleDescriptor GrpcHealthMismatch = new("PG4005", "A gRPC probe needs the app's gRPC health service, and a gRPC health service a gRPC probe", RuleSeverity.Warning, App);

        /// <summary>The application rules (ASP.NET Core code read by the analyzers; not reported by the YAML tools).</summary>
        public static IReadOnlyList<RuleDescriptor> AppRules { get; } = new[]
        {
            ProbePathNotMapped, ProbePortNotListened, ProbeEndpointUnreachable, LivenessRunsDependencyChecks, GrpcHealthMismatch,
        };

        /// <summary>Every descriptor, ordered by ID.</summary>
        public static IReadOnlyList<RuleDescriptor> All { get; } =
            UsageRules.Concat(YamlRules).Concat(AppRules).Concat(RuleEngine.Rules.Select(r => r.Descriptor)).Concat(new[] { InternalError })
                .OrderBy(d => d.Id, System.StringComparer.Ordinal).ToArray();
    }
}

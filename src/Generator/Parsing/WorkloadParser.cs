using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;
using ProbeGen.Core.Validation;

namespace ProbeGen.Generator.Parsing
{
    /// <summary>
    /// The C# front-end: a workload class and its nested container classes (symbols and their attributes) → the
    /// model. Usage problems (PG0xxx) go to the session; model rules run later on the result. Never throws on user code.
    /// </summary>
    internal static partial class WorkloadParser
    {
        private static readonly string[] ProtocolMembers = { "Tcp", "Udp", "Sctp" };
        private static readonly string[] ProtocolValues = { "TCP", "UDP", "SCTP" };
        private static readonly string[] SchemeMembers = { "Http", "Https" };
        private static readonly string[] SchemeValues = { "HTTP", "HTTPS" };

        /// <summary>Parses the workload declared on <paramref name="type"/>; null when it cannot become a model.</summary>
        public static WorkloadSpec? Parse(INamedTypeSymbol type, ParseSession s) => Parse(TypeView.Of(type), s);

        /// <summary>Parses the workload declared on <paramref name="type"/> (from its symbol or from syntax); null when it cannot become a model.</summary>
        public static WorkloadSpec? Parse(TypeView type, ParseSession s)
        {
            // A declaration still being typed (no name yet): the compiler reports it; there is nothing to generate for.
            if (type.Symbol is { } symbol && !GeneratedMembers.HasNames(symbol)) return null;
            var attributes = type.Attributes;
            var workloadAttrs = new List<AttrView>();
            foreach (var a in attributes) if (AttributeNames.IsWorkload(a.Name)) workloadAttrs.Add(a);
            if (workloadAttrs.Count == 0) return null;

            var identifier = type.Identifier;
            if (s.WantLocations) s.Map("", identifier);
            if (workloadAttrs.Count > 1)
            {
                var second = workloadAttrs[1].Args(s);
                s.Report(RuleCatalog.MultipleWorkloads, second.Location ?? identifier,
                    "'" + type.Name + "' declares more than one workload ([" + string.Join("], [", workloadAttrs.Select(a => Short(a.Name))) + "]): a class is one Pod, Deployment, Job or CronJob");
                return null;
            }

            CheckDeclaration(type, identifier, s, isWorkload: true);

            var workload = workloadAttrs[0].Args(s);
            var kind = WorkloadKinds.FromAttributeName(workloadAttrs[0].Name) ?? WorkloadKind.Pod; // generated from the kind rows
            if (s.WantLocations) s.Map("kind", workload.Location);
            if (s.WantLocations) s.Map("metadata", workload.Location);
            if (s.WantLocations) s.Map("spec", workload.Location);
            if (s.WantLocations) s.Map("metadata.name", workload.CtorLocation(0));
            string? name = ValueReader.RequiredString(workload.Ctor(0), "The workload name", workload.CtorLocation(0), s);
            if (s.WantLocations) s.Map("metadata.namespace", workload.NamedLocation("Namespace"));
            string? ns = ValueReader.OptionalString(workload.Named("Namespace"), "Namespace", workload.NamedLocation("Namespace"), s);

            string podPath = kind.PodSpecPath();
            var labels = new List<KeyValue>();
            var annotations = new List<KeyValue>();
            var nodeSelector = new List<KeyValue>();
            var labelFiles = new SourceFiles();
            var annotationFiles = new SourceFiles();
            var nodeSelectorFiles = new SourceFiles();
            var podLabels = new List<KeyValue>();
            var podAnnotations = new List<KeyValue>();
            var selectorLabels = new List<KeyValue>();
            var podLabelFiles = new SourceFiles();
            var podAnnotationFiles = new SourceFiles();
            var selectorLabelFiles = new SourceFiles();
            string templatePath = kind.PodTemplatePath();
            string selectorPath = kind.SelectorPath();
            var pod = new PodSpec(); // its scalars are set by the generated ReadPodSpecPart
            AttrView? ownContainer = null;
            var sets = new SetReader(podPath);
            var podLists = new ListFiles(); // each list-item lowered attribute's list (volumes, tolerations …): ordered, items in source order
            var lowered = new LoweredAttributeReader(); // [PodSecurityContext], [SecurityContext] …: settings beside the [Set]s
            var volumes = new VolumeIndex(); // the volume attributes' names, for [VolumeItem]
            List<(AttrView Attribute, Args Args)>? volumeItems = null;

            foreach (var a in attributes)
            {
                s.CancellationToken.ThrowIfCancellationRequested();
                string? attrName = a.Name;
                // Args of every attribute, ours or not: one whose arguments do not compile holds the manifest back.
                var args = a.Args(s);
                if (ReadPodSpecPart(attrName, args, podPath, s, ref pod)) continue; // [RestartPolicy], [TerminationGracePeriod], [ServiceAccount]
                // After every volume attribute, which it may precede: it writes into the volume it names.
                if (attrName == "VolumeItemAttribute") { (volumeItems ??= new()).Add((a, args)); continue; }
                if (LoweredAttributeReader.For(attrName, LoweredScope.PodSpec) is { } podLowered)
                {
                    if (podLowered.BasePath == PodSpecSchema.Volumes.JsonName && podLowered.Presence.Count > 0)
                        volumes.Add(args.Ctor(0), lowered.ItemsIn(SchemaPath.Join(podPath, podLowered.BasePath)) ?? 0, podLowered);
                    lowered.Read(podLowered, args, podPath, sets, s);
                    if (podLowered.IsListItem) podLists.Add(podLowered, a);
                    continue;
                }
                if (LoweredAttributeReader.For(attrName, LoweredScope.Workload) is { } workloadLowered)
                {
                    lowered.Read(workloadLowered, args, "", sets, s, SchemaPath.RootOf(KindDescriptors.Find(kind.KindName()) ?? KindDescriptors.Pod)); // [DeploymentStrategy]: from the top
                    continue;
                }
                switch (attrName)
                {
                    case "LabelAttribute":
                        KeyValueEntry(args, "metadata.labels", "label", labels, s);
                        labelFiles.Add(a);
                        break;
                    case "AnnotationAttribute":
                        KeyValueEntry(args, "metadata.annotations", "annotation", annotations, s);
                        annotationFiles.Add(a);
                        break;
                    case "NodeSelectorAttribute":
                        KeyValueEntry(args, podPath + ".nodeSelector", "node selector", nodeSelector, s);
                        nodeSelectorFiles.Add(a);
                        break;
                    case "PodLabelAttribute" when PodTemplateOnly(kind, attrName, args, identifier, s):
                        KeyValueEntry(args, templatePath + ".metadata.labels", "pod label", podLabels, s);
                        podLabelFiles.Add(a);
                        break;
                    case "PodAnnotationAttribute" when PodTemplateOnly(kind, attrName, args, identifier, s):
                        KeyValueEntry(args, templatePath + ".metadata.annotations", "pod annotation", podAnnotations, s);
                        podAnnotationFiles.Add(a);
                        break;
                    case "SelectorLabelAttribute" when PodTemplateOnly(kind, attrName, args, identifier, s):
                        KeyValueEntry(args, selectorPath + ".matchLabels", "selector label", selectorLabels, s);
                        selectorLabelFiles.Add(a);
                        break;
                    case "ContainerAttribute":
                        ownContainer = a;
                        break;
                    case "SetAttribute":
                        sets.Read(args, SchemaPath.RootOf(KindDescriptors.Find(kind.KindName()) ?? KindDescriptors.Pod), "", s); // paths from the top of the manifest
                        break;
                    case "InitContainerAttribute":
                        s.Report(RuleCatalog.ContainerOutsideWorkload, args.Location ?? identifier,
                            "[InitContainer] goes on a nested partial class of the workload class, not on '" + type.Name + "' itself");
                        break;
                }
            }
            if (volumeItems is not null) foreach (var (a, args) in volumeItems) ReadVolumeItem(a, args, volumes, podPath, lowered, sets, podLists, s);

            // A map written in several files of a partial class would follow the order the compiler reads the files in
            // (a renamed file would reorder it): such a map is written in key order instead.
            if (labelFiles.Many) labels.Sort(static (x, y) => string.CompareOrdinal(x.Key, y.Key));
            if (annotationFiles.Many) annotations.Sort(static (x, y) => string.CompareOrdinal(x.Key, y.Key));
            if (nodeSelectorFiles.Many) nodeSelector.Sort(static (x, y) => string.CompareOrdinal(x.Key, y.Key));
            if (podLabelFiles.Many) podLabels.Sort(static (x, y) => string.CompareOrdinal(x.Key, y.Key));
            if (podAnnotationFiles.Many) podAnnotations.Sort(static (x, y) => string.CompareOrdinal(x.Key, y.Key));
            if (selectorLabelFiles.Many) selectorLabels.Sort(static (x, y) => string.CompareOrdinal(x.Key, y.Key));
            podLists.Report(podPath, "'" + type.Name + "'", s);

            // A controller's template labels are its [PodLabel]s, else the workload's labels (or app: <name> for a kind that
            // needs a selector); its selector is its [SelectorLabel]s, else the template labels: a finding at a derived path
            // points at the attribute that wrote the value.
            // LabelPods = false: a template without labels, which only a Job (and a CronJob's job template) may have: its
            // controller labels the pods itself; an apps/v1 selector must select the template's labels.
            bool unlabeledPods = false;
            if (kind.HasPodTemplate() && workload.HasNamed("LabelPods") && ValueReader.OptionalBool(workload.Named("LabelPods"), s) == false)
            {
                var at = workload.NamedLocation("LabelPods") ?? workload.Location ?? identifier;
                if (kind.RequiresSelector())
                {
                    s.Report(RuleCatalog.PodsWithoutLabels, at,
                        "LabelPods = false would leave the " + kind.KindName() + "'s pod template without labels, but its selector must select the template's labels and must not be empty: remove LabelPods = false, or give the pods [PodLabel]s");
                }
                else if (podLabels.Count > 0)
                {
                    s.Report(RuleCatalog.PodsWithoutLabels, at,
                        "LabelPods = false says the pod template has no labels, but [PodLabel]s give it some: remove one or the other");
                }
                else
                {
                    unlabeledPods = true;
                    if (s.WantLocations) s.Map(templatePath + ".metadata.labels", at);
                }
            }
            if (kind.HasPodTemplate() && !unlabeledPods)
            {
                string templateLabels = templatePath + ".metadata.labels";
                if (podLabels.Count == 0)
                {
                    if (labels.Count == 0 && kind.RequiresSelector())
                    {
                        if (s.WantLocations) s.Alias(templateLabels + "[app]", "metadata.name");
                        if (s.WantLocations) s.Alias(templateLabels + "[app].value", "metadata.name");
                    }
                    foreach (var label in labels)
                    {
                        if (s.WantLocations) s.Alias(templateLabels + "[" + label.Key + "]", "metadata.labels[" + label.Key + "]");
                        if (s.WantLocations) s.Alias(templateLabels + "[" + label.Key + "].value", "metadata.labels[" + label.Key + "].value");
                    }
                }
                if (selectorLabels.Count == 0 && kind.RequiresSelector())
                {
                    if (s.WantLocations && podLabels.Count == 0 && labels.Count == 0) s.Alias(selectorPath + ".matchLabels[app]", "metadata.name");
                    foreach (var label in podLabels.Count > 0 ? podLabels : labels)
                    {
                        if (s.WantLocations) s.Alias(selectorPath + ".matchLabels[" + label.Key + "]", templateLabels + "[" + label.Key + "]");
                        if (s.WantLocations) s.Alias(selectorPath + ".matchLabels[" + label.Key + "].value", templateLabels + "[" + label.Key + "].value");
                    }
                }
            }

            var containers = new List<ContainerSpec>();
            var initContainers = new List<ContainerSpec>();
            if (ownContainer is not null)
            {
                var c = ParseContainer(type, attributes, ownContainer.Value, false, podPath + ".containers[0]", null, lowered, sets, s); // the class's [Set]s are the workload's
                if (c is not null) containers.Add(c);
                else s.MarkDroppedContainer();
            }
            else
            {
                ReportStrayContainerParts(type, attributes, identifier, s);
            }

            var nestedContainers = NestedTypesInSourceOrder(type);
            ReportSplitContainers(type, nestedContainers, podPath, s);
            foreach (var nested in nestedContainers)
            {
                s.CancellationToken.ThrowIfCancellationRequested();
                var nestedAttrs = nested.Attributes;
                AttrView? containerAttr = null;
                bool nestedIsWorkload = false;
                int containerAttrCount = 0;
                foreach (var a in nestedAttrs)
                {
                    string? n = a.Name;
                    if (AttributeNames.IsWorkload(n)) nestedIsWorkload = true;
                    if (AttributeNames.IsContainer(n))
                    {
                        containerAttrCount++;
                        containerAttr ??= a;
                    }
                }
                if (nestedIsWorkload) continue; // its own workload, parsed on its own
                var nestedIdentifier = nested.Identifier;
                ReportStrayPodParts(nested, nestedAttrs, nestedIdentifier, s);
                if (containerAttr is null)
                {
                    ReportStrayContainerParts(nested, nestedAttrs, nestedIdentifier, s);
                    ReportStraySets(nested.Name, nestedAttrs, nestedIdentifier, nested: true, s);
                    continue;
                }
                if (containerAttrCount > 1)
                {
                    s.Report(RuleCatalog.MultipleWorkloads, nestedIdentifier,
                        "'" + nested.Name + "' has both [Container] and [InitContainer]: a class declares one container");
                    continue;
                }
                CheckDeclaration(nested, nestedIdentifier, s, isWorkload: false);
                bool isInit = containerAttr.Value.Name == "InitContainerAttribute";
                var list = isInit ? initContainers : containers;
                string path = podPath + (isInit ? ".initContainers[" : ".containers[") + list.Count.ToString(CultureInfo.InvariantCulture) + "]";
                var parsed = ParseContainer(nested, nestedAttrs, containerAttr.Value, isInit, path, sets, lowered, sets, s);
                if (parsed is not null) list.Add(parsed);
                else s.MarkDroppedContainer();
            }

            if (containers.Count == 0 && initContainers.Count == 0 && ownContainer is null && !s.DroppedContainer)
            {
                s.Report(RuleCatalog.NoContainer, identifier,
                    "'" + type.Name + "' has no container: put [Container(name, image)] on the class, or on a nested partial class");
            }
            else if (containers.Count == 0 && !s.Failed)
            {
                s.Report(RuleCatalog.NoContainer, identifier,
                    "'" + type.Name + "' has only init containers: a pod needs at least one [Container]");
            }

            DeploymentSpec? deployment = null;
            JobSpec? job = null;
            CronJobSpec? cron = null;
            StatefulSetSpec? statefulSet = null;
            DaemonSetSpec? daemonSet = null;
            switch (kind)
            {
                // The controller specs' fields are read by the generated readers (Mapping.cs, WorkloadParser.g.cs).
                case WorkloadKind.Deployment:
                    deployment = ReadDeploymentAttribute(workload, "spec", s);
                    break;
                case WorkloadKind.Job:
                    job = ReadJobAttribute(workload, "spec", s);
                    break;
                case WorkloadKind.CronJob:
                    // A missing schedule is reported; the model still carries the rest for the rules.
                    cron = ReadCronJobAttribute(workload, "spec", s) ?? new CronJobSpec();
                    job = ReadCronJobAttributeJobSpec(workload, "spec.jobTemplate.spec", s);
                    break;
                case WorkloadKind.StatefulSet:
                    statefulSet = ReadStatefulSetAttribute(workload, "spec", s);
                    break;
                case WorkloadKind.DaemonSet:
                    daemonSet = ReadDaemonSetAttribute(workload, "spec", s);
                    break;
            }

            // Settings are checked against the items attributes build (containers, ports, env …): [Set] never adds one.
            // A list attributes build items of (volumes, volume mounts) takes [Set] items after them: PG0042 judges the gaps.
            var settings = sets.Finish(list => AttributeItems(list, podPath, containers, initContainers), s, lowered.NoteFor);
            if (name is null) return null;
            var result = new WorkloadSpec(
                kind, name, ns,
                EquatableArray.From(labels), EquatableArray.From(annotations),
                pod with { NodeSelector = EquatableArray.From(nodeSelector), InitContainers = EquatableArray.From(initContainers), Containers = EquatableArray.From(containers) },
                deployment, job, cron)
            {
                StatefulSet = statefulSet,
                DaemonSet = daemonSet,
                PodLabels = podLabels.Count > 0 ? EquatableArray.From(podLabels) : unlabeledPods ? EquatableArray<KeyValue>.Empty : default,
                PodAnnotations = EquatableArray.From(podAnnotations),
                SelectorLabels = selectorLabels.Count > 0 ? EquatableArray.From(selectorLabels) : default,
            };
            // The metadata arguments Mapping.cs maps (generated, WorkloadParser.g.cs).
            var read = kind switch
            {
                WorkloadKind.Deployment => ReadDeploymentAttributeMetadata(workload, "metadata", s, result),
                WorkloadKind.Job => ReadJobAttributeMetadata(workload, "metadata", s, result),
                WorkloadKind.CronJob => ReadCronJobAttributeMetadata(workload, "metadata", s, result),
                WorkloadKind.StatefulSet => ReadStatefulSetAttributeMetadata(workload, "metadata", s, result),
                WorkloadKind.DaemonSet => ReadDaemonSetAttributeMetadata(workload, "metadata", s, result),
                _ => ReadPodAttributeMetadata(workload, "metadata", s, result),
            };
            return settings.Count == 0 || read is null ? read : read with { Settings = settings };
        }

        /// <summary>How many items ProbeGen's attributes build in the list at <paramref name="list"/>; null where they build none (a [Set] list).</summary>
        private static int? AttributeItems(string list, string podPath, List<ContainerSpec> containers, List<ContainerSpec> initContainers)
        {
            if (list == podPath + ".containers") return containers.Count;
            if (list == podPath + ".initContainers") return initContainers.Count;
            foreach (var (name, items) in new[] { ("containers", containers), ("initContainers", initContainers) })
            {
                string prefix = podPath + "." + name + "[";
                if (!list.StartsWith(prefix, System.StringComparison.Ordinal)) continue;
                int close = list.IndexOf(']', prefix.Length);
                if (close < 0 || !int.TryParse(list.Substring(prefix.Length, close - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int i) || i >= items.Count) return null;
                var c = items[i];
                return list.Substring(close + 1) switch
                {
                    ".ports" => c.Ports.Count,
                    ".env" => c.Env.Count,
                    ".command" => c.Command.Count,
                    ".args" => c.Args.Count,
                    _ => null,
                };
            }
            return null;
        }

        /// <summary>[Set] on a class that is neither a workload nor a container: its paths start nowhere (PG0004 nested, PG0016 at the top).</summary>
        public static void ReportStraySets(string typeName, IReadOnlyList<AttrView> attributes, Location? identifier, bool nested, ParseSession s)
        {
            foreach (var a in attributes)
            {
                if (a.Name != "SetAttribute") continue;
                if (nested)
                {
                    s.Report(RuleCatalog.ContainerAttributeWithoutContainer, a.Args(s).Location ?? identifier,
                        "[Set] on '" + typeName + "' sets a container field, but '" + typeName + "' has no [Container] or [InitContainer]; put workload fields on the workload class");
                }
                else
                {
                    s.Report(RuleCatalog.PodAttributeWithoutWorkload, a.Args(s).Location ?? identifier,
                        "[Set] on '" + typeName + "' sets a manifest field, but '" + typeName + "' has no [Pod], [Deployment], [Job] or [CronJob]: put it on the workload class");
                }
            }
        }

        private static string Short(string? attributeName) =>
            attributeName is null ? "?" : attributeName.EndsWith("Attribute", System.StringComparison.Ordinal) ? attributeName.Substring(0, attributeName.Length - 9) : attributeName;

        /// <summary>
        /// Reports PG0004 for container attributes on a class that declares no container. Also used by the analyzers
        /// for classes outside any workload.
        /// </summary>
        public static void ReportStrayContainerParts(INamedTypeSymbol type, ImmutableArray<AttributeData> attributes, Location? identifier, ParseSession s) =>
            ReportStrayContainerParts(type.Name, AttrView.Of(attributes), identifier, s);

        private static void ReportStrayContainerParts(TypeView type, IReadOnlyList<AttrView> attributes, Location? identifier, ParseSession s) =>
            ReportStrayContainerParts(type.Name, attributes, identifier, s);

        private static void ReportStrayContainerParts(string typeName, IReadOnlyList<AttrView> attributes, Location? identifier, ParseSession s)
        {
            foreach (var a in attributes)
            {
                string? n = a.Name;
                if (!AttributeNames.IsContainerPart(n)) continue;
                s.Report(RuleCatalog.ContainerAttributeWithoutContainer, a.Args(s).Location ?? identifier,
                    "[" + Short(n) + "] on '" + typeName + "' describes a container, but '" + typeName + "' has no [Container] or [InitContainer]");
            }
        }

        /// <summary>PG0016: pod-level attributes on a class without a workload attribute (they would be ignored).</summary>
        public static void ReportStrayPodParts(INamedTypeSymbol type, ImmutableArray<AttributeData> attributes, Location? identifier, ParseSession s) =>
            ReportStrayPodParts(type.Name, AttrView.Of(attributes), identifier, s);

        private static void ReportStrayPodParts(TypeView type, IReadOnlyList<AttrView> attributes, Location? identifier, ParseSession s) =>
            ReportStrayPodParts(type.Name, attributes, identifier, s);

        private static void ReportStrayPodParts(string typeName, IReadOnlyList<AttrView> attributes, Location? identifier, ParseSession s)
        {
            foreach (var a in attributes)
            {
                string? n = a.Name;
                if (!AttributeNames.IsPodPart(n)) continue;
                s.Report(RuleCatalog.PodAttributeWithoutWorkload, a.Args(s).Location ?? identifier,
                    "[" + Short(n) + "] on '" + typeName + "' describes a pod, but '" + typeName + "' has no [Pod], [Deployment], [Job] or [CronJob]: put it on the workload class");
            }
        }

        /// <summary>PG0020: the pod template's metadata and the selector belong to a controller; a Pod has neither.</summary>
        private static bool PodTemplateOnly(WorkloadKind kind, string? attrName, Args args, Location? identifier, ParseSession s)
        {
            if (kind.HasPodTemplate()) return true;
            s.Report(RuleCatalog.PodTemplateAttributeOnPod, args.Location ?? identifier,
                "[" + Short(attrName) + "] describes the pod template or the selector of a controller, but a Pod has neither: "
                + (attrName == "PodAnnotationAttribute" ? "use [Annotation] for the Pod's own annotations" : attrName == "PodLabelAttribute" ? "use [Label] for the Pod's own labels" : "remove it")
                + ", or make the class a [Deployment], [Job] or [CronJob]");
            return false;
        }

        private static void KeyValueEntry(Args args, string mapPath, string what, List<KeyValue> into, ParseSession s)
        {
            string? key = ValueReader.RequiredString(args.Ctor(0), "The " + what + " key", args.CtorLocation(0), s);
            string? value = ValueReader.RequiredString(args.Ctor(1), "The " + what + " value", args.CtorLocation(1), s);
            if (key is null || value is null) return;
            foreach (var existing in into)
            {
                if (existing.Key == key)
                {
                    s.Report(RuleCatalog.DuplicateKey, args.CtorLocation(0),
                        mapPath + ": the " + what + " key \"" + key + "\" is given twice; a Kubernetes map holds each key once");
                    return;
                }
            }
            // The API server reports map errors at the map's path; the key picks the attribute that wrote it.
            if (s.WantLocations) s.Map(mapPath + "[" + key + "]", args.CtorLocation(0));
            if (s.WantLocations) s.Map(mapPath + "[" + key + "].value", args.CtorLocation(1));
            into.Add(new KeyValue(key, value));
        }

        /// <summary>PG0001 (not partial, or nested in a non-partial type) and PG0013 (generic or not visible to the assembly).</summary>
        private static void CheckDeclaration(TypeView view, Location? identifier, ParseSession s, bool isWorkload)
        {
            if (view.Symbol is not { } type)
            {
                // Read from syntax: a single declaration, top level, not file-local, not generic, public or internal and
                // without members of ProbeGen's names (the extraction leaves anything else to the semantic path).
                for (var t = view; t is not null; t = t.Containing)
                {
                    if (!t.Raw!.IsPartial)
                    {
                        string what = ReferenceEquals(t, view)
                            ? (isWorkload ? "The workload class '" : "The container class '") + t.Name + "' must be partial"
                            : "'" + view.Name + "' is nested in '" + t.Name + "', which must be partial too";
                        s.Report(RuleCatalog.NotPartial, identifier, what + ": ProbeGen adds the manifest members to it");
                        break;
                    }
                }
                return;
            }
            for (var t = type; t is not null; t = t.ContainingType)
            {
                if (!IsPartial(t, s))
                {
                    string what = ReferenceEquals(t, type)
                        ? (isWorkload ? "The workload class '" : "The container class '") + t.Name + "' must be partial"
                        : "'" + type.Name + "' is nested in '" + t.Name + "', which must be partial too";
                    s.Report(RuleCatalog.NotPartial, identifier, what + ": ProbeGen adds the manifest members to it");
                    break;
                }
            }
            if (!isWorkload) return;
            CheckReservedNames(type, identifier, s);
            for (var t = type; t is not null; t = t.ContainingType)
            {
                if (t.IsFileLocal)
                {
                    s.Report(RuleCatalog.WorkloadNotAccessible, identifier,
                        "'" + t.Name + "' is a file-local type: ProbeGen's members and the assembly's manifest catalogue are in other files, where a 'file' type cannot be re-opened or named; remove 'file' (make it internal)");
                    return;
                }
                if (t.TypeParameters.Length > 0)
                {
                    s.Report(RuleCatalog.WorkloadNotAccessible, identifier,
                        "'" + t.Name + "' is generic: a workload is one manifest, so the workload class and the types containing it cannot have type parameters");
                    return;
                }
                var acc = t.DeclaredAccessibility;
                if (acc is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
                {
                    s.Report(RuleCatalog.WorkloadNotAccessible, identifier,
                        "'" + t.Name + "' is " + SyntaxFacts.GetText(acc) + ": the assembly's manifest catalogue must reach the workload, so make it internal or public");
                    return;
                }
            }
        }

        /// <summary>PG0018: the workload type declares a member ProbeGen generates (it would not compile, CS0102/CS0111) or is named like one (CS0542).</summary>
        private static void CheckReservedNames(INamedTypeSymbol type, Location? identifier, ParseSession s)
        {
            foreach (string name in s.ReservesCreateManifest ? new[] { GeneratedMembers.ManifestYaml, GeneratedMembers.CreateManifest } : new[] { GeneratedMembers.ManifestYaml })
            {
                string generated = name == GeneratedMembers.ManifestYaml
                    ? "ProbeGen adds the constant ManifestYaml (the manifest the build writes)"
                    : "with KubernetesClient referenced, ProbeGen adds CreateManifest() (the typed object)";
                if (type.Name == name)
                {
                    s.Report(RuleCatalog.ReservedMemberName, identifier,
                        "The workload class is named '" + name + "': " + generated + " to it, and a member cannot have its class's name; rename the class");
                }
                else if (GeneratedMembers.UserMember(type, name) is { } member)
                {
                    string fix = name == GeneratedMembers.ManifestYaml ? "rename or remove yours" : "rename yours, or set ProbeGenTypedManifests=false to keep it and get no generated one";
                    s.Report(RuleCatalog.ReservedMemberName, member.Locations.FirstOrDefault() ?? identifier,
                        "'" + type.Name + "' declares its own " + name + ": " + generated + "; " + fix);
                }
            }
        }

        private static bool IsPartial(INamedTypeSymbol t, ParseSession s)
        {
            foreach (var r in t.DeclaringSyntaxReferences)
            {
                if (r.GetSyntax(s.CancellationToken) is TypeDeclarationSyntax decl)
                {
                    foreach (var m in decl.Modifiers) if (m.IsKind(SyntaxKind.PartialKeyword)) return true;
                }
            }
            return false;
        }

        /// <summary>
        /// Nested types in the order of their [Container]/[InitContainer] attribute (else of their name) in the source:
        /// canonical when those attributes are in one file (PG0019 otherwise), whatever the file's name or the order
        /// the compiler reads the other files of a partial class in.
        /// </summary>
        private static List<TypeView> NestedTypesInSourceOrder(TypeView view)
        {
            if (view.Symbol is not { } type) return view.RawNestedInSourceOrder();
            var symbols = NestedTypesInSourceOrder(type);
            var views = new List<TypeView>(symbols.Count);
            foreach (var t in symbols) views.Add(TypeView.Of(t));
            return views;
        }

        private static List<INamedTypeSymbol> NestedTypesInSourceOrder(INamedTypeSymbol type)
        {
            var nested = type.GetTypeMembers();
            var result = new List<INamedTypeSymbol>(nested);
            if (nested.Length < 2) return result;
            var keys = new Dictionary<INamedTypeSymbol, (string File, int Position)>(SymbolEqualityComparer.Default);
            foreach (var t in nested)
            {
                var where = ContainerAttribute(t)?.ApplicationSyntaxReference;
                var loc = t.Locations.FirstOrDefault();
                keys[t] = where is not null ? (where.SyntaxTree.FilePath, where.Span.Start) : (loc?.SourceTree?.FilePath ?? "", loc?.SourceSpan.Start ?? 0);
            }
            result.Sort((x, y) =>
            {
                var (fx, px) = keys[x];
                var (fy, py) = keys[y];
                int c = string.CompareOrdinal(fx, fy);
                return c != 0 ? c : px.CompareTo(py);
            });
            return result;
        }

        private static AttributeData? ContainerAttribute(INamedTypeSymbol t)
        {
            foreach (var a in t.GetAttributes())
            {
                if (AttributeNames.IsContainer(AttributeNames.OwnName(a))) return a;
            }
            return null;
        }

        /// <summary>
        /// PG0019 for the nested containers (and, apart, the init containers) of a workload whose [Container]
        /// attributes are in more than one file: their order, which Kubernetes keeps (init containers run in it), would
        /// be the order the compiler reads the files in.
        /// </summary>
        private static void ReportSplitContainers(TypeView type, List<TypeView> nested, string podPath, ParseSession s)
        {
            if (nested.Count < 2) return;
            var containers = new SourceFiles();
            var inits = new SourceFiles();
            foreach (var t in nested)
            {
                bool workload = false;
                AttrView? attr = null;
                foreach (var a in t.Attributes)
                {
                    if (AttributeNames.IsWorkload(a.Name)) workload = true;
                    if (attr is null && AttributeNames.IsContainer(a.Name)) attr = a;
                }
                if (workload || attr is null) continue;
                (attr.Value.Name == "InitContainerAttribute" ? inits : containers).Add(attr.Value);
            }
            ReportSplit(containers, podPath + ".containers", "the containers of '" + type.Name + "'", "the nested [Container] classes of '" + type.Name + "'", s);
            ReportSplit(inits, podPath + ".initContainers", "the init containers of '" + type.Name + "'", "the nested [InitContainer] classes of '" + type.Name + "'", s);
        }

        /// <summary>PG0019 at the first entry of each file, when an ordered list's entries come from more than one file.</summary>
        private static void ReportSplit(SourceFiles files, string path, string what, string fix, ParseSession s)
        {
            if (!files.Many) return;
            foreach (var first in files.FirstOfEachFile)
            {
                var location = s.WantLocations && first.Data?.ApplicationSyntaxReference is { } r ? Location.Create(r.SyntaxTree, r.Span) : null;
                s.Report(RuleCatalog.OrderSplitAcrossDeclarations, location,
                    path + ": " + what + " are declared in " + files.Count.ToString(CultureInfo.InvariantCulture)
                    + " files of a partial class, so their order would be the order the compiler reads the files in (renaming a file could change it): declare "
                    + fix + " in one file");
            }
        }

        /// <summary>The volumes the volume attributes declare, by name: each one's index in <c>volumes</c> and its attribute.</summary>
        private sealed class VolumeIndex
        {
            private readonly List<(string Name, int Index, LoweredAttribute Table)> _volumes = new();

            public void Add(ArgValue? name, int index, LoweredAttribute table)
            {
                if (name?.Value is not string n || Find(n) is not null) return; // a second volume of one name is PG1603; the first is the one
                _volumes.Add((n, index, table));
            }

            public (string Name, int Index, LoweredAttribute Table)? Find(string name)
            {
                foreach (var v in _volumes) if (v.Name == name) return v;
                return null;
            }

            public int Count => _volumes.Count;

            public IEnumerable<string> Names => _volumes.Select(static v => "'" + v.Name + "'");
        }

        /// <summary>
        /// [VolumeItem(volumeName, key, path, Mode = …)]: the next item of the named ConfigMap or Secret volume's <c>items</c>,
        /// lowered like any list-item attribute. A name no volume attribute declares, or a volume with no items (emptyDir …),
        /// is PG0040 at the name: there is no field to write.
        /// </summary>
        private static void ReadVolumeItem(AttrView a, Args args, VolumeIndex volumes, string podPath, LoweredAttributeReader lowered, SetReader sets, ListFiles lists, ParseSession s)
        {
            var at = args.CtorLocation(0);
            var nameArg = args.Ctor(0);
            if (nameArg is null) { s.MarkFailed(); return; }
            if (nameArg.Value.Kind == TypedConstantKind.Error || nameArg.Value.HasErrorType) { s.MarkFailed(); return; }
            string? name = ValueReader.RequiredString(nameArg, "[VolumeItem] volumeName", at, s);
            if (name is null) return;
            if (volumes.Find(name) is not { } volume)
            {
                s.Report(RuleCatalog.SetPathUnknown, at, "[VolumeItem] names the volume '" + name + "', which no volume attribute of this workload declares: "
                    + (volumes.Count == 0 ? "declare it with [ConfigMapVolume] or [SecretVolume]" : "its volumes are " + string.Join(", ", volumes.Names)));
                return;
            }
            string source = volume.Table.Presence[0];
            if (!LoweredAttributes.VolumeItemSources.Contains(source))
            {
                s.Report(RuleCatalog.SetPathUnknown, at, "[VolumeItem] selects a key of a ConfigMap or Secret volume, but '" + name + "' is a [" + volume.Table.ShortName
                    + "], which has no items: name a [ConfigMapVolume] or a [SecretVolume]");
                return;
            }
            var table = LoweredAttributes.VolumeItem(volume.Index, source);
            lowered.Read(table, args, podPath, sets, s);
            lists.Add(table, a);
        }

        /// <summary>
        /// The lists list-item lowered attributes build ([Toleration] → tolerations, every volume attribute → volumes …),
        /// each with the files its items come from: any of them split over files is PG0019, named by its list.
        /// </summary>
        private sealed class ListFiles
        {
            private readonly List<(string List, SourceFiles Files, List<string> Attributes)> _lists = new(1);

            public void Add(LoweredAttribute table, AttrView a)
            {
                foreach (var l in _lists)
                {
                    if (l.List != table.BasePath) continue;
                    l.Files.Add(a);
                    if (!l.Attributes.Contains(table.Name)) l.Attributes.Add(table.Name);
                    return;
                }
                var files = new SourceFiles();
                files.Add(a);
                _lists.Add((table.BasePath, files, new List<string> { table.Name }));
            }

            /// <summary>PG0019 for each list split over files, at <paramref name="path"/>.list, in the order the lists first appear.</summary>
            public void Report(string path, string owner, ParseSession s)
            {
                foreach (var (list, files, attributes) in _lists)
                {
                    if (!files.Many) continue;
                    string fix = list == PodSpecSchema.Volumes.JsonName
                        ? "every volume attribute ([ConfigMapVolume], [EmptyDirVolume] …)"
                        : "every " + string.Join(" and ", attributes.Select(static n => "[" + (n.EndsWith("Attribute", System.StringComparison.Ordinal) ? n.Substring(0, n.Length - "Attribute".Length) : n) + "]"));
                    ReportSplit(files, path + "." + list, "the " + list + " of " + owner, fix + " of " + owner, s);
                }
            }
        }

        /// <summary>The source files a list's attributes come from, and the first attribute of each (in the compiler's order).</summary>
        private sealed class SourceFiles
        {
            private readonly List<(object Tree, AttrView First)> _files = new(1);

            public void Add(AttrView a)
            {
                var tree = a.File;
                if (tree is null) return;
                foreach (var f in _files) if (f.Tree.Equals(tree)) return;
                _files.Add((tree, a));
            }

            public int Count => _files.Count;

            public bool Many => _files.Count > 1;

            public IEnumerable<AttrView> FirstOfEachFile => _files.Select(f => f.First);
        }

        private static ContainerSpec? ParseContainer(TypeView cls, IReadOnlyList<AttrView> attributes, AttrView containerAttr, bool isInit, string path, SetReader? sets,
            LoweredAttributeReader lowered, SetReader loweredSets, ParseSession s)
        {
            var c = containerAttr.Args(s);
            if (s.WantLocations) s.Map(path, c.Location);
            // The fields Mapping.cs maps (generated, WorkloadParser.g.cs); the attributes beside it are read here.
            var fields = isInit ? ReadInitContainerAttribute(c, path, s) : ReadContainerAttribute(c, path, s);

            var ports = new List<ContainerPortSpec>();
            var env = new List<EnvVarSpec>();
            var portFiles = new SourceFiles();
            var envFiles = new SourceFiles();
            var containerLists = new ListFiles(); // each list-item lowered attribute's list of this container (volumeMounts …)
            ResourcesSpec? resources = null;
            var extraRequests = new List<KeyValue>();
            var extraLimits = new List<KeyValue>();
            ProbeSpec? liveness = null, readiness = null, startup = null;
            foreach (var a in attributes)
            {
                s.CancellationToken.ThrowIfCancellationRequested();
                string? attrName = a.Name;
                var args2 = a.Args(s);
                switch (attrName)
                {
                    case "ContainerPortAttribute":
                        ports.Add(ParsePort(args2, path + ".ports[" + ports.Count.ToString(CultureInfo.InvariantCulture) + "]", s));
                        portFiles.Add(a);
                        break;
                    case "EnvFromSecretAttribute" or "EnvFromConfigMapAttribute" when args2.CtorCount != 3:
                        // [EnvFromSecret(secretName)]: an envFrom item (a lowered list item); the 3-argument form is the obsolete env variable below.
                        var envFrom = LoweredAttributeReader.For(attrName, LoweredScope.Container)!;
                        lowered.Read(envFrom, args2, path, loweredSets, s);
                        containerLists.Add(envFrom, a);
                        break;
                    case "EnvAttribute":
                    case "EnvSecretKeyAttribute":
                    case "EnvConfigMapKeyAttribute":
                    case "EnvFromSecretAttribute":
                    case "EnvFromConfigMapAttribute":
                    case "EnvFromFieldAttribute":
                        var e = ParseEnv(attrName, args2, path + ".env[" + env.Count.ToString(CultureInfo.InvariantCulture) + "]", s);
                        if (e is not null) env.Add(e);
                        envFiles.Add(a);
                        break;
                    case "ResourcesAttribute":
                        resources = ParseResources(args2, path + ".resources", s);
                        break;
                    case "ResourceRequestAttribute":
                        KeyValueEntry(args2, path + ".resources.requests", "resource request", extraRequests, s);
                        break;
                    case "ResourceLimitAttribute":
                        KeyValueEntry(args2, path + ".resources.limits", "resource limit", extraLimits, s);
                        break;
                    case "LivenessProbeAttribute":
                        liveness = ProbeOnce(liveness, args2, ProbeKind.Liveness, path, s);
                        break;
                    case "ReadinessProbeAttribute":
                        readiness = ProbeOnce(readiness, args2, ProbeKind.Readiness, path, s);
                        break;
                    case "StartupProbeAttribute":
                        startup = ProbeOnce(startup, args2, ProbeKind.Startup, path, s);
                        break;
                    case "SetAttribute":
                        sets?.Read(args2, ContainerSchema.Descriptor, path, s); // paths from this container
                        break;
                    default:
                        // [SecurityContext] …: on the workload class too, where that class's own container is the one it describes.
                        if (LoweredAttributeReader.For(attrName, LoweredScope.Container) is { } containerLowered)
                        {
                            lowered.Read(containerLowered, args2, path, loweredSets, s);
                            if (containerLowered.IsListItem) containerLists.Add(containerLowered, a);
                        }
                        break;
                }
            }

            // Order matters in both lists ($(VAR) refers to variables before it; the first port is kubectl's default).
            ReportSplit(envFiles, path + ".env", "the environment variables of container '" + cls.Name + "'", "every [Env] and [EnvFrom…] of '" + cls.Name + "'", s);
            ReportSplit(portFiles, path + ".ports", "the ports of container '" + cls.Name + "'", "every [ContainerPort] of '" + cls.Name + "'", s);
            containerLists.Report(path, "container '" + cls.Name + "'", s);

            if (extraRequests.Count > 0 || extraLimits.Count > 0) resources = WithEntries(resources, extraRequests, extraLimits, path + ".resources", s);
            if (fields is null) return null;
            return fields with
            {
                Ports = EquatableArray.From(ports),
                Env = EquatableArray.From(env),
                Resources = resources,
                LivenessProbe = liveness,
                ReadinessProbe = readiness,
                StartupProbe = startup,
            };
        }

        private static ProbeSpec? ProbeOnce(ProbeSpec? existing, Args a, ProbeKind kind, string containerPath, ParseSession s)
        {
            string field = PodWalk.ProbeField(kind);
            if (existing is not null)
            {
                s.Report(RuleCatalog.DuplicateProbe, a.Location,
                    containerPath + "." + field + ": a container has one " + field + "; remove the second [" + kind + "Probe]");
                return existing;
            }
            return ProbeParser.Parse(a, kind, containerPath + "." + field, s);
        }

        private static ContainerPortSpec ParsePort(Args a, string path, ParseSession s)
        {
            if (s.WantLocations) s.Map(path, a.Location);
            if (s.WantLocations) s.Map(path + ".containerPort", a.CtorLocation(0));
            int port = ValueReader.OptionalInt(a.Ctor(0), s) ?? 0;
            if (s.WantLocations) s.Map(path + ".name", a.NamedLocation("Name"));
            string? name = ValueReader.OptionalString(a.Named("Name"), "Name", a.NamedLocation("Name"), s);
            if (s.WantLocations) s.Map(path + ".protocol", a.NamedLocation("Protocol"));
            string? protocol = ValueReader.Enum(a.Named("Protocol"), "PortProtocol", ProtocolMembers, ProtocolValues, "Protocol", a.NamedLocation("Protocol"), s);
            if (s.WantLocations) s.Map(path + ".hostPort", a.NamedLocation("HostPort"));
            int? hostPort = a.HasNamed("HostPort") ? ValueReader.OptionalInt(a.Named("HostPort"), s) : null;
            return new ContainerPortSpec(port, name, protocol, hostPort);
        }

        private static EnvVarSpec? ParseEnv(string? attrName, Args a, string path, ParseSession s)
        {
            if (s.WantLocations) s.Map(path, a.Location);
            if (s.WantLocations) s.Map(path + ".name", a.CtorLocation(0));
            string? name = ValueReader.RequiredString(a.Ctor(0), "The environment variable name", a.CtorLocation(0), s);
            EnvVarSpec? result = null;
            switch (attrName)
            {
                case "EnvAttribute":
                    if (s.WantLocations) s.Map(path + ".value", a.CtorLocation(1));
                    string? value = ValueReader.RequiredString(a.Ctor(1), "The environment variable value", a.CtorLocation(1), s);
                    if (name is not null && value is not null) result = new EnvVarSpec(name, value, null);
                    break;
                case "EnvSecretKeyAttribute":
                case "EnvConfigMapKeyAttribute":
                case "EnvFromSecretAttribute": // the obsolete names of the two above
                case "EnvFromConfigMapAttribute":
                    bool secret = attrName is "EnvSecretKeyAttribute" or "EnvFromSecretAttribute";
                    string refPath = path + ".valueFrom." + (secret ? "secretKeyRef" : "configMapKeyRef");
                    if (s.WantLocations) s.Map(refPath + ".name", a.CtorLocation(1));
                    if (s.WantLocations) s.Map(refPath + ".key", a.CtorLocation(2));
                    string? source = ValueReader.RequiredString(a.Ctor(1), secret ? "The Secret name" : "The ConfigMap name", a.CtorLocation(1), s);
                    string? key = ValueReader.RequiredString(a.Ctor(2), "The key", a.CtorLocation(2), s);
                    // Optional = false is written as false: the user asked for it, and kubectl keeps it.
                    s.Map(refPath + ".optional", a.NamedLocation("Optional"));
                    bool? optional = ValueReader.OptionalBool(a.Named("Optional"), s);
                    if (attrName is "EnvFromSecretAttribute" or "EnvFromConfigMapAttribute" && a.HasNamed("Prefix"))
                    {
                        // The obsolete 3-argument form is one variable: a prefix belongs to envFrom, the 1-argument form.
                        s.Report(RuleCatalog.SetPathUnknown, a.NamedLocation("Prefix"), path + ": [" + attrName.Substring(0, attrName.Length - 9) + "(name, " + (secret ? "secretName" : "configMapName")
                            + ", key)] is one variable, which has no prefix; Prefix is envFrom's, the 1-argument form [" + attrName.Substring(0, attrName.Length - 9) + "(" + (secret ? "secretName" : "configMapName") + ", Prefix = …)]");
                    }
                    if (name is not null && source is not null && key is not null)
                    {
                        result = new EnvVarSpec(name, null, new EnvSourceSpec(secret ? EnvSourceKind.SecretKeyRef : EnvSourceKind.ConfigMapKeyRef, source, key, null) { Optional = optional });
                    }
                    break;
                case "EnvFromFieldAttribute":
                    if (s.WantLocations) s.Map(path + ".valueFrom.fieldRef.fieldPath", a.CtorLocation(1));
                    string? fieldPath = ValueReader.RequiredString(a.Ctor(1), "The field path", a.CtorLocation(1), s);
                    if (name is not null && fieldPath is not null) result = new EnvVarSpec(name, null, new EnvSourceSpec(EnvSourceKind.FieldRef, null, null, fieldPath));
                    break;
            }
            return result;
        }

        private static readonly (string Arg, string Resource, bool Limit)[] ResourceArgs =
        {
            ("CpuLimit", "cpu", true), ("MemoryLimit", "memory", true), ("EphemeralStorageLimit", "ephemeral-storage", true),
            ("CpuRequest", "cpu", false), ("MemoryRequest", "memory", false), ("EphemeralStorageRequest", "ephemeral-storage", false),
        };

        /// <summary>[ResourceRequest]/[ResourceLimit] entries after [Resources]' own: a name given by both is PG0015 at the later one.</summary>
        private static ResourcesSpec WithEntries(ResourcesSpec? resources, List<KeyValue> requests, List<KeyValue> limits, string path, ParseSession s)
        {
            static EquatableArray<KeyValue> Merge(EquatableArray<KeyValue> own, List<KeyValue> extra, string mapPath, ParseSession s)
            {
                var merged = new List<KeyValue>(own);
                foreach (var kv in extra)
                {
                    if (merged.Exists(m => m.Key == kv.Key))
                    {
                        s.Report(RuleCatalog.DuplicateKey, s.Locate(mapPath + "[" + kv.Key + "]"),
                            mapPath + ": the resource \"" + kv.Key + "\" is given twice ([Resources] and [ResourceRequest]/[ResourceLimit]); a Kubernetes map holds each key once");
                        continue;
                    }
                    merged.Add(kv);
                }
                return EquatableArray.From(merged);
            }

            if (s.WantLocations && resources is null) s.Map(path, s.Locate(path + ".limits") ?? s.Locate(path + ".requests"));
            var r = resources ?? new ResourcesSpec(EquatableArray<KeyValue>.Empty, EquatableArray<KeyValue>.Empty);
            return new ResourcesSpec(Merge(r.Requests, requests, path + ".requests", s), Merge(r.Limits, limits, path + ".limits", s));
        }

        private static ResourcesSpec ParseResources(Args a, string path, ParseSession s)
        {
            if (s.WantLocations) s.Map(path, a.Location);
            var limits = new List<KeyValue>();
            var requests = new List<KeyValue>();
            foreach (var (arg, resource, limit) in ResourceArgs)
            {
                if (!a.HasNamed(arg)) continue;
                string entryPath = path + (limit ? ".limits[" : ".requests[") + resource + "]";
                if (s.WantLocations) s.Map(entryPath, a.NamedLocation(arg));
                string? value = ValueReader.OptionalString(a.Named(arg), arg, a.NamedLocation(arg), s);
                if (value is not null) (limit ? limits : requests).Add(new KeyValue(resource, value));
            }
            return new ResourcesSpec(EquatableArray.From(requests), EquatableArray.From(limits));
        }

        internal static string[] SchemeValueList => SchemeValues;
        internal static string[] SchemeMemberList => SchemeMembers;
    }
}

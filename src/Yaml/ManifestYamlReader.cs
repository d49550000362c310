using System.Collections.Generic;
using System.Linq;
using ProbeGen.Core.Emission;
using ProbeGen.Core.Model;

namespace ProbeGen.Yaml
{
    /// <summary>
    /// The YAML front-end: a (multi-document) YAML text → the same <see cref="WorkloadSpec"/> the attributes build, for
    /// the kinds of WorkloadKinds.Listed (Pod v1, Deployment, StatefulSet and DaemonSet apps/v1, Job and CronJob batch/v1). Values are read as kubectl and the API server read them
    /// (go-yaml v2's YAML 1.1 scalars, then JSON decoding into the typed fields). Nothing is dropped silently: a field
    /// the model lacks is "not modeled", a key Kubernetes does not know is an "unknown field", a wrong value type is a
    /// "type error", another kind is "skipped" — each with its field path and position. Never throws on input.
    /// </summary>
    public static class ManifestYamlReader
    {
        /// <summary>Longest text read (characters); a longer one is a PG0101 that says so.</summary>
        public const int MaxTextLength = YamlLoader.MaxTextLength;

        public static ManifestReadResult Read(string text)
        {
            var docs = YamlLoader.Load(text ?? "", out var error);
            var result = new List<ManifestDocument>();
            for (int i = 0; i < docs.Count; i++)
            {
                if (docs[i].Root is null) continue; // an empty document (a trailing ---) holds nothing
                result.Add(ReadDocument(i, docs[i]));
            }
            YamlIssue? syntax = error is { } e ? new YamlIssue(YamlIssueKind.Syntax, "", e.Position, (e.Limit ? "YAML not read: " : "YAML syntax error: ") + e.Message) : null;
            return new ManifestReadResult(result, syntax);
        }

        private static string KindOnly(JsonScalar j) => j.Kind switch
        {
            JsonKind.String => "a string of " + j.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters",
            JsonKind.Number => "a number",
            JsonKind.Bool => "a boolean",
            JsonKind.Null => "null",
            _ => j.Text,
        };

        /// <summary>The last plain string value of a top-level key, without reporting anything.</summary>
        private static string? Peek(YMapping map, string key)
        {
            string? result = null;
            foreach (var kv in map.Entries)
            {
                if (kv.Key is YScalar k && k.Value == key && kv.Value is YScalar v && JsonScalar.Resolve(v) is { Kind: JsonKind.String } j) result = j.Text;
            }
            return result;
        }

        private static ManifestDocument ReadDocument(int index, YDocument doc)
        {
            var s = new DocumentSession();
            var root = doc.Root!;
            s.Map("", root.Start);
            if (root is not YMapping map)
            {
                // Not the value itself: a document that is one scalar is often not YAML at all (a secrets file behind a link).
                s.TypeError("", root, "an object (a Kubernetes manifest)", root is YSequence ? "a list" : KindOnly(JsonScalar.Resolve((YScalar)root)));
                return new ManifestDocument(index, doc.Start, null, null, null, s.Issues, s.Positions);
            }

            // apiVersion and kind first, so that other kinds are not read at all (their fields are not ours to judge).
            string? apiVersion = Peek(map, "apiVersion");
            string? kind = Peek(map, "kind");
            WorkloadKind? workloadKind = WorkloadKinds.Find(apiVersion, kind); // generated from the kind rows
            if (workloadKind is not WorkloadKind k)
            {
                string what = kind is null ? "a document without kind" : "kind " + kind + " (" + (apiVersion ?? "no apiVersion") + ")";
                s.Report(YamlIssueKind.Skipped, "", root.Start,
                    what + " is not a workload ProbeGen reads (" + WorkloadKinds.Listed + "): skipped");
                return new ManifestDocument(index, doc.Start, apiVersion, kind, null, s.Issues, s.Positions);
            }

            var schema = K8sSchema.Root(k);
            s.RootType = schema.Type;
            var top = new YamlObject(s, map, "", schema, null);
            top.String("apiVersion");
            top.String("kind");
            var reader = new WorkloadReader(s);
            var workload = reader.Read(k, top);
            top.Finish();
            // Every field no attribute models, captured on the way (YamlObject.Finish), in the model's order.
            workload = workload with { Settings = Core.Schema.FieldSettings.Sorted(s.Settings) };
            return new ManifestDocument(index, doc.Start, apiVersion, kind, workload, s.Issues, s.Positions);
        }
    }

    /// <summary>Reads one workload's objects into the model.</summary>
    internal sealed partial class WorkloadReader
    {
        private readonly DocumentSession _s;

        public WorkloadReader(DocumentSession session) => _s = session;

        public WorkloadSpec Read(WorkloadKind kind, YamlObject top)
        {
            var workload = new WorkloadSpec(kind, "", null, EquatableArray<KeyValue>.Empty, EquatableArray<KeyValue>.Empty, EmptyPod);
            var meta = top.Object("metadata", K8sSchema.ObjectMeta);
            if (meta is not null)
            {
                string name = meta.String("name") ?? "";
                string? ns = meta.String("namespace");
                var labels = meta.StringMap("labels");
                var annotations = meta.StringMap("annotations");
                workload = workload with { Name = name, Namespace = ns, Labels = EquatableArray.From(labels ?? new List<KeyValue>()), Annotations = EquatableArray.From(annotations ?? new List<KeyValue>()) };
                workload = ReadMetadataFields(meta, workload); // the fields Mapping.cs maps (generated)
                meta.Finish();
            }

            PodSpec? pod = null;
            DeploymentSpec? deployment = null;
            JobSpec? job = null;
            CronJobSpec? cron = null;
            StatefulSetSpec? statefulSet = null;
            DaemonSetSpec? daemonSet = null;
            TemplateFacts template = default;
            var spec = top.Object("spec", K8sSchema.Spec(kind));
            if (spec is not null)
            {
                switch (kind)
                {
                    case WorkloadKind.Pod:
                        pod = ReadPodSpec(spec);
                        break;
                    case WorkloadKind.Deployment:
                        deployment = ReadDeploymentFields(spec); // generated from Mapping.cs
                        template = ReadSelector(spec);
                        pod = ReadTemplate(spec, ref template);
                        break;
                    case WorkloadKind.Job:
                        job = ReadJobSpec(spec, out pod, ref template);
                        break;
                    case WorkloadKind.StatefulSet:
                        statefulSet = ReadStatefulSetFields(spec); // generated from Mapping.cs
                        template = ReadSelector(spec);
                        pod = ReadTemplate(spec, ref template);
                        break;
                    case WorkloadKind.DaemonSet:
                        daemonSet = ReadDaemonSetFields(spec); // generated from Mapping.cs
                        template = ReadSelector(spec);
                        pod = ReadTemplate(spec, ref template);
                        break;
                    case WorkloadKind.CronJob:
                        cron = ReadCronJobFields(spec);
                        var jobTemplate = spec.Object("jobTemplate", K8sSchema.JobTemplateSpec);
                        if (jobTemplate is not null)
                        {
                            var jobSpec = jobTemplate.Object("spec", K8sSchema.JobSpec);
                            if (jobSpec is not null)
                            {
                                job = ReadJobSpec(jobSpec, out pod, ref template);
                                jobSpec.Finish();
                            }
                            jobTemplate.Finish();
                        }
                        break;
                }
                spec.Finish();
            }

            // The model's shapes for a controller: as the C# front-end builds them, so both compare alike.
            if (kind == WorkloadKind.Deployment) deployment ??= new DeploymentSpec();
            if (kind is WorkloadKind.Job or WorkloadKind.CronJob) job ??= new JobSpec();
            if (kind == WorkloadKind.CronJob) cron ??= new CronJobSpec();
            if (kind == WorkloadKind.StatefulSet) statefulSet ??= new StatefulSetSpec();
            if (kind == WorkloadKind.DaemonSet) daemonSet ??= new DaemonSetSpec();

            workload = workload with { Pod = pod ?? EmptyPod, Deployment = deployment, Job = job, CronJob = cron, StatefulSet = statefulSet, DaemonSet = daemonSet };
            return WithTemplateMetadata(workload, template);
        }

        private static readonly PodSpec EmptyPod = new() { NodeSelector = EquatableArray<KeyValue>.Empty, InitContainers = EquatableArray<ContainerSpec>.Empty, Containers = EquatableArray<ContainerSpec>.Empty };

        /// <summary>What the manifest says about the pod template's metadata and the selector, read into the model at the end.</summary>
        private struct TemplateFacts
        {
            public bool HasSelector;
            public bool SelectorRead;
            public List<KeyValue>? MatchLabels;
            public string SelectorPath;
            public string TemplatePath;
            public List<KeyValue>? TemplateLabels;
            public List<KeyValue>? TemplateAnnotations;
        }

        private TemplateFacts ReadSelector(YamlObject spec)
        {
            var facts = new TemplateFacts { SelectorPath = spec.ChildPath("selector"), SelectorRead = true };
            var selector = spec.Object("selector", K8sSchema.LabelSelector);
            if (selector is not null)
            {
                facts.HasSelector = true;
                facts.MatchLabels = selector.StringMap("matchLabels");
                selector.Finish();
            }
            return facts;
        }

        private JobSpec ReadJobSpec(YamlObject spec, out PodSpec? pod, ref TemplateFacts template)
        {
            var job = ReadJobFields(spec);
            template = ReadSelector(spec);
            pod = ReadTemplate(spec, ref template);
            return job;
        }

        private PodSpec? ReadTemplate(YamlObject spec, ref TemplateFacts facts)
        {
            var template = spec.Object("template", K8sSchema.PodTemplateSpec);
            if (template is null) return null;
            facts.TemplatePath = spec.ChildPath("template");
            var meta = template.Object("metadata", K8sSchema.TemplateMeta);
            if (meta is not null)
            {
                facts.TemplateLabels = meta.StringMap("labels");
                facts.TemplateAnnotations = meta.StringMap("annotations");
                meta.Finish();
            }
            PodSpec? pod = null;
            var podSpec = template.Object("spec", K8sSchema.PodSpec);
            if (podSpec is not null)
            {
                pod = ReadPodSpec(podSpec);
                podSpec.Finish();
            }
            template.Finish();
            return pod;
        }

        /// <summary>
        /// The pod template's labels and annotations and the selector into the model: a value equal to what ProbeGen derives
        /// (template labels = the workload's labels, or app: &lt;name&gt;; selector = the template labels) stays derived, so
        /// that a manifest ProbeGen wrote reads back to the same model and imports to the same attributes; anything else is
        /// kept as given, and the rules (PG1411–PG1413, PG1016, PG1830) check it.
        /// </summary>
        private static WorkloadSpec WithTemplateMetadata(WorkloadSpec w, TemplateFacts facts)
        {
            if (!w.Kind.HasPodTemplate()) return w;
            if (facts.TemplatePath is not null)
            {
                var labels = facts.TemplateLabels ?? new List<KeyValue>();
                if (!SameMap(labels, PodTemplates.DefaultPodLabels(w))) w = w with { PodLabels = EquatableArray.From(labels) };
                if (facts.TemplateAnnotations is { Count: > 0 } annotations) w = w with { PodAnnotations = EquatableArray.From(annotations) };
            }
            if (!facts.SelectorRead) return w;
            if (!facts.HasSelector) return w.Kind.RequiresSelector() ? w with { SelectorOmitted = true } : w;
            var matchLabels = facts.MatchLabels ?? new List<KeyValue>();
            if (w.Kind.RequiresSelector() && matchLabels.Count > 0 && SameMap(matchLabels, PodTemplates.EffectivePodLabels(w))) return w;
            return w with { SelectorLabels = EquatableArray.From(matchLabels) };
        }

        private static bool SameMap(IReadOnlyCollection<KeyValue> a, IEnumerable<KeyValue> b)
        {
            var left = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var kv in a) left[kv.Key] = kv.Value;
            int count = 0;
            foreach (var kv in b)
            {
                count++;
                if (!left.TryGetValue(kv.Key, out var v) || v != kv.Value) return false;
            }
            return count == left.Count;
        }


        private PodSpec ReadPodSpec(YamlObject spec)
        {
            var fields = ReadPodFields(spec); // generated from Mapping.cs
            var nodeSelector = spec.StringMap("nodeSelector");
            var init = Containers(spec, "initContainers");
            var containers = Containers(spec, "containers");
            return fields with
            {
                NodeSelector = EquatableArray.From(nodeSelector ?? new List<KeyValue>()),
                InitContainers = EquatableArray.From(init),
                Containers = EquatableArray.From(containers),
            };
        }

        private List<ContainerSpec> Containers(YamlObject spec, string field)
        {
            var result = new List<ContainerSpec>();
            var items = spec.List(field);
            if (items is null) return result;
            foreach (var (node, path) in items)
            {
                var c = _s.Object(node, path, K8sSchema.Container, spec);
                if (c is null)
                {
                    // A null item decodes to an empty container; keep it so indexes match the manifest.
                    result.Add(new ContainerSpec());
                    continue;
                }
                result.Add(ReadContainer(c));
                c.Finish();
            }
            return result;
        }

        private ContainerSpec ReadContainer(YamlObject c)
        {
            var fields = ReadContainerFields(c); // the fields Mapping.cs maps (generated, ManifestYamlReader.g.cs)
            var ports = new List<ContainerPortSpec>();
            foreach (var (node, path) in c.List("ports") ?? new List<(YNode, string)>())
            {
                var p = _s.Object(node, path, K8sSchema.ContainerPort, c);
                if (p is null)
                {
                    ports.Add(new ContainerPortSpec(0, null, null, null));
                    continue;
                }
                ports.Add(new ContainerPortSpec(p.Int32("containerPort") ?? 0, p.String("name"), p.String("protocol"), p.Int32("hostPort")));
                p.Finish();
            }
            var env = new List<EnvVarSpec>();
            foreach (var (node, path) in c.List("env") ?? new List<(YNode, string)>())
            {
                var e = _s.Object(node, path, K8sSchema.EnvVar, c);
                if (e is null)
                {
                    env.Add(new EnvVarSpec("", null, null));
                    continue;
                }
                env.Add(ReadEnvVar(e));
                e.Finish();
            }
            ResourcesSpec? resources = null;
            var r = c.Object("resources", K8sSchema.ResourceRequirements);
            if (r is not null)
            {
                resources = new ResourcesSpec(Resources(r, "requests"), Resources(r, "limits"));
                r.Finish();
            }
            var liveness = Probe(c, "livenessProbe");
            var readiness = Probe(c, "readinessProbe");
            var startup = Probe(c, "startupProbe");
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

        /// <summary>
        /// Every resource name as written: cpu, memory, ephemeral-storage, extended resources of any vendor domain
        /// (<c>nvidia.com/gpu</c>) and <c>hugepages-*</c>, which the resource rules check (PG1501–PG1511).
        /// </summary>
        private static EquatableArray<KeyValue> Resources(YamlObject r, string field)
        {
            var entries = r.QuantityMap(field);
            return entries is null ? EquatableArray<KeyValue>.Empty : EquatableArray.From(entries);
        }

        private EnvVarSpec ReadEnvVar(YamlObject e)
        {
            string name = e.String("name") ?? "";
            string? value = e.String("value");
            EnvSourceSpec? from = null;
            var source = e.Object("valueFrom", K8sSchema.EnvVarSource);
            if (source is not null)
            {
                var found = new List<(string Field, EnvSourceSpec Spec)>();
                var fieldRef = source.Object("fieldRef", K8sSchema.ObjectFieldSelector);
                if (fieldRef is not null)
                {
                    found.Add(("fieldRef", new EnvSourceSpec(EnvSourceKind.FieldRef, null, null, fieldRef.String("fieldPath"))));
                    fieldRef.Finish(); // an apiVersion stays unread: captured as a setting, so an explicit v1 is written back
                }
                var configMap = source.Object("configMapKeyRef", K8sSchema.KeySelector);
                if (configMap is not null)
                {
                    found.Add(("configMapKeyRef", new EnvSourceSpec(EnvSourceKind.ConfigMapKeyRef, configMap.String("name"), configMap.String("key"), null) { Optional = configMap.Bool("optional") }));
                    configMap.Finish();
                }
                var secret = source.Object("secretKeyRef", K8sSchema.KeySelector);
                if (secret is not null)
                {
                    found.Add(("secretKeyRef", new EnvSourceSpec(EnvSourceKind.SecretKeyRef, secret.String("name"), secret.String("key"), null) { Optional = secret.Bool("optional") }));
                    secret.Finish();
                }
                bool otherSource = source.Has("resourceFieldRef") || source.Has("fileKeyRef");
                if (found.Count > 0) from = found[0].Spec;
                for (int i = 1; i < found.Count; i++)
                {
                    string path = source.ChildPath(found[i].Field);
                    _s.Report(YamlIssueKind.NotModeled, path, _s.Positions[path],
                        path + ": not modeled by ProbeGen: an env var holds one valueFrom source (the API server rejects several: may not have more than one field specified at a time)");
                }
                if (found.Count == 0 && !otherSource)
                {
                    string path = e.ChildPath("valueFrom");
                    _s.Report(YamlIssueKind.NotModeled, path, _s.Positions[path],
                        path + ": not modeled by ProbeGen: a valueFrom without a source (the API server rejects it: must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`)");
                }
                source.Finish();
            }
            return new EnvVarSpec(name, value, from);
        }

        private ProbeSpec? Probe(YamlObject c, string field)
        {
            var p = c.Object(field, K8sSchema.Probe);
            if (p is null) return null;
            ExecActionSpec? exec = null;
            var e = p.Object("exec", K8sSchema.ExecAction);
            if (e is not null)
            {
                exec = new ExecActionSpec(e.Strings("command"));
                e.Finish();
            }
            HttpGetActionSpec? http = null;
            var h = p.Object("httpGet", K8sSchema.HttpGetAction);
            if (h is not null)
            {
                var headers = new List<HttpHeaderSpec>();
                foreach (var (node, path) in h.List("httpHeaders") ?? new List<(YNode, string)>())
                {
                    var header = _s.Object(node, path, K8sSchema.HttpHeader, h);
                    if (header is null)
                    {
                        headers.Add(new HttpHeaderSpec("", ""));
                        continue;
                    }
                    headers.Add(new HttpHeaderSpec(header.String("name") ?? "", header.String("value") ?? ""));
                    header.Finish();
                }
                http = new HttpGetActionSpec(h.String("path"), h.IntOrString("port"), h.String("host"), h.String("scheme"), EquatableArray.From(headers));
                h.Finish();
            }
            TcpSocketActionSpec? tcp = null;
            var t = p.Object("tcpSocket", K8sSchema.TcpSocketAction);
            if (t is not null)
            {
                tcp = new TcpSocketActionSpec(t.IntOrString("port"), t.String("host"));
                t.Finish();
            }
            GrpcActionSpec? grpc = null;
            var g = p.Object("grpc", K8sSchema.GrpcAction);
            if (g is not null)
            {
                grpc = new GrpcActionSpec(g.Int32("port"), g.String("service"));
                g.Finish();
            }
            var probe = ReadProbeFields(p, new ProbeSpec(exec, http, tcp, grpc)); // the timings: generated from Mapping.cs
            p.Finish();
            return probe;
        }
    }
}

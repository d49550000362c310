using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;
using ProbeGen.Core.Validation;

namespace ProbeGen.Core.Emission
{
    /// <summary>
    /// Model → the manifest as YAML text. Writes only what the user wrote (unset fields are left to the API
    /// server's defaults), in the field order of hand-written manifests, init containers before containers.
    /// </summary>
    public static partial class ManifestYamlEmitter
    {
        public static string Emit(WorkloadSpec w)
        {
            var y = new YamlWriter();
            if (w.Settings.Count > 0) y.MergeSettings(SettingTree.Build(w.Settings)); // [Set] fields, merged where they belong
            y.Field(0, "apiVersion", w.Kind.ApiVersion());
            y.Field(0, "kind", w.Kind.KindName());
            y.Key(0, "metadata");
            WriteMetadataFields(y, 2, w); // generated from Mapping.cs
            y.Key(0, "spec");
            switch (w.Kind)
            {
                case WorkloadKind.Pod:
                    PodSpecBody(y, 2, w.Pod);
                    break;
                case WorkloadKind.Deployment:
                    DeploymentBody(y, 2, w);
                    break;
                case WorkloadKind.Job:
                    JobBody(y, 2, w.Job, w);
                    break;
                case WorkloadKind.CronJob:
                    CronJobBody(y, 2, w);
                    break;
                case WorkloadKind.StatefulSet:
                    if (w.StatefulSet is { } ss) WriteStatefulSetFields(y, 2, ss); // generated from Mapping.cs
                    SelectorAndTemplate(y, 2, w);
                    break;
                case WorkloadKind.DaemonSet:
                    if (w.DaemonSet is { } ds) WriteDaemonSetFields(y, 2, ds); // generated from Mapping.cs
                    SelectorAndTemplate(y, 2, w);
                    break;
            }
            y.FinishSettings();
            return y.ToString();
        }

        private static void DeploymentBody(YamlWriter y, int i, WorkloadSpec w)
        {
            if (w.Deployment is { } d) WriteDeploymentFields(y, i, d); // generated from Mapping.cs
            SelectorAndTemplate(y, i, w);
        }

        private static void JobBody(YamlWriter y, int i, JobSpec? j, WorkloadSpec w)
        {
            if (j is not null) WriteJobFields(y, i, j);
            SelectorAndTemplate(y, i, w);
        }

        private static void CronJobBody(YamlWriter y, int i, WorkloadSpec w)
        {
            WriteCronJobFields(y, i, w.CronJob!);
            y.Key(i, "jobTemplate");
            y.Key(i + 2, "spec");
            JobBody(y, i + 4, w.Job, w);
        }

        /// <summary>The template labels written when none is given (kept for callers; see <see cref="PodTemplates.EffectivePodLabels"/>).</summary>
        public static EquatableArray<KeyValue> PodTemplateLabels(WorkloadSpec w) => PodTemplates.EffectivePodLabels(w);

        /// <summary>A controller's selector (when it has one) and pod template: keyed on what the kind has, not on its name.</summary>
        private static void SelectorAndTemplate(YamlWriter y, int i, WorkloadSpec w)
        {
            var selector = PodTemplates.EffectiveSelectorLabels(w);
            if (!selector.IsDefault)
            {
                // An empty matchLabels is an empty object, unless [Set] fills it (matchExpressions): then only the key.
                if (selector.Count > 0 || HasSettingUnder(w, w.Kind.SelectorPath() + ".")) y.Key(i, "selector");
                else y.Raw(i, "selector", "{}");
                Map(y, i + 2, "matchLabels", selector);
            }
            Template(y, i, PodTemplates.EffectivePodLabels(w), w.PodAnnotations, w.Pod);
        }

        private static bool HasSettingUnder(WorkloadSpec w, string prefix)
        {
            foreach (var setting in w.Settings)
            {
                if (setting.Path.StartsWith(prefix, System.StringComparison.Ordinal)) return true;
            }
            return false;
        }

        private static void Template(YamlWriter y, int i, EquatableArray<KeyValue> labels, EquatableArray<KeyValue> annotations, PodSpec pod)
        {
            y.Key(i, "template");
            if (labels.Count > 0 || annotations.Count > 0)
            {
                y.Key(i + 2, "metadata");
                Map(y, i + 4, "labels", labels);
                Map(y, i + 4, "annotations", annotations);
            }
            y.Key(i + 2, "spec");
            PodSpecBody(y, i + 4, pod);
        }

        // The metadata fields Mapping.cs leaves to hand-written code (Hand), called by the generated WriteMetadataFields.
        private static void WriteMetadataName(YamlWriter y, int f, WorkloadSpec w)
        {
            // With only a generateName, the server makes the name: an empty one is left out, not written as "".
            if (w.Name.Length > 0 || string.IsNullOrEmpty(w.GenerateName)) y.Field(f, "name", w.Name);
        }

        private static void WriteMetadataNamespace(YamlWriter y, int f, WorkloadSpec w)
        {
            if (w.Namespace is not null) y.Field(f, "namespace", w.Namespace);
        }

        private static void WriteMetadataLabels(YamlWriter y, int f, WorkloadSpec w) => Map(y, f, "labels", w.Labels);

        private static void WriteMetadataAnnotations(YamlWriter y, int f, WorkloadSpec w) => Map(y, f, "annotations", w.Annotations);

        private static void PodSpecBody(YamlWriter y, int i, PodSpec pod) => WritePodFields(y, i, pod); // generated from Mapping.cs

        // The pod-spec fields Mapping.cs leaves to hand-written code (Hand), called by the generated WritePodFields.
        private static void WritePodNodeSelector(YamlWriter y, int f, PodSpec pod) => Map(y, f, "nodeSelector", pod.NodeSelector);

        private static void WritePodInitContainers(YamlWriter y, int f, PodSpec pod) => Containers(y, f, "initContainers", pod.InitContainers);

        private static void WritePodContainers(YamlWriter y, int f, PodSpec pod) => Containers(y, f, "containers", pod.Containers);

        private static void Containers(YamlWriter y, int i, string key, EquatableArray<ContainerSpec> containers)
        {
            if (containers.Count == 0) return;
            y.Key(i, key);
            foreach (var c in containers) WriteContainer(y, i, c); // generated from Mapping.cs (ManifestYamlEmitter.g.cs)
        }

        // The container fields Mapping.cs leaves to hand-written code (Hand), called by the generated WriteContainer.
        private static void WriteContainerPorts(YamlWriter y, int f, ContainerSpec c)
        {
            if (c.Ports.Count == 0) return;
            y.Key(f, "ports");
            foreach (var p in c.Ports)
            {
                y.ItemField(f, "containerPort", p.ContainerPort);
                if (p.Name is not null) y.Field(f + 2, "name", p.Name);
                if (p.Protocol is not null) y.Field(f + 2, "protocol", p.Protocol);
                if (p.HostPort is int hp) y.Field(f + 2, "hostPort", hp);
            }
        }

        private static void WriteContainerEnv(YamlWriter y, int f, ContainerSpec c)
        {
            if (c.Env.Count == 0) return;
            y.Key(f, "env");
            foreach (var e in c.Env) EnvVar(y, f, e);
        }

        private static void WriteContainerResources(YamlWriter y, int f, ContainerSpec c)
        {
            if (c.Resources is not { } r) return;
            if (r.Limits.Count == 0 && r.Requests.Count == 0) y.Raw(f, "resources", "{}");
            else
            {
                y.Key(f, "resources");
                Map(y, f + 2, "limits", r.Limits);
                Map(y, f + 2, "requests", r.Requests);
            }
        }

        private static void WriteContainerLivenessProbe(YamlWriter y, int f, ContainerSpec c) => Probe(y, f, "livenessProbe", c.LivenessProbe);

        private static void WriteContainerReadinessProbe(YamlWriter y, int f, ContainerSpec c) => Probe(y, f, "readinessProbe", c.ReadinessProbe);

        private static void WriteContainerStartupProbe(YamlWriter y, int f, ContainerSpec c) => Probe(y, f, "startupProbe", c.StartupProbe);

        private static void EnvVar(YamlWriter y, int i, EnvVarSpec e)
        {
            y.ItemField(i, "name", e.Name);
            int f = i + 2;
            if (e.Value is not null) y.Field(f, "value", e.Value);
            if (e.ValueFrom is not { } from) return;
            y.Key(f, "valueFrom");
            switch (from.Kind)
            {
                case EnvSourceKind.SecretKeyRef:
                    y.Key(f + 2, "secretKeyRef");
                    if (from.Name is not null) y.Field(f + 4, "name", from.Name);
                    if (from.Key is not null) y.Field(f + 4, "key", from.Key);
                    break;
                case EnvSourceKind.ConfigMapKeyRef:
                    y.Key(f + 2, "configMapKeyRef");
                    if (from.Name is not null) y.Field(f + 4, "name", from.Name);
                    if (from.Key is not null) y.Field(f + 4, "key", from.Key);
                    break;
                case EnvSourceKind.FieldRef:
                    y.Key(f + 2, "fieldRef");
                    if (from.FieldPath is not null) y.Field(f + 4, "fieldPath", from.FieldPath);
                    break;
            }
        }

        private static void Probe(YamlWriter y, int i, string key, ProbeSpec? p)
        {
            if (p is null) return;
            if (p.HandlerCount == 0 && p.InitialDelaySeconds is null && p.TimeoutSeconds is null && p.PeriodSeconds is null
                && p.SuccessThreshold is null && p.FailureThreshold is null && p.TerminationGracePeriodSeconds is null)
            {
                y.Raw(i, key, "{}");
                return;
            }
            y.Key(i, key);
            int f = i + 2;
            if (p.Exec is { } exec)
            {
                if (exec.Command.Count == 0) y.Raw(f, "exec", "{}");
                else
                {
                    y.Key(f, "exec");
                    Strings(y, f + 2, "command", exec.Command);
                }
            }
            if (p.HttpGet is { } http)
            {
                y.Key(f, "httpGet");
                if (http.Path is not null) y.Field(f + 2, "path", http.Path);
                Port(y, f + 2, http.Port);
                if (http.Host is not null) y.Field(f + 2, "host", http.Host);
                if (http.Scheme is not null) y.Field(f + 2, "scheme", http.Scheme);
                if (http.Headers.Count > 0)
                {
                    y.Key(f + 2, "httpHeaders");
                    foreach (var h in http.Headers)
                    {
                        y.ItemField(f + 2, "name", h.Name);
                        y.Field(f + 4, "value", h.Value);
                    }
                }
            }
            if (p.TcpSocket is { } tcp)
            {
                if (tcp.Port is null && tcp.Host is null) y.Raw(f, "tcpSocket", "{}");
                else
                {
                    y.Key(f, "tcpSocket");
                    Port(y, f + 2, tcp.Port);
                    if (tcp.Host is not null) y.Field(f + 2, "host", tcp.Host);
                }
            }
            if (p.Grpc is { } grpc)
            {
                if (grpc.Port is null && grpc.Service is null) y.Raw(f, "grpc", "{}");
                else
                {
                    y.Key(f, "grpc");
                    if (grpc.Port is int gp) y.Field(f + 2, "port", gp);
                    if (grpc.Service is not null) y.Field(f + 2, "service", grpc.Service);
                }
            }
            if (p.InitialDelaySeconds is int d) y.Field(f, "initialDelaySeconds", d);
            if (p.TimeoutSeconds is int t) y.Field(f, "timeoutSeconds", t);
            if (p.PeriodSeconds is int per) y.Field(f, "periodSeconds", per);
            if (p.SuccessThreshold is int s) y.Field(f, "successThreshold", s);
            if (p.FailureThreshold is int fail) y.Field(f, "failureThreshold", fail);
            if (p.TerminationGracePeriodSeconds is long g) y.Field(f, "terminationGracePeriodSeconds", g);
        }

        private static void Port(YamlWriter y, int i, PortRef? port)
        {
            if (port is null) return;
            if (port.Name is not null) y.Field(i, "port", port.Name);
            else if (port.Number is int n) y.Field(i, "port", n);
        }

        private static void Strings(YamlWriter y, int i, string key, EquatableArray<string> values)
        {
            if (values.IsDefault) return;
            if (values.Count == 0)
            {
                y.Raw(i, key, "[]");
                return;
            }
            y.Key(i, key);
            foreach (var v in values) y.Item(i, v);
        }

        private static void Map(YamlWriter y, int i, string key, EquatableArray<KeyValue> entries)
        {
            if (entries.Count == 0) return;
            y.Key(i, key);
            foreach (var kv in entries) y.Field(i + 2, kv.Key, kv.Value);
        }
    }
}

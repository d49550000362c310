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
            y.Field("apiVersion", w.Kind.ApiVersion());
            y.Field("kind", w.Kind.KindName());
            y.BeginMapping("metadata");
            WriteMetadataFields(y, w); // generated from Mapping.cs
            y.End();
            y.BeginMapping("spec");
            switch (w.Kind)
            {
                case WorkloadKind.Pod:
                    PodSpecBody(y, w.Pod);
                    break;
                case WorkloadKind.Deployment:
                    DeploymentBody(y, w);
                    break;
                case WorkloadKind.Job:
                    JobBody(y, w.Job, w);
                    break;
                case WorkloadKind.CronJob:
                    CronJobBody(y, w);
                    break;
                case WorkloadKind.StatefulSet:
                    if (w.StatefulSet is { } ss) WriteStatefulSetFields(y, ss); // generated from Mapping.cs
                    SelectorAndTemplate(y, w);
                    break;
                case WorkloadKind.DaemonSet:
                    if (w.DaemonSet is { } ds) WriteDaemonSetFields(y, ds); // generated from Mapping.cs
                    SelectorAndTemplate(y, w);
                    break;
            }
            y.End();
            y.FinishSettings();
            return y.ToString();
        }

        private static void DeploymentBody(YamlWriter y, WorkloadSpec w)
        {
            if (w.Deployment is { } d) WriteDeploymentFields(y, d); // generated from Mapping.cs
            SelectorAndTemplate(y, w);
        }

        private static void JobBody(YamlWriter y, JobSpec? j, WorkloadSpec w)
        {
            if (j is not null) WriteJobFields(y, j);
            SelectorAndTemplate(y, w);
        }

        private static void CronJobBody(YamlWriter y, WorkloadSpec w)
        {
            WriteCronJobFields(y, w.CronJob!);
            y.BeginMapping("jobTemplate");
            y.BeginMapping("spec");
            JobBody(y, w.Job, w);
            y.End();
            y.End();
        }

        /// <summary>The template labels written when none is given (kept for callers; see <see cref="PodTemplates.EffectivePodLabels"/>).</summary>
        public static EquatableArray<KeyValue> PodTemplateLabels(WorkloadSpec w) => PodTemplates.EffectivePodLabels(w);

        /// <summary>A controller's selector (when it has one) and pod template: keyed on what the kind has, not on its name.</summary>
        private static void SelectorAndTemplate(YamlWriter y, WorkloadSpec w)
        {
            var selector = PodTemplates.EffectiveSelectorLabels(w);
            if (!selector.IsDefault)
            {
                // An empty matchLabels is an empty object, unless [Set] fills it (matchExpressions): then only the key.
                if (selector.Count > 0 || HasSettingUnder(w, w.Kind.SelectorPath() + "."))
                {
                    y.BeginMapping("selector");
                    Map(y, "matchLabels", selector);
                    y.End();
                }
                else y.EmptyMapping("selector");
            }
            Template(y, PodTemplates.EffectivePodLabels(w), w.PodAnnotations, w.Pod);
        }

        private static bool HasSettingUnder(WorkloadSpec w, string prefix)
        {
            foreach (var setting in w.Settings)
            {
                if (setting.Path.StartsWith(prefix, System.StringComparison.Ordinal)) return true;
            }
            return false;
        }

        private static void Template(YamlWriter y, EquatableArray<KeyValue> labels, EquatableArray<KeyValue> annotations, PodSpec pod)
        {
            y.BeginMapping("template");
            if (labels.Count > 0 || annotations.Count > 0)
            {
                y.BeginMapping("metadata");
                Map(y, "labels", labels);
                Map(y, "annotations", annotations);
                y.End();
            }
            y.BeginMapping("spec");
            PodSpecBody(y, pod);
            y.End();
            y.End();
        }

        // The metadata fields Mapping.cs leaves to hand-written code (Hand), called by the generated WriteMetadataFields.
        private static void WriteMetadataName(YamlWriter y, WorkloadSpec w)
        {
            // With only a generateName, the server makes the name: an empty one is left out, not written as "".
            if (w.Name.Length > 0 || string.IsNullOrEmpty(w.GenerateName)) y.Field("name", w.Name);
        }

        private static void WriteMetadataNamespace(YamlWriter y, WorkloadSpec w)
        {
            if (w.Namespace is not null) y.Field("namespace", w.Namespace);
        }

        private static void WriteMetadataLabels(YamlWriter y, WorkloadSpec w) => Map(y, "labels", w.Labels);

        private static void WriteMetadataAnnotations(YamlWriter y, WorkloadSpec w) => Map(y, "annotations", w.Annotations);

        private static void PodSpecBody(YamlWriter y, PodSpec pod) => WritePodFields(y, pod); // generated from Mapping.cs

        // The pod-spec fields Mapping.cs leaves to hand-written code (Hand), called by the generated WritePodFields.
        private static void WritePodNodeSelector(YamlWriter y, PodSpec pod) => Map(y, "nodeSelector", pod.NodeSelector);

        private static void WritePodInitContainers(YamlWriter y, PodSpec pod) => Containers(y, "initContainers", pod.InitContainers);

        private static void WritePodContainers(YamlWriter y, PodSpec pod) => Containers(y, "containers", pod.Containers);

        private static void Containers(YamlWriter y, string key, EquatableArray<ContainerSpec> containers)
        {
            if (containers.Count == 0) return;
            y.BeginSequence(key);
            foreach (var c in containers) WriteContainer(y, c); // generated from Mapping.cs (ManifestYamlEmitter.g.cs)
            y.End();
        }

        // The container fields Mapping.cs leaves to hand-written code (Hand), called by the generated WriteContainer.
        private static void WriteContainerPorts(YamlWriter y, ContainerSpec c)
        {
            if (c.Ports.Count == 0) return;
            y.BeginSequence("ports");
            foreach (var p in c.Ports)
            {
                y.BeginMappingItem();
                y.Field("containerPort", p.ContainerPort);
                if (p.Name is not null) y.Field("name", p.Name);
                if (p.Protocol is not null) y.Field("protocol", p.Protocol);
                if (p.HostPort is int hp) y.Field("hostPort", hp);
                y.End();
            }
            y.End();
        }

        private static void WriteContainerEnv(YamlWriter y, ContainerSpec c)
        {
            if (c.Env.Count == 0) return;
            y.BeginSequence("env");
            foreach (var e in c.Env) EnvVar(y, e);
            y.End();
        }

        private static void WriteContainerResources(YamlWriter y, ContainerSpec c)
        {
            if (c.Resources is not { } r) return;
            if (r.Limits.Count == 0 && r.Requests.Count == 0) y.EmptyMapping("resources");
            else
            {
                y.BeginMapping("resources");
                Map(y, "limits", r.Limits);
                Map(y, "requests", r.Requests);
                y.End();
            }
        }

        private static void WriteContainerLivenessProbe(YamlWriter y, ContainerSpec c) => Probe(y, "livenessProbe", c.LivenessProbe);

        private static void WriteContainerReadinessProbe(YamlWriter y, ContainerSpec c) => Probe(y, "readinessProbe", c.ReadinessProbe);

        private static void WriteContainerStartupProbe(YamlWriter y, ContainerSpec c) => Probe(y, "startupProbe", c.StartupProbe);

        private static void EnvVar(YamlWriter y, EnvVarSpec e)
        {
            y.BeginMappingItem();
            y.Field("name", e.Name);
            if (e.Value is not null) y.Field("value", e.Value);
            if (e.ValueFrom is { } from)
            {
                y.BeginMapping("valueFrom");
                switch (from.Kind)
                {
                    case EnvSourceKind.SecretKeyRef:
                        y.BeginMapping("secretKeyRef");
                        if (from.Name is not null) y.Field("name", from.Name);
                        if (from.Key is not null) y.Field("key", from.Key);
                        if (from.Optional is bool secretOptional) y.Field("optional", secretOptional);
                        y.End();
                        break;
                    case EnvSourceKind.ConfigMapKeyRef:
                        y.BeginMapping("configMapKeyRef");
                        if (from.Name is not null) y.Field("name", from.Name);
                        if (from.Key is not null) y.Field("key", from.Key);
                        if (from.Optional is bool configMapOptional) y.Field("optional", configMapOptional);
                        y.End();
                        break;
                    case EnvSourceKind.FieldRef:
                        y.BeginMapping("fieldRef");
                        if (from.FieldPath is not null) y.Field("fieldPath", from.FieldPath);
                        y.End();
                        break;
                }
                y.End();
            }
            y.End();
        }

        private static void Probe(YamlWriter y, string key, ProbeSpec? p)
        {
            if (p is null) return;
            if (p.HandlerCount == 0 && p.InitialDelaySeconds is null && p.TimeoutSeconds is null && p.PeriodSeconds is null
                && p.SuccessThreshold is null && p.FailureThreshold is null && p.TerminationGracePeriodSeconds is null)
            {
                y.EmptyMapping(key);
                return;
            }
            y.BeginMapping(key);
            WriteProbeFields(y, p); // generated from Mapping.cs: the handlers below, then the timings
            y.End();
        }

        // The probe handlers Mapping.cs leaves to hand-written code (Hand), called by the generated WriteProbeFields.
        private static void WriteProbeExec(YamlWriter y, ProbeSpec p)
        {
            if (p.Exec is not { } exec) return;
            if (exec.Command.Count == 0) y.EmptyMapping("exec");
            else
            {
                y.BeginMapping("exec");
                Strings(y, "command", exec.Command);
                y.End();
            }
        }

        private static void WriteProbeHttpGet(YamlWriter y, ProbeSpec p)
        {
            if (p.HttpGet is not { } http) return;
            y.BeginMapping("httpGet");
            if (http.Path is not null) y.Field("path", http.Path);
            Port(y, http.Port);
            if (http.Host is not null) y.Field("host", http.Host);
            if (http.Scheme is not null) y.Field("scheme", http.Scheme);
            if (http.Headers.Count > 0)
            {
                y.BeginSequence("httpHeaders");
                foreach (var h in http.Headers)
                {
                    y.BeginMappingItem();
                    y.Field("name", h.Name);
                    y.Field("value", h.Value);
                    y.End();
                }
                y.End();
            }
            y.End();
        }

        private static void WriteProbeTcpSocket(YamlWriter y, ProbeSpec p)
        {
            if (p.TcpSocket is not { } tcp) return;
            if (tcp.Port is null && tcp.Host is null) y.EmptyMapping("tcpSocket");
            else
            {
                y.BeginMapping("tcpSocket");
                Port(y, tcp.Port);
                if (tcp.Host is not null) y.Field("host", tcp.Host);
                y.End();
            }
        }

        private static void WriteProbeGrpc(YamlWriter y, ProbeSpec p)
        {
            if (p.Grpc is not { } grpc) return;
            if (grpc.Port is null && grpc.Service is null) y.EmptyMapping("grpc");
            else
            {
                y.BeginMapping("grpc");
                if (grpc.Port is int gp) y.Field("port", gp);
                if (grpc.Service is not null) y.Field("service", grpc.Service);
                y.End();
            }
        }

        private static void Port(YamlWriter y, PortRef? port)
        {
            if (port is null) return;
            if (port.Name is not null) y.Field("port", port.Name);
            else if (port.Number is int n) y.Field("port", n);
        }

        private static void Strings(YamlWriter y, string key, EquatableArray<string> values)
        {
            if (values.IsDefault) return;
            if (values.Count == 0)
            {
                y.EmptySequence(key);
                return;
            }
            y.BeginSequence(key);
            foreach (var v in values) y.Item(v);
            y.End();
        }

        private static void Map(YamlWriter y, string key, EquatableArray<KeyValue> entries)
        {
            if (entries.Count == 0) return;
            y.BeginMapping(key);
            foreach (var kv in entries) y.Field(kv.Key, kv.Value);
            y.End();
        }
    }
}

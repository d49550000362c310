using System.Globalization;
using System.Text;
using ProbeGen.Core.Emission;
using ProbeGen.Core.Model;

namespace ProbeGen.Generator.Emission
{
    /// <summary>
    /// Model → <c>CreateManifest()</c>: the KubernetesClient object built with object initializers (no YAML parsing at
    /// run time). Sets exactly the fields the YAML has, so <c>KubernetesYaml.Deserialize(ManifestYaml)</c> is equal.
    /// </summary>
    internal static class TypedFactoryEmitter
    {
        private const string M = "global::k8s.Models.";
        private const string ListOf = "new global::System.Collections.Generic.List<";
        private const string DictOf = "new global::System.Collections.Generic.Dictionary<string, ";

        public static string ReturnType(WorkloadKind kind) => M + "V1" + kind.KindName();

        public static void Emit(StringBuilder sb, WorkloadSpec w, string indent)
        {
            var e = new Writer(sb);
            sb.Append(indent).Append("public static ").Append(ReturnType(w.Kind)).Append(" CreateManifest() => new ").Append(ReturnType(w.Kind)).Append('\n');
            e.Open(indent);
            string i = indent + "    ";
            e.Prop(i, "ApiVersion", CSharpLiteral.Of(w.Kind.ApiVersion()));
            e.Prop(i, "Kind", CSharpLiteral.Of(w.Kind.KindName()));
            e.Start(i, "Metadata", M + "V1ObjectMeta");
            e.Prop(i + "    ", "Name", CSharpLiteral.Of(w.Name));
            if (w.Namespace is not null) e.Prop(i + "    ", "NamespaceProperty", CSharpLiteral.Of(w.Namespace));
            e.Map(i + "    ", "Labels", w.Labels);
            e.Map(i + "    ", "Annotations", w.Annotations);
            e.End(i);
            switch (w.Kind)
            {
                case WorkloadKind.Pod:
                    e.Start(i, "Spec", M + "V1PodSpec");
                    PodSpecBody(e, i + "    ", w.Pod);
                    e.End(i);
                    break;
                case WorkloadKind.Deployment:
                    e.Start(i, "Spec", M + "V1DeploymentSpec");
                    string d = i + "    ";
                    if (w.Deployment?.Replicas is int r) e.Prop(d, "Replicas", Int(r));
                    if (w.Deployment?.MinReadySeconds is int m) e.Prop(d, "MinReadySeconds", Int(m));
                    if (w.Deployment?.RevisionHistoryLimit is int h) e.Prop(d, "RevisionHistoryLimit", Int(h));
                    if (w.Deployment?.ProgressDeadlineSeconds is int p) e.Prop(d, "ProgressDeadlineSeconds", Int(p));
                    var labels = ManifestYamlEmitter.PodTemplateLabels(w);
                    e.Start(d, "Selector", M + "V1LabelSelector");
                    e.Map(d + "    ", "MatchLabels", labels);
                    e.End(d);
                    Template(e, d, labels, w.Pod);
                    e.End(i);
                    break;
                case WorkloadKind.Job:
                    e.Start(i, "Spec", M + "V1JobSpec");
                    JobBody(e, i + "    ", w);
                    e.End(i);
                    break;
                case WorkloadKind.CronJob:
                    var c = w.CronJob!;
                    e.Start(i, "Spec", M + "V1CronJobSpec");
                    string cs = i + "    ";
                    e.Prop(cs, "Schedule", CSharpLiteral.Of(c.Schedule));
                    if (c.TimeZone is not null) e.Prop(cs, "TimeZone", CSharpLiteral.Of(c.TimeZone));
                    if (c.ConcurrencyPolicy is not null) e.Prop(cs, "ConcurrencyPolicy", CSharpLiteral.Of(c.ConcurrencyPolicy));
                    if (c.StartingDeadlineSeconds is long sd) e.Prop(cs, "StartingDeadlineSeconds", Long(sd));
                    if (c.SuccessfulJobsHistoryLimit is int ok) e.Prop(cs, "SuccessfulJobsHistoryLimit", Int(ok));
                    if (c.FailedJobsHistoryLimit is int failed) e.Prop(cs, "FailedJobsHistoryLimit", Int(failed));
                    if (c.Suspend is bool suspend) e.Prop(cs, "Suspend", suspend ? "true" : "false");
                    e.Start(cs, "JobTemplate", M + "V1JobTemplateSpec");
                    e.Start(cs + "    ", "Spec", M + "V1JobSpec");
                    JobBody(e, cs + "        ", w);
                    e.End(cs + "    ");
                    e.End(cs);
                    e.End(i);
                    break;
            }
            sb.Append(indent).Append("};\n");
        }

        private static void JobBody(Writer e, string i, WorkloadSpec w)
        {
            var j = w.Job;
            if (j?.BackoffLimit is int b) e.Prop(i, "BackoffLimit", Int(b));
            if (j?.Completions is int c) e.Prop(i, "Completions", Int(c));
            if (j?.Parallelism is int p) e.Prop(i, "Parallelism", Int(p));
            if (j?.ActiveDeadlineSeconds is long a) e.Prop(i, "ActiveDeadlineSeconds", Long(a));
            if (j?.TtlSecondsAfterFinished is int t) e.Prop(i, "TtlSecondsAfterFinished", Int(t));
            Template(e, i, w.Labels, w.Pod);
        }

        private static void Template(Writer e, string i, EquatableArray<KeyValue> labels, PodSpec pod)
        {
            e.Start(i, "Template", M + "V1PodTemplateSpec");
            string t = i + "    ";
            if (labels.Count > 0)
            {
                e.Start(t, "Metadata", M + "V1ObjectMeta");
                e.Map(t + "    ", "Labels", labels);
                e.End(t);
            }
            e.Start(t, "Spec", M + "V1PodSpec");
            PodSpecBody(e, t + "    ", pod);
            e.End(t);
            e.End(i);
        }

        private static void PodSpecBody(Writer e, string i, PodSpec pod)
        {
            if (pod.RestartPolicy is not null) e.Prop(i, "RestartPolicy", CSharpLiteral.Of(pod.RestartPolicy));
            if (pod.TerminationGracePeriodSeconds is long t) e.Prop(i, "TerminationGracePeriodSeconds", Long(t));
            if (pod.ServiceAccountName is not null) e.Prop(i, "ServiceAccountName", CSharpLiteral.Of(pod.ServiceAccountName));
            e.Map(i, "NodeSelector", pod.NodeSelector);
            Containers(e, i, "InitContainers", pod.InitContainers);
            Containers(e, i, "Containers", pod.Containers);
        }

        private static void Containers(Writer e, string i, string property, EquatableArray<ContainerSpec> containers)
        {
            if (containers.Count == 0) return;
            e.StartList(i, property, M + "V1Container");
            string ci = i + "    ";
            foreach (var c in containers)
            {
                e.StartItem(ci, M + "V1Container");
                string f = ci + "    ";
                e.Prop(f, "Name", CSharpLiteral.Of(c.Name));
                e.Prop(f, "Image", CSharpLiteral.Of(c.Image));
                e.Strings(f, "Command", c.Command);
                e.Strings(f, "Args", c.Args);
                if (c.WorkingDir is not null) e.Prop(f, "WorkingDir", CSharpLiteral.Of(c.WorkingDir));
                if (c.Ports.Count > 0)
                {
                    e.StartList(f, "Ports", M + "V1ContainerPort");
                    foreach (var p in c.Ports)
                    {
                        var sb = new StringBuilder("new " + M + "V1ContainerPort { ContainerPort = " + Int(p.ContainerPort));
                        if (p.Name is not null) sb.Append(", Name = ").Append(CSharpLiteral.Of(p.Name));
                        if (p.Protocol is not null) sb.Append(", Protocol = ").Append(CSharpLiteral.Of(p.Protocol));
                        if (p.HostPort is int hp) sb.Append(", HostPort = ").Append(Int(hp));
                        e.Line(f + "    ", sb.Append(" },").ToString());
                    }
                    e.End(f);
                }
                if (c.Env.Count > 0)
                {
                    e.StartList(f, "Env", M + "V1EnvVar");
                    foreach (var v in c.Env) e.Line(f + "    ", EnvVar(v) + ",");
                    e.End(f);
                }
                if (c.Resources is { } r)
                {
                    e.Start(f, "Resources", M + "V1ResourceRequirements");
                    Quantities(e, f + "    ", "Limits", r.Limits);
                    Quantities(e, f + "    ", "Requests", r.Requests);
                    e.End(f);
                }
                Probe(e, f, "LivenessProbe", c.LivenessProbe);
                Probe(e, f, "ReadinessProbe", c.ReadinessProbe);
                Probe(e, f, "StartupProbe", c.StartupProbe);
                if (c.ImagePullPolicy is not null) e.Prop(f, "ImagePullPolicy", CSharpLiteral.Of(c.ImagePullPolicy));
                if (c.RestartPolicy is not null) e.Prop(f, "RestartPolicy", CSharpLiteral.Of(c.RestartPolicy));
                e.EndItem(ci);
            }
            e.End(i);
        }

        private static string EnvVar(EnvVarSpec v)
        {
            var sb = new StringBuilder("new " + M + "V1EnvVar { Name = " + CSharpLiteral.Of(v.Name));
            if (v.Value is not null) sb.Append(", Value = ").Append(CSharpLiteral.Of(v.Value));
            if (v.ValueFrom is { } from)
            {
                sb.Append(", ValueFrom = new " + M + "V1EnvVarSource { ");
                switch (from.Kind)
                {
                    case EnvSourceKind.SecretKeyRef:
                        sb.Append("SecretKeyRef = new " + M + "V1SecretKeySelector { Name = ").Append(CSharpLiteral.Of(from.Name)).Append(", Key = ").Append(CSharpLiteral.Of(from.Key)).Append(" }");
                        break;
                    case EnvSourceKind.ConfigMapKeyRef:
                        sb.Append("ConfigMapKeyRef = new " + M + "V1ConfigMapKeySelector { Name = ").Append(CSharpLiteral.Of(from.Name)).Append(", Key = ").Append(CSharpLiteral.Of(from.Key)).Append(" }");
                        break;
                    case EnvSourceKind.FieldRef:
                        sb.Append("FieldRef = new " + M + "V1ObjectFieldSelector { FieldPath = ").Append(CSharpLiteral.Of(from.FieldPath)).Append(" }");
                        break;
                }
                sb.Append(" }");
            }
            return sb.Append(" }").ToString();
        }

        private static void Quantities(Writer e, string i, string property, EquatableArray<KeyValue> values)
        {
            if (values.Count == 0) return;
            e.Raw(i, property + " = " + DictOf + M + "ResourceQuantity>");
            e.Line(i, "{");
            foreach (var kv in values)
            {
                e.Line(i + "    ", "[" + CSharpLiteral.Of(kv.Key) + "] = new " + M + "ResourceQuantity(" + CSharpLiteral.Of(kv.Value) + "),");
            }
            e.Line(i, "},");
        }

        private static void Probe(Writer e, string i, string property, ProbeSpec? p)
        {
            if (p is null) return;
            e.Start(i, property, M + "V1Probe");
            string f = i + "    ";
            if (p.Exec is { } exec)
            {
                e.Start(f, "Exec", M + "V1ExecAction");
                e.Strings(f + "    ", "Command", exec.Command.Count == 0 ? default : exec.Command);
                e.End(f);
            }
            if (p.HttpGet is { } http)
            {
                e.Start(f, "HttpGet", M + "V1HTTPGetAction");
                string h = f + "    ";
                if (http.Path is not null) e.Prop(h, "Path", CSharpLiteral.Of(http.Path));
                if (http.Port is { } port) e.Prop(h, "Port", Port(port));
                if (http.Host is not null) e.Prop(h, "Host", CSharpLiteral.Of(http.Host));
                if (http.Scheme is not null) e.Prop(h, "Scheme", CSharpLiteral.Of(http.Scheme));
                if (http.Headers.Count > 0)
                {
                    e.StartList(h, "HttpHeaders", M + "V1HTTPHeader");
                    foreach (var header in http.Headers)
                    {
                        e.Line(h + "    ", "new " + M + "V1HTTPHeader { Name = " + CSharpLiteral.Of(header.Name) + ", Value = " + CSharpLiteral.Of(header.Value) + " },");
                    }
                    e.End(h);
                }
                e.End(f);
            }
            if (p.TcpSocket is { } tcp)
            {
                e.Start(f, "TcpSocket", M + "V1TCPSocketAction");
                if (tcp.Port is { } port) e.Prop(f + "    ", "Port", Port(port));
                if (tcp.Host is not null) e.Prop(f + "    ", "Host", CSharpLiteral.Of(tcp.Host));
                e.End(f);
            }
            if (p.Grpc is { } grpc)
            {
                e.Start(f, "Grpc", M + "V1GRPCAction");
                if (grpc.Port is int gp) e.Prop(f + "    ", "Port", Int(gp));
                if (grpc.Service is not null) e.Prop(f + "    ", "Service", CSharpLiteral.Of(grpc.Service));
                e.End(f);
            }
            if (p.InitialDelaySeconds is int d) e.Prop(f, "InitialDelaySeconds", Int(d));
            if (p.TimeoutSeconds is int t) e.Prop(f, "TimeoutSeconds", Int(t));
            if (p.PeriodSeconds is int per) e.Prop(f, "PeriodSeconds", Int(per));
            if (p.SuccessThreshold is int s) e.Prop(f, "SuccessThreshold", Int(s));
            if (p.FailureThreshold is int fail) e.Prop(f, "FailureThreshold", Int(fail));
            if (p.TerminationGracePeriodSeconds is long g) e.Prop(f, "TerminationGracePeriodSeconds", Long(g));
            e.End(i);
        }

        private static string Port(PortRef port) =>
            port.Name is not null ? "(" + M + "IntOrString)" + CSharpLiteral.Of(port.Name) : "(" + M + "IntOrString)" + Int(port.Number ?? 0);

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Long(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";

        /// <summary>Indented object-initializer text.</summary>
        private readonly struct Writer
        {
            private readonly StringBuilder _sb;

            public Writer(StringBuilder sb) => _sb = sb;

            public void Line(string indent, string text) => _sb.Append(indent).Append(text).Append('\n');

            public void Raw(string indent, string text) => Line(indent, text);

            public void Open(string indent) => Line(indent, "{");

            public void Prop(string indent, string name, string value) => Line(indent, name + " = " + value + ",");

            public void Start(string indent, string name, string type)
            {
                Line(indent, name + " = new " + type);
                Line(indent, "{");
            }

            public void End(string indent) => Line(indent, "},");

            public void StartList(string indent, string name, string type)
            {
                Line(indent, name + " = " + ListOf + type + ">");
                Line(indent, "{");
            }

            public void StartItem(string indent, string type)
            {
                Line(indent, "new " + type);
                Line(indent, "{");
            }

            public void EndItem(string indent) => Line(indent, "},");

            public void Strings(string indent, string name, EquatableArray<string> values)
            {
                if (values.IsDefault) return;
                var sb = new StringBuilder(name).Append(" = ").Append(ListOf).Append("string> {");
                for (int k = 0; k < values.Count; k++)
                {
                    sb.Append(k == 0 ? " " : ", ");
                    CSharpLiteral.Append(sb, values[k]);
                }
                sb.Append(values.Count == 0 ? "}," : " },");
                Line(indent, sb.ToString());
            }

            public void Map(string indent, string name, EquatableArray<KeyValue> entries)
            {
                if (entries.Count == 0) return;
                Line(indent, name + " = " + DictOf + "string>");
                Line(indent, "{");
                foreach (var kv in entries) Line(indent + "    ", "[" + CSharpLiteral.Of(kv.Key) + "] = " + CSharpLiteral.Of(kv.Value) + ",");
                Line(indent, "},");
            }
        }
    }
}

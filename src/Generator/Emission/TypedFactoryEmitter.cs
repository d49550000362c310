using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ProbeGen.Core.Emission;
using ProbeGen.Core.Model;

namespace ProbeGen.Generator.Emission
{
    /// <summary>
    /// Model → <c>CreateManifest()</c>: one expression of positional calls to the shared <see cref="FactoryHelpers"/>
    /// (no YAML parsing at run time). Arrays are typed explicitly and absent fields are <c>null</c>, so the compiler
    /// binds a handful of single-candidate calls per workload instead of a tree of initializers.
    /// </summary>
    internal static class TypedFactoryEmitter
    {
        /// <summary>Aliases the workload file declares (before its namespace).</summary>
        public const string Usings = "using PGF = global::ProbeGen.Generated.ManifestFactory;\nusing PGK = global::k8s.Models;\n";

        public static string ReturnType(WorkloadKind kind) => "global::k8s.Models.V1" + kind.KindName();

        public static void Emit(StringBuilder sb, WorkloadSpec w, string indent)
        {
            sb.Append(indent).Append("public static ").Append(ReturnType(w.Kind)).Append(" CreateManifest() =>\n").Append(indent).Append("    ");
            string meta = S(w.Name) + ", " + S(w.Namespace) + ", " + Pairs(w.Labels) + ", " + Pairs(w.Annotations);
            switch (w.Kind)
            {
                case WorkloadKind.Pod:
                    sb.Append("PGF.Pod(").Append(meta).Append(", ");
                    PodSpec(sb, w.Pod);
                    sb.Append(')');
                    break;
                case WorkloadKind.Deployment:
                    var d = w.Deployment;
                    sb.Append("PGF.Deployment(").Append(meta).Append(", ").Append(N(d?.Replicas)).Append(", ").Append(N(d?.MinReadySeconds)).Append(", ")
                        .Append(N(d?.RevisionHistoryLimit)).Append(", ").Append(N(d?.ProgressDeadlineSeconds)).Append(", ")
                        .Append(Pairs(ManifestYamlEmitter.PodTemplateLabels(w))).Append(", ");
                    PodSpec(sb, w.Pod);
                    sb.Append(')');
                    break;
                case WorkloadKind.Job:
                    sb.Append("PGF.Job(").Append(meta).Append(", ");
                    JobSpec(sb, w);
                    sb.Append(')');
                    break;
                case WorkloadKind.CronJob:
                    var c = w.CronJob!;
                    sb.Append("PGF.CronJob(").Append(meta).Append(", ").Append(S(c.Schedule)).Append(", ").Append(S(c.TimeZone)).Append(", ").Append(S(c.ConcurrencyPolicy)).Append(", ")
                        .Append(N(c.StartingDeadlineSeconds)).Append(", ").Append(N(c.SuccessfulJobsHistoryLimit)).Append(", ").Append(N(c.FailedJobsHistoryLimit)).Append(", ")
                        .Append(c.Suspend is bool s ? (s ? "true" : "false") : "null").Append(", ");
                    JobSpec(sb, w);
                    sb.Append(')');
                    break;
            }
            sb.Append(";\n");
        }

        private static void JobSpec(StringBuilder sb, WorkloadSpec w)
        {
            var j = w.Job;
            sb.Append("PGF.JobSpec(").Append(N(j?.BackoffLimit)).Append(", ").Append(N(j?.Completions)).Append(", ").Append(N(j?.Parallelism)).Append(", ")
                .Append(N(j?.ActiveDeadlineSeconds)).Append(", ").Append(N(j?.TtlSecondsAfterFinished)).Append(", ").Append(Pairs(w.Labels)).Append(", ");
            PodSpec(sb, w.Pod);
            sb.Append(')');
        }

        private static void PodSpec(StringBuilder sb, PodSpec pod)
        {
            sb.Append("PGF.PodSpec(").Append(S(pod.RestartPolicy)).Append(", ").Append(N(pod.TerminationGracePeriodSeconds)).Append(", ")
                .Append(S(pod.ServiceAccountName)).Append(", ").Append(Pairs(pod.NodeSelector)).Append(", ");
            Containers(sb, pod.InitContainers);
            sb.Append(", ");
            Containers(sb, pod.Containers);
            sb.Append(')');
        }

        private static void Containers(StringBuilder sb, EquatableArray<ContainerSpec> containers)
        {
            if (containers.Count == 0)
            {
                sb.Append("null");
                return;
            }
            sb.Append("new PGK.V1Container[] { ");
            for (int i = 0; i < containers.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                Container(sb, containers[i]);
            }
            sb.Append(" }");
        }

        private static void Container(StringBuilder sb, ContainerSpec c)
        {
            sb.Append("PGF.Container(").Append(S(c.Name)).Append(", ").Append(S(c.Image)).Append(", ").Append(Strings(c.Command)).Append(", ").Append(Strings(c.Args)).Append(", ")
                .Append(S(c.WorkingDir)).Append(", ").Append(S(c.ImagePullPolicy)).Append(", ").Append(S(c.RestartPolicy)).Append(", ");
            if (c.Ports.Count == 0) sb.Append("null");
            else
            {
                sb.Append("new PGK.V1ContainerPort[] { ");
                for (int i = 0; i < c.Ports.Count; i++)
                {
                    var p = c.Ports[i];
                    if (i > 0) sb.Append(", ");
                    sb.Append("PGF.Port(").Append(I(p.ContainerPort)).Append(", ").Append(S(p.Name)).Append(", ").Append(S(p.Protocol)).Append(", ").Append(N(p.HostPort)).Append(')');
                }
                sb.Append(" }");
            }
            sb.Append(", ");
            if (c.Env.Count == 0) sb.Append("null");
            else
            {
                sb.Append("new PGK.V1EnvVar[] { ");
                for (int i = 0; i < c.Env.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    EnvVar(sb, c.Env[i]);
                }
                sb.Append(" }");
            }
            sb.Append(", ");
            if (c.Resources is { } r) sb.Append("PGF.Resources(").Append(Pairs(r.Requests)).Append(", ").Append(Pairs(r.Limits)).Append(')');
            else sb.Append("null");
            sb.Append(", ");
            Probe(sb, c.LivenessProbe);
            sb.Append(", ");
            Probe(sb, c.ReadinessProbe);
            sb.Append(", ");
            Probe(sb, c.StartupProbe);
            sb.Append(')');
        }

        private static void EnvVar(StringBuilder sb, EnvVarSpec e)
        {
            if (e.ValueFrom is not { } from)
            {
                sb.Append("PGF.Env(").Append(S(e.Name)).Append(", ").Append(S(e.Value)).Append(')');
                return;
            }
            switch (from.Kind)
            {
                case EnvSourceKind.SecretKeyRef:
                    sb.Append("PGF.EnvFromSecret(").Append(S(e.Name)).Append(", ").Append(S(from.Name)).Append(", ").Append(S(from.Key)).Append(')');
                    break;
                case EnvSourceKind.ConfigMapKeyRef:
                    sb.Append("PGF.EnvFromConfigMap(").Append(S(e.Name)).Append(", ").Append(S(from.Name)).Append(", ").Append(S(from.Key)).Append(')');
                    break;
                default:
                    sb.Append("PGF.EnvFromField(").Append(S(e.Name)).Append(", ").Append(S(from.FieldPath)).Append(')');
                    break;
            }
        }

        private static void Probe(StringBuilder sb, ProbeSpec? p)
        {
            if (p is null)
            {
                sb.Append("null");
                return;
            }
            sb.Append("PGF.Probe(");
            if (p.Exec is { } exec) sb.Append("PGF.Exec(").Append(exec.Command.Count == 0 ? "null" : Strings(exec.Command)).Append(')');
            else sb.Append("null");
            sb.Append(", ");
            if (p.HttpGet is { } http)
            {
                sb.Append("PGF.HttpGet(").Append(S(http.Path)).Append(", ").Append(N(http.Port?.Name is null ? http.Port?.Number : null)).Append(", ").Append(S(http.Port?.Name)).Append(", ")
                    .Append(S(http.Host)).Append(", ").Append(S(http.Scheme)).Append(", ");
                if (http.Headers.Count == 0) sb.Append("null");
                else
                {
                    var pairs = new List<KeyValue>();
                    foreach (var h in http.Headers) pairs.Add(new KeyValue(h.Name, h.Value));
                    sb.Append(Pairs(new EquatableArray<KeyValue>(pairs.ToArray())));
                }
                sb.Append(')');
            }
            else sb.Append("null");
            sb.Append(", ");
            if (p.TcpSocket is { } tcp) sb.Append("PGF.TcpSocket(").Append(N(tcp.Port?.Name is null ? tcp.Port?.Number : null)).Append(", ").Append(S(tcp.Port?.Name)).Append(", ").Append(S(tcp.Host)).Append(')');
            else sb.Append("null");
            sb.Append(", ");
            if (p.Grpc is { } grpc) sb.Append("PGF.Grpc(").Append(N(grpc.Port)).Append(", ").Append(S(grpc.Service)).Append(')');
            else sb.Append("null");
            sb.Append(", ").Append(N(p.InitialDelaySeconds)).Append(", ").Append(N(p.TimeoutSeconds)).Append(", ").Append(N(p.PeriodSeconds)).Append(", ")
                .Append(N(p.SuccessThreshold)).Append(", ").Append(N(p.FailureThreshold)).Append(", ").Append(N(p.TerminationGracePeriodSeconds)).Append(')');
        }

        private static string S(string? value) => CSharpLiteral.Of(value);

        private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string N(int? value) => value is int v ? v.ToString(CultureInfo.InvariantCulture) : "null";

        private static string N(long? value) => value is long v ? v.ToString(CultureInfo.InvariantCulture) + "L" : "null";

        /// <summary><c>new string[] { "a", "b" }</c>, or null when the field was not written.</summary>
        private static string Strings(EquatableArray<string> values)
        {
            if (values.IsDefault) return "null";
            var sb = new StringBuilder("new string[] {");
            for (int i = 0; i < values.Count; i++)
            {
                sb.Append(i == 0 ? " " : ", ");
                CSharpLiteral.Append(sb, values[i]);
            }
            return sb.Append(values.Count == 0 ? "}" : " }").ToString();
        }

        /// <summary>A map as <c>new string[] { key, value, … }</c>, or null when empty (not written).</summary>
        private static string Pairs(EquatableArray<KeyValue> entries)
        {
            if (entries.Count == 0) return "null";
            var sb = new StringBuilder("new string[] { ");
            for (int i = 0; i < entries.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                CSharpLiteral.Append(sb, entries[i].Key);
                sb.Append(", ");
                CSharpLiteral.Append(sb, entries[i].Value);
            }
            return sb.Append(" }").ToString();
        }
    }
}

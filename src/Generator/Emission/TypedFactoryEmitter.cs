using System.Globalization;
using System.Text;
using ProbeGen.Core.Emission;
using ProbeGen.Core.Model;

namespace ProbeGen.Generator.Emission
{
    /// <summary>
    /// Model → <c>CreateManifest()</c>: one call to the shared <see cref="FactoryHelpers"/> with the workload's values
    /// as one string literal (no YAML parsing at run time). The encoding is private to one assembly's generated code
    /// and written here in exactly the order <c>ManifestFactory.Reader</c> reads it: <c>~</c> null, <c>+</c> a present
    /// object, a string as its length, <c>:</c> and its characters, a number followed by <c>;</c>, <c>T</c>/<c>F</c>,
    /// a list as its count followed by its items.
    /// </summary>
    internal static class TypedFactoryEmitter
    {
        public static string ReturnType(WorkloadKind kind) => "global::k8s.Models.V1" + kind.KindName();

        /// <summary>
        /// The helper is named in full (<c>global::</c>), never through an alias or a short name a user's type or member
        /// could shadow. With <paramref name="utf8"/>, the data is a <c>"…"u8</c> literal: it goes to the assembly's
        /// data section, not the user-string heap (16 MB for all the assembly's <c>ldstr</c> strings).
        /// </summary>
        public static void Emit(StringBuilder sb, WorkloadSpec w, string indent, bool utf8)
        {
            sb.Append(indent).Append("public static ").Append(ReturnType(w.Kind)).Append(" CreateManifest() => ").Append(FactoryHelpers.ClassName).Append('.').Append(w.Kind.KindName()).Append('(');
            CSharpLiteral.Append(sb, Encode(w));
            if (utf8) sb.Append("u8");
            sb.Append(");\n");
        }

        /// <summary>The workload's values, as <c>ManifestFactory.Reader</c> reads them.</summary>
        public static string Encode(WorkloadSpec w)
        {
            var e = new Writer();
            e.S(w.Name).S(w.Namespace).Pairs(w.Labels).Pairs(w.Annotations);
            switch (w.Kind)
            {
                case WorkloadKind.Pod:
                    PodSpec(e, w.Pod);
                    break;
                case WorkloadKind.Deployment:
                    var d = w.Deployment;
                    e.I(d?.Replicas).I(d?.MinReadySeconds).I(d?.RevisionHistoryLimit).I(d?.ProgressDeadlineSeconds).Pairs(ManifestYamlEmitter.PodTemplateLabels(w));
                    PodSpec(e, w.Pod);
                    break;
                case WorkloadKind.Job:
                    JobSpec(e, w);
                    break;
                case WorkloadKind.CronJob:
                    var c = w.CronJob!;
                    e.S(c.Schedule).S(c.TimeZone).S(c.ConcurrencyPolicy).L(c.StartingDeadlineSeconds).I(c.SuccessfulJobsHistoryLimit).I(c.FailedJobsHistoryLimit).B(c.Suspend);
                    JobSpec(e, w);
                    break;
            }
            return e.ToString();
        }

        private static void JobSpec(Writer e, WorkloadSpec w)
        {
            var j = w.Job;
            e.I(j?.BackoffLimit).I(j?.Completions).I(j?.Parallelism).L(j?.ActiveDeadlineSeconds).I(j?.TtlSecondsAfterFinished).Pairs(w.Labels);
            PodSpec(e, w.Pod);
        }

        private static void PodSpec(Writer e, PodSpec pod)
        {
            e.S(pod.RestartPolicy).L(pod.TerminationGracePeriodSeconds).S(pod.ServiceAccountName).Pairs(pod.NodeSelector);
            Containers(e, pod.InitContainers);
            Containers(e, pod.Containers);
        }

        private static void Containers(Writer e, EquatableArray<ContainerSpec> containers)
        {
            if (containers.Count == 0)
            {
                e.Null();
                return;
            }
            e.Count(containers.Count);
            foreach (var c in containers) Container(e, c);
        }

        private static void Container(Writer e, ContainerSpec c)
        {
            e.S(c.Name).S(c.Image).Strings(c.Command).Strings(c.Args).S(c.WorkingDir).S(c.ImagePullPolicy).S(c.RestartPolicy);
            if (c.Ports.Count == 0) e.Null();
            else
            {
                e.Count(c.Ports.Count);
                foreach (var p in c.Ports) e.I(p.ContainerPort).S(p.Name).S(p.Protocol).I(p.HostPort);
            }
            if (c.Env.Count == 0) e.Null();
            else
            {
                e.Count(c.Env.Count);
                foreach (var env in c.Env) EnvVar(e, env);
            }
            if (c.Resources is { } r) e.Present().Pairs(r.Requests).Pairs(r.Limits);
            else e.Null();
            Probe(e, c.LivenessProbe);
            Probe(e, c.ReadinessProbe);
            Probe(e, c.StartupProbe);
        }

        private static void EnvVar(Writer e, EnvVarSpec env)
        {
            if (env.ValueFrom is not { } from)
            {
                e.I(0).S(env.Name).S(env.Value);
                return;
            }
            switch (from.Kind)
            {
                case EnvSourceKind.SecretKeyRef:
                    e.I(1).S(env.Name).S(from.Name).S(from.Key);
                    break;
                case EnvSourceKind.ConfigMapKeyRef:
                    e.I(2).S(env.Name).S(from.Name).S(from.Key);
                    break;
                default:
                    e.I(3).S(env.Name).S(from.FieldPath);
                    break;
            }
        }

        private static void Probe(Writer e, ProbeSpec? p)
        {
            if (p is null)
            {
                e.Null();
                return;
            }
            e.Present();
            if (p.Exec is { } exec)
            {
                e.Present();
                if (exec.Command.Count == 0) e.Null();
                else e.Strings(exec.Command);
            }
            else e.Null();
            if (p.HttpGet is { } http)
            {
                e.Present().S(http.Path).I(http.Port?.Name is null ? http.Port?.Number : null).S(http.Port?.Name).S(http.Host).S(http.Scheme);
                if (http.Headers.Count == 0) e.Null();
                else
                {
                    e.Count(http.Headers.Count * 2);
                    foreach (var h in http.Headers) e.S(h.Name).S(h.Value);
                }
            }
            else e.Null();
            if (p.TcpSocket is { } tcp) e.Present().I(tcp.Port?.Name is null ? tcp.Port?.Number : null).S(tcp.Port?.Name).S(tcp.Host);
            else e.Null();
            if (p.Grpc is { } grpc) e.Present().I(grpc.Port).S(grpc.Service);
            else e.Null();
            e.I(p.InitialDelaySeconds).I(p.TimeoutSeconds).I(p.PeriodSeconds).I(p.SuccessThreshold).I(p.FailureThreshold).L(p.TerminationGracePeriodSeconds);
        }

        /// <summary>The encoding's writer; <c>ManifestFactory.Reader</c> in <see cref="FactoryHelpers"/> is its reader.</summary>
        private sealed class Writer
        {
            private readonly StringBuilder _sb = new StringBuilder(512);

            public Writer Null()
            {
                _sb.Append('~');
                return this;
            }

            public Writer Present()
            {
                _sb.Append('+');
                return this;
            }

            public Writer S(string? value)
            {
                if (value is null) return Null();
                _sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
                return this;
            }

            public Writer I(int? value) => value is int v ? Number(v) : Null();

            public Writer L(long? value) => value is long v ? Number(v) : Null();

            public Writer B(bool? value)
            {
                if (value is not bool b) return Null();
                _sb.Append(b ? 'T' : 'F');
                return this;
            }

            public Writer Count(int count) => Number(count);

            /// <summary>A string array; null (not written) stays null, empty stays empty.</summary>
            public Writer Strings(EquatableArray<string> values)
            {
                if (values.IsDefault) return Null();
                Count(values.Count);
                foreach (var v in values) S(v);
                return this;
            }

            /// <summary>A map as key, value, key, value …; null when empty (not written).</summary>
            public Writer Pairs(EquatableArray<KeyValue> entries)
            {
                if (entries.Count == 0) return Null();
                Count(entries.Count * 2);
                foreach (var kv in entries) S(kv.Key).S(kv.Value);
                return this;
            }

            private Writer Number(long value)
            {
                _sb.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');
                return this;
            }

            public override string ToString() => _sb.ToString();
        }
    }
}

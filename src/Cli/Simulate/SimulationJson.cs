using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ProbeGen.Core.Lifecycle;

namespace ProbeGen.Cli.Simulate
{
    /// <summary>
    /// <c>--format json</c>: one object, <c>{"workload", "events", "status", "final"}</c>, one event or status row per
    /// line; <c>t</c> is seconds since the (first) Pod was scheduled. Written by hand: ordinal, invariant, <c>\n</c>.
    /// </summary>
    internal static class SimulationJson
    {
        public static string Write(SimulationResult r, IReadOnlyList<PodSnapshot> rows)
        {
            var w = r.Workload;
            var sb = new StringBuilder();
            sb.Append("{\n  \"workload\": {");
            Prop(sb, "kind", w.Kind.ToString(), first: true);
            Prop(sb, "name", w.Name);
            Prop(sb, "namespace", w.Namespace ?? "default");
            Prop(sb, "restartPolicy", KubeletRules.EffectivePolicy(w.Pod.RestartPolicy));
            sb.Append(", \"containers\": [");
            bool firstName = true;
            foreach (var c in w.Pod.InitContainers) { if (!firstName) sb.Append(", "); firstName = false; Str(sb, c.Name); }
            foreach (var c in w.Pod.Containers) { if (!firstName) sb.Append(", "); firstName = false; Str(sb, c.Name); }
            sb.Append("], \"pods\": [");
            for (int i = 0; i < r.Pods.Count; i++) { if (i > 0) sb.Append(", "); Str(sb, r.Pods[i]); }
            sb.Append("]},\n  \"events\": [");
            for (int i = 0; i < r.Events.Count; i++)
            {
                var e = r.Events[i];
                sb.Append(i == 0 ? "\n    {" : ",\n    {");
                Num(sb, "t", e.T, first: true);
                Prop(sb, "type", e.Type.ToString());
                Prop(sb, "reason", e.Reason);
                Prop(sb, "object", e.Object);
                Prop(sb, "pod", e.Object.StartsWith("pod/", System.StringComparison.Ordinal) ? e.Object.Substring(4) : null);
                Prop(sb, "container", e.Container);
                Prop(sb, "from", e.From);
                Prop(sb, "message", e.Message);
                sb.Append('}');
            }
            sb.Append(r.Events.Count == 0 ? "],\n" : "\n  ],\n");
            sb.Append("  \"status\": [");
            for (int i = 0; i < rows.Count; i++)
            {
                sb.Append(i == 0 ? "\n    " : ",\n    ");
                Row(sb, rows[i]);
            }
            sb.Append(rows.Count == 0 ? "],\n" : "\n  ],\n");
            var final = r.Final;
            sb.Append("  \"final\": {");
            Num(sb, "t", r.Until, first: true);
            Prop(sb, "pod", final?.Pod);
            Prop(sb, "phase", final?.Phase.ToString());
            Prop(sb, "ready", final?.Ready);
            Num(sb, "restarts", final?.Restarts ?? 0);
            Prop(sb, "status", final?.Status);
            Num(sb, "pods", r.Pods.Count);
            sb.Append(", \"job\": ");
            if (r.JobCondition is { } job)
            {
                sb.Append('{');
                Num(sb, "t", job.T, first: true);
                Prop(sb, "condition", job.Type.ToString());
                Prop(sb, "reason", job.Reason);
                Prop(sb, "message", job.Message);
                sb.Append('}');
            }
            else sb.Append("null");
            sb.Append("}\n}\n");
            return sb.ToString();
        }

        private static void Row(StringBuilder sb, PodSnapshot s)
        {
            sb.Append('{');
            Num(sb, "t", s.T, first: true);
            Prop(sb, "pod", s.Pod);
            Prop(sb, "phase", s.Phase.ToString());
            Prop(sb, "ready", s.Ready);
            Num(sb, "restarts", s.Restarts);
            Prop(sb, "status", s.Status);
            Num(sb, "age", s.Age);
            sb.Append(", \"containers\": [");
            for (int i = 0; i < s.Containers.Count; i++)
            {
                var c = s.Containers[i];
                if (i > 0) sb.Append(", ");
                sb.Append('{');
                Prop(sb, "name", c.Name, first: true);
                Prop(sb, "type", c.Role switch { ContainerRole.Init => "init", ContainerRole.Sidecar => "sidecar", _ => "container" });
                Prop(sb, "state", c.State.ToString().ToLowerInvariant());
                Prop(sb, "reason", c.Reason);
                sb.Append(", \"exitCode\": ").Append(c.ExitCode is int code ? code.ToString(CultureInfo.InvariantCulture) : "null");
                sb.Append(", \"ready\": ").Append(c.Ready ? "true" : "false");
                sb.Append(", \"started\": ").Append(c.Started ? "true" : "false");
                Num(sb, "restarts", c.Restarts);
                sb.Append('}');
            }
            sb.Append("]}");
        }

        private static void Prop(StringBuilder sb, string name, string? value, bool first = false)
        {
            if (!first) sb.Append(", ");
            Str(sb, name);
            sb.Append(": ");
            if (value is null) sb.Append("null");
            else Str(sb, value);
        }

        private static void Num(StringBuilder sb, string name, int value, bool first = false)
        {
            if (!first) sb.Append(", ");
            Str(sb, name);
            sb.Append(": ").Append(value.ToString(CultureInfo.InvariantCulture));
        }

        internal static void Str(StringBuilder sb, string s)
        {
            sb.Append('"');
            foreach (char c in s)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            sb.Append('"');
        }
    }
}

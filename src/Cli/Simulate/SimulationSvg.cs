using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ProbeGen.Core.Lifecycle;
using ProbeGen.Core.Model;

namespace ProbeGen.Cli.Simulate
{
    /// <summary>
    /// <c>--format svg</c>: a timeline. One lane per container (running / waiting / terminated; probe attempts as ticks
    /// coloured by result, one row per probe kind; kills as ✕ and restarts as ▶), the Pod's phase underneath, a time axis
    /// in seconds. Deterministic: integer and one-decimal coordinates, invariant culture, <c>\n</c>.
    /// </summary>
    internal static class SimulationSvg
    {
        private const int Left = 190, Plot = 720, Right = 20, LaneHeight = 36, PhaseHeight = 24, Top = 64;
        private const string Font = "font-family=\"DejaVu Sans, Verdana, sans-serif\"";

        public static string Write(SimulationResult r, int end, string? title)
        {
            if (end < 1) end = 1;
            var pods = r.Pods;
            int height = Top;
            foreach (var pod in pods) height += r.Timelines.Count(tl => tl.Pod == pod) * LaneHeight + PhaseHeight + 12;
            int axisY = height + 4;
            height = axisY + 34;
            int width = Left + Plot + Right;

            var sb = new StringBuilder();
            sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(I(width)).Append("\" height=\"").Append(I(height))
              .Append("\" viewBox=\"0 0 ").Append(I(width)).Append(' ').Append(I(height)).Append("\" ").Append(Font).Append(" font-size=\"12\">\n");
            sb.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
            string heading = title ?? (r.Workload.Kind.KindName() + " " + r.Workload.Name + " (restartPolicy " + KubeletRules.EffectivePolicy(r.Workload.Pod.RestartPolicy) + ")");
            Text(sb, 10, 20, heading, "font-size=\"14\" font-weight=\"bold\"");
            Legend(sb, 10, 42);

            int y = Top;
            foreach (var pod in pods)
            {
                foreach (var tl in r.Timelines.Where(tl => tl.Pod == pod))
                {
                    Lane(sb, r, tl, y, end);
                    y += LaneHeight;
                }
                PhaseLane(sb, r, pod, y, end);
                y += PhaseHeight + 12;
            }

            if (r.JobCondition is { } job && job.T <= end)
            {
                double x = X(job.T, end);
                sb.Append("<line x1=\"").Append(D(x)).Append("\" y1=\"").Append(I(Top - 6)).Append("\" x2=\"").Append(D(x)).Append("\" y2=\"").Append(I(axisY))
                  .Append("\" stroke=\"#37474f\" stroke-dasharray=\"4 3\"/>\n");
                string label = "Job " + job.Type + (job.Reason.Length > 0 ? ": " + job.Reason : "");
                bool leftOfLine = x > Left + Plot - 200;
                Text(sb, leftOfLine ? x - 4 : x + 4, Top - 8, label, "font-size=\"11\" fill=\"#37474f\"" + (leftOfLine ? " text-anchor=\"end\"" : ""));
            }
            Axis(sb, axisY, end);
            sb.Append("</svg>\n");
            return sb.ToString();
        }

        private static void Legend(StringBuilder sb, int x, int y)
        {
            var items = new (string Color, string Label)[]
            {
                ("#43a047", "running"), ("#fbc02d", "waiting"), ("#e53935", "terminated, failed"), ("#90a4ae", "terminated, exit 0"),
            };
            foreach (var (color, label) in items)
            {
                Rect(sb, x, y - 9, 12, 10, color, null);
                Text(sb, x + 16, y, label, "font-size=\"11\"");
                x += 24 + label.Length * 6;
            }
            Rect(sb, x, y - 9, 3, 10, "#2e7d32", null);
            Rect(sb, x + 5, y - 9, 3, 10, "#c62828", null);
            Text(sb, x + 12, y, "probe passed / failed (startup, liveness, readiness rows)", "font-size=\"11\"");
            x += 12 + 61 * 6;
            Kill(sb, x + 5, y - 4);
            Text(sb, x + 14, y, "kill", "font-size=\"11\"");
            Restart(sb, x + 44, y - 4);
            Text(sb, x + 52, y, "restart", "font-size=\"11\"");
        }

        private static void Lane(StringBuilder sb, SimulationResult r, ContainerTimeline tl, int y, int end)
        {
            string role = tl.Role switch { ContainerRole.Init => " (init)", ContainerRole.Sidecar => " (sidecar)", _ => "" };
            string label = (r.Pods.Count > 1 ? tl.Pod + "/" : "") + tl.Container + role;
            Text(sb, Left - 8, y + 24, label, "text-anchor=\"end\"");
            int barY = y + 16, barH = 14;
            Rect(sb, Left, barY, Plot, barH, "#f5f5f5", null);
            for (int i = 0; i < tl.Segments.Count; i++)
            {
                var seg = tl.Segments[i];
                if (seg.From > end) break;
                int to = i + 1 < tl.Segments.Count ? Math.Min(tl.Segments[i + 1].From, end) : end;
                if (to <= seg.From && !(i + 1 == tl.Segments.Count && seg.From == end)) continue;
                double x1 = X(seg.From, end), x2 = X(Math.Max(to, seg.From), end);
                if (x2 - x1 < 1) x2 = x1 + 1;
                string color = seg.State switch
                {
                    ContainerStateKind.Running => "#43a047",
                    ContainerStateKind.Waiting => "#fbc02d",
                    _ => seg.Reason == "Completed" ? "#90a4ae" : "#e53935",
                };
                string tip = seg.State.ToString().ToLowerInvariant() + (seg.Reason is null ? "" : " (" + seg.Reason + ")") + " from " + I(seg.From) + "s";
                Rect(sb, x1, barY, x2 - x1, barH, color, tip);
            }
            foreach (var p in r.Probes)
            {
                if (p.Pod != tl.Pod || p.Container != tl.Container || p.T > end) continue;
                int row = p.Kind == ProbeKind.Startup ? 0 : p.Kind == ProbeKind.Liveness ? 1 : 2;
                Rect(sb, X(p.T, end) - 1, y + 2 + row * 4, 2, 3, p.Success ? "#2e7d32" : "#c62828", null);
            }
            foreach (var m in tl.Marks)
            {
                if (m.T > end) continue;
                if (m.Kind == MarkKind.Kill) Kill(sb, X(m.T, end), barY + barH / 2.0);
                else Restart(sb, X(m.T, end), barY + barH / 2.0);
            }
        }

        private static void PhaseLane(StringBuilder sb, SimulationResult r, string pod, int y, int end)
        {
            Text(sb, Left - 8, y + 15, (r.Pods.Count > 1 ? pod + " " : "") + "Pod phase", "text-anchor=\"end\" font-style=\"italic\"");
            var phases = r.Phases.Where(p => p.Pod == pod).ToList();
            for (int i = 0; i < phases.Count; i++)
            {
                var ph = phases[i];
                if (ph.From > end) break;
                int to = i + 1 < phases.Count ? Math.Min(phases[i + 1].From, end) : end;
                double x1 = X(ph.From, end), x2 = X(Math.Max(to, ph.From), end);
                if (x2 - x1 < 1) x2 = x1 + 1;
                string color = ph.Phase switch
                {
                    PodPhase.Pending => "#fff176",
                    PodPhase.Running => "#64b5f6",
                    PodPhase.Succeeded => "#b0bec5",
                    _ => "#ef5350",
                };
                Rect(sb, x1, y + 2, x2 - x1, 18, color, ph.Phase + " from " + I(ph.From) + "s");
                string name = ph.Phase.ToString();
                if (x2 - x1 > name.Length * 7 + 6) Text(sb, x1 + 4, y + 15, name, "font-size=\"11\"");
            }
        }

        private static void Axis(StringBuilder sb, int y, int end)
        {
            sb.Append("<line x1=\"").Append(I(Left)).Append("\" y1=\"").Append(I(y)).Append("\" x2=\"").Append(I(Left + Plot)).Append("\" y2=\"").Append(I(y)).Append("\" stroke=\"#37474f\"/>\n");
            int step = 1;
            foreach (int s in new[] { 1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 21600, 43200 })
            {
                step = s;
                if (end / s <= 12) break;
            }
            for (int t = 0; t <= end; t += step)
            {
                double x = X(t, end);
                sb.Append("<line x1=\"").Append(D(x)).Append("\" y1=\"").Append(I(y)).Append("\" x2=\"").Append(D(x)).Append("\" y2=\"").Append(I(y + 5)).Append("\" stroke=\"#37474f\"/>\n");
                Text(sb, x, y + 18, I(t) + "s", "font-size=\"11\" text-anchor=\"middle\"");
            }
            Text(sb, Left + Plot, y + 32, "seconds since the Pod was scheduled", "font-size=\"11\" text-anchor=\"end\" fill=\"#546e7a\"");
        }

        private static void Kill(StringBuilder sb, double x, double y)
        {
            sb.Append("<path d=\"M").Append(D(x - 4)).Append(' ').Append(D(y - 4)).Append(" L").Append(D(x + 4)).Append(' ').Append(D(y + 4))
              .Append(" M").Append(D(x - 4)).Append(' ').Append(D(y + 4)).Append(" L").Append(D(x + 4)).Append(' ').Append(D(y - 4))
              .Append("\" stroke=\"#b71c1c\" stroke-width=\"2.5\"/>\n");
        }

        private static void Restart(StringBuilder sb, double x, double y)
        {
            sb.Append("<path d=\"M").Append(D(x)).Append(' ').Append(D(y - 5)).Append(" L").Append(D(x + 7)).Append(' ').Append(D(y))
              .Append(" L").Append(D(x)).Append(' ').Append(D(y + 5)).Append(" Z\" fill=\"#1b5e20\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n");
        }

        private static double X(int t, int end) => Left + (double)Plot * t / end;

        private static void Rect(StringBuilder sb, double x, double y, double w, double h, string fill, string? title)
        {
            sb.Append("<rect x=\"").Append(D(x)).Append("\" y=\"").Append(D(y)).Append("\" width=\"").Append(D(w)).Append("\" height=\"").Append(D(h))
              .Append("\" fill=\"").Append(fill).Append('"');
            if (title is null) sb.Append("/>\n");
            else sb.Append("><title>").Append(Escape(title)).Append("</title></rect>\n");
        }

        private static void Text(StringBuilder sb, double x, double y, string text, string attributes)
        {
            sb.Append("<text x=\"").Append(D(x)).Append("\" y=\"").Append(D(y)).Append("\" ").Append(attributes).Append('>').Append(Escape(text)).Append("</text>\n");
        }

        private static string Escape(string s)
        {
            var sb = new StringBuilder(s.Length);
            foreach (char c in s)
            {
                switch (c)
                {
                    case '&': sb.Append("&amp;"); break;
                    case '<': sb.Append("&lt;"); break;
                    case '>': sb.Append("&gt;"); break;
                    case '"': sb.Append("&quot;"); break;
                    default:
                        // XML 1.0 has no way to write other control characters or lone surrogates: they become U+FFFD.
                        bool valid = c >= 0x20 ? !char.IsSurrogate(c) || true : c is '\t' or '\n';
                        sb.Append(valid ? c : '\uFFFD');
                        break;
                }
            }
            return sb.ToString();
        }

        private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);

        private static string D(double d) => Math.Round(d, 1).ToString("0.#", CultureInfo.InvariantCulture);
    }
}

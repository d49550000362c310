using System.Globalization;
using System.Text;

namespace ProbeGen.Bench;

// The workloads every benchmark uses: ProbeGen's attributes (C# sources), the runtime client's objects and cdk8s
// (workloads.json) are all built from this one description, so the three compare the same manifests.

public sealed record Workload(
    string Kind,                 // "Deployment" | "Pod" | "Job"
    string Name,                 // Kubernetes name
    string? Namespace,           // Kubernetes namespace (null: none)
    string CSharpNamespace,
    string ClassName,
    Dictionary<string, string> Labels,
    int? Replicas,               // Deployment
    int? RevisionHistoryLimit,   // Deployment
    int? BackoffLimit,           // Job
    long? ActiveDeadlineSeconds, // Job
    string? RestartPolicy,       // "OnFailure" for Jobs, null (Always) otherwise
    int? TerminationGracePeriodSeconds,
    List<Container> Containers);

public sealed record Container(
    string Name,
    string Image,
    string[]? Args,
    List<Port> Ports,
    List<EnvVar> Env,
    Resources? Resources,
    Probe? Liveness,
    Probe? Readiness,
    Probe? Startup);

public sealed record Port(int Number, string Name);

public sealed record EnvVar(string Name, string Value);

public sealed record Resources(string CpuRequest, string MemoryRequest, string? MemoryLimit);

/// <summary>
/// One probe handler: "http" (Path + PortName or Port), "tcp" (PortName or Port), "grpc" (Port) or "exec" (Command);
/// timings left null use the defaults.
/// </summary>
public sealed record Probe(
    string Handler,
    string? Path,
    string? PortName,
    string[]? Command,
    int? InitialDelaySeconds,
    int? PeriodSeconds,
    int? TimeoutSeconds,
    int? FailureThreshold,
    int? Port = null);

/// <summary>Which workloads: <c>Clean</c> draws no ProbeGen warning; <c>Diagnostics</c> makes a large share carry info and warning diagnostics (never an error).</summary>
public enum WorkloadMix { Clean, Diagnostics }

/// <summary>Deterministic, realistic workloads: the same seed and count always give the same list.</summary>
public static class WorkloadFactory
{
    public const int DefaultSeed = 20251125;

    private static readonly string[] Teams = { "orders", "billing", "search", "catalog", "payments", "identity", "shipping", "reports", "media", "notify" };
    private static readonly string[] Roles = { "api", "worker", "web", "gateway", "indexer", "sync", "export", "cache" };
    private static readonly string[] Images = { "nginx:1.27", "ghcr.io/acme/api:2.4.1", "redis:7.4", "busybox:1.36", "ghcr.io/acme/worker:1.9.0", "envoyproxy/envoy:v1.31.0" };
    private static readonly string[] Sidecars = { "log-shipper", "metrics-agent", "proxy" };
    private static readonly string[] SidecarImages = { "fluent/fluent-bit:3.1", "prom/statsd-exporter:v0.27.1", "envoyproxy/envoy:v1.31.0" };

    public static List<Workload> Create(int count, int seed = DefaultSeed, WorkloadMix mix = WorkloadMix.Clean)
    {
        var rng = new Random(seed);
        // A second generator for the defects: the clean draws stay the same, so both mixes share their structure.
        var defects = new Random(seed ^ 0x5EED);
        var list = new List<Workload>(count);
        for (int i = 0; i < count; i++)
        {
            var w = Create(i, rng);
            list.Add(mix == WorkloadMix.Diagnostics ? WithDiagnostics(w, defects) : w);
        }
        return list;
    }

    /// <summary>
    /// What a project that was not tuned for ProbeGen looks like: about half the workloads are bare Pods (PG2003),
    /// Deployments without readiness (PG3007), probes on undeclared port numbers (PG3005, also on gRPC probes),
    /// timeouts not below the period (PG3002, a warning); also clean gRPC probes. Nothing that blocks a manifest.
    /// </summary>
    private static Workload WithDiagnostics(Workload w, Random rng)
    {
        if (w.Kind == "Deployment" && rng.NextDouble() < 0.45)
            w = w with { Kind = "Pod", Replicas = null, RevisionHistoryLimit = null };
        var containers = new List<Container>(w.Containers.Count);
        for (int c = 0; c < w.Containers.Count; c++)
        {
            var x = w.Containers[c];
            int? declared = x.Ports.Count > 0 ? x.Ports[0].Number : null;
            // A gRPC liveness probe on the declared port: no diagnostic, but the grpc handler in the mix.
            if (declared is int g && x.Liveness is { Handler: "http" or "tcp" } live && rng.NextDouble() < 0.3)
                x = x with { Liveness = live with { Handler = "grpc", Path = null, PortName = null, Port = g } };
            // PG3007: a Deployment container with ports and no readiness probe.
            if (w.Kind == "Deployment" && declared is not null && x.Readiness is not null && rng.NextDouble() < 0.4)
                x = x with { Readiness = null };
            // PG3005: a numeric probe port the container does not declare (one above its first port).
            if (declared is int d && rng.NextDouble() < 0.35)
            {
                if (x.Readiness is { Handler: not "exec" } r) x = x with { Readiness = r with { PortName = null, Port = d + 1 } };
                else if (x.Liveness is { Handler: not "exec" } l) x = x with { Liveness = l with { PortName = null, Port = d + 1 } };
            }
            // PG3002 (warning): the liveness timeout equals its period.
            if (x.Liveness is { } t && rng.NextDouble() < 0.25)
                x = x with { Liveness = t with { TimeoutSeconds = t.PeriodSeconds ?? 10 } };
            containers.Add(x);
        }
        return w with { Containers = containers };
    }

    /// <summary>
    /// The ProbeGen diagnostics these workloads are built to draw, by ID (an independent reading of the four rules'
    /// documented conditions, docs/rules/PG2003|PG3002|PG3005|PG3007.md): the smoke tests compare it with what the
    /// analyzer and the build report, so neither mix can silently change character.
    /// </summary>
    public static SortedDictionary<string, int> ExpectedDiagnostics(IEnumerable<Workload> workloads)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in workloads.SelectMany(ExpectedDiagnostics)) counts[id] = counts.TryGetValue(id, out int n) ? n + 1 : 1;
        return counts;
    }

    /// <summary>The diagnostics-heavy mix's character: each of the four rules, a warning among them, on many workloads.</summary>
    public static void CheckDiagnosticsHeavy(IReadOnlyList<Workload> workloads)
    {
        var expected = WorkloadFactory.ExpectedDiagnostics(workloads);
        foreach (var id in new[] { "PG2003", "PG3002", "PG3005", "PG3007" })
            if (!expected.TryGetValue(id, out int c) || c == 0) throw new InvalidOperationException("the diagnostics-heavy workloads draw no " + id);
        int carrying = workloads.Count(w => WorkloadFactory.ExpectedDiagnostics(w).Count > 0);
        if (carrying * 2 < workloads.Count) throw new InvalidOperationException($"only {carrying} of {workloads.Count} diagnostics-heavy workloads carry a diagnostic");
        if (!workloads.Any(w => w.Containers.Any(c => c.Liveness?.Handler == "grpc"))) throw new InvalidOperationException("the diagnostics-heavy workloads have no gRPC probe");
    }

    /// <summary>The IDs one workload draws, once per occurrence.</summary>
    public static List<string> ExpectedDiagnostics(Workload w)
    {
        var ids = new List<string>();
        bool anyProbe = w.Containers.Any(c => c.Liveness is not null || c.Readiness is not null || c.Startup is not null);
        if (w.Kind == "Pod" && (w.RestartPolicy is null or "Always" || anyProbe)) ids.Add("PG2003");
        foreach (var c in w.Containers)
        {
            if (w.Kind == "Deployment" && c.Ports.Count > 0 && c.Readiness is null) ids.Add("PG3007");
            foreach (var p in new[] { c.Startup, c.Readiness, c.Liveness })
            {
                if (p is null) continue;
                if (p.Port is int port && c.Ports.Count > 0 && !c.Ports.Any(x => x.Number == port)) ids.Add("PG3005");
                if ((p.TimeoutSeconds is not null || p.PeriodSeconds is not null) && (p.TimeoutSeconds ?? 1) >= (p.PeriodSeconds ?? 10)) ids.Add("PG3002");
            }
        }
        return ids;
    }

    private static Workload Create(int i, Random rng)
    {
        double k = rng.NextDouble();
        string kind = k < 0.45 ? "Deployment" : k < 0.75 ? "Pod" : "Job";
        string team = Teams[i % Teams.Length];
        string role = Roles[rng.Next(Roles.Length)];
        string name = team + "-" + role + "-" + i.ToString("D5", CultureInfo.InvariantCulture);
        string className = Pascal(team) + Pascal(role) + i.ToString("D5", CultureInfo.InvariantCulture);
        string? ns = rng.Next(2) == 0 ? "team-" + team : null;
        var labels = new Dictionary<string, string> { ["app"] = name, ["team"] = team };
        if (rng.Next(3) == 0) labels["tier"] = kind == "Job" ? "batch" : rng.Next(2) == 0 ? "frontend" : "backend";

        bool job = kind == "Job";
        int containerCount = 1 + (rng.NextDouble() < 0.5 ? 0 : rng.NextDouble() < 0.6 ? 1 : 2);
        var containers = new List<Container>(containerCount);
        for (int c = 0; c < containerCount; c++) containers.Add(CreateContainer(c, job, rng));

        return new Workload(
            kind, name, ns, "Bench." + Pascal(team), className, labels,
            Replicas: kind == "Deployment" ? 1 + rng.Next(5) : null,
            RevisionHistoryLimit: kind == "Deployment" && rng.Next(3) == 0 ? 5 : null,
            BackoffLimit: job ? rng.Next(7) : null,
            ActiveDeadlineSeconds: job && rng.Next(2) == 0 ? 600 + 60 * rng.Next(30) : null,
            RestartPolicy: job ? "OnFailure" : null,
            TerminationGracePeriodSeconds: rng.Next(4) == 0 ? 15 + 15 * rng.Next(4) : null,
            containers);
    }

    private static Container CreateContainer(int index, bool job, Random rng)
    {
        bool main = index == 0;
        string name = main ? "main" : Sidecars[index - 1];
        string image = main ? Images[rng.Next(Images.Length)] : SidecarImages[index - 1];
        string prefix = main ? "" : "s" + index.ToString(CultureInfo.InvariantCulture) + "-";
        int basePort = 8080 + 100 * index;

        var ports = new List<Port>();
        if (!job || !main)
        {
            ports.Add(new Port(basePort, prefix + "http"));
            if (rng.Next(2) == 0) ports.Add(new Port(basePort + 10, prefix + "metrics"));
        }
        var env = new List<EnvVar>();
        int envCount = rng.Next(main ? 5 : 3);
        for (int e = 0; e < envCount; e++) env.Add(new EnvVar(EnvNames[(index + e) % EnvNames.Length], EnvValue(rng)));
        var resources = rng.Next(3) != 0
            ? new Resources((50 * (1 + rng.Next(8))).ToString(CultureInfo.InvariantCulture) + "m", (64 << rng.Next(4)).ToString(CultureInfo.InvariantCulture) + "Mi", rng.Next(2) == 0 ? (512 << rng.Next(2)).ToString(CultureInfo.InvariantCulture) + "Mi" : null)
            : null;
        string[]? args = rng.Next(3) == 0 ? new[] { "--log-level", rng.Next(2) == 0 ? "info" : "debug", "--listen", ":" + basePort.ToString(CultureInfo.InvariantCulture) } : null;

        // The main container has 1–3 probes, a sidecar 0–2. Servers probe their named port; batch containers exec.
        int probes = main ? 1 + rng.Next(3) : rng.Next(3);
        string? http = ports.Count > 0 ? ports[0].Name : null;
        Probe Handler(string path, int? delay, int period, int? timeout, int? failure) =>
            http is null ? new Probe("exec", null, null, new[] { "cat", "/tmp/" + path.Trim('/') }, delay, period, timeout, failure)
            : rng.Next(4) == 0 ? new Probe("tcp", null, http, null, delay, period, timeout, failure)
            : new Probe("http", path, http, null, delay, period, timeout, failure);
        Probe? readiness = null, liveness = null, startup = null;
        // Servers get readiness first (a Deployment container with ports wants one); liveness differs from readiness.
        if (probes >= 1) { if (http is not null) readiness = Handler("/ready", null, 5, null, 2); else liveness = Handler("/healthy", 5, 10, 2, 3); }
        if (probes >= 2) { if (liveness is null) liveness = Handler("/healthz", rng.Next(2) == 0 ? 10 : null, 10 + 5 * rng.Next(3), 2, 3); else readiness = Handler("/ready", null, 5, null, 2); }
        if (probes >= 3) startup = Handler("/healthz", null, 2, null, 30);
        return new Container(name, image, args, ports, env, resources, liveness, readiness, startup);
    }

    private static readonly string[] EnvNames = { "LOG_LEVEL", "ASPNETCORE_ENVIRONMENT", "FEATURE_FLAGS", "CACHE_TTL", "REGION", "OTEL_SERVICE_NAME" };

    private static string EnvValue(Random rng) => rng.Next(5) switch
    {
        0 => "info",
        1 => "Production",
        2 => "a,b,c",
        3 => (30 * (1 + rng.Next(10))).ToString(CultureInfo.InvariantCulture),
        _ => "eu-west-" + (1 + rng.Next(3)).ToString(CultureInfo.InvariantCulture),
    };

    private static string Pascal(string s) => char.ToUpperInvariant(s[0]) + s.Substring(1);
}

/// <summary>Writes a workload as the C# a user writes: one partial class per file, containers after the first nested.</summary>
public static class CSharpWriter
{
    /// <summary>The line the build comparison edits (a method body in the first workload's file).</summary>
    public const string EditMarker = "public static int Revision() => ";

    public static string Write(Workload w, bool withEditMarker = false)
    {
        var sb = new StringBuilder(2048);
        sb.Append("using ProbeGen;\n\nnamespace ").Append(w.CSharpNamespace).Append(";\n\n");
        sb.Append('[').Append(w.Kind).Append("(\"").Append(w.Name).Append('"');
        if (w.Namespace is not null) sb.Append(", Namespace = \"").Append(w.Namespace).Append('"');
        if (w.Replicas is int r) sb.Append(", Replicas = ").Append(r);
        if (w.RevisionHistoryLimit is int h) sb.Append(", RevisionHistoryLimit = ").Append(h);
        if (w.BackoffLimit is int b) sb.Append(", BackoffLimit = ").Append(b);
        if (w.ActiveDeadlineSeconds is long d) sb.Append(", ActiveDeadlineSeconds = ").Append(d);
        sb.Append(")]\n");
        foreach (var l in w.Labels) sb.Append("[Label(\"").Append(l.Key).Append("\", \"").Append(l.Value).Append("\")]\n");
        if (w.RestartPolicy is not null) sb.Append("[RestartPolicy(RestartPolicy.").Append(w.RestartPolicy).Append(")]\n");
        if (w.TerminationGracePeriodSeconds is int t) sb.Append("[TerminationGracePeriod(").Append(t).Append(")]\n");
        ContainerAttributes(sb, w.Containers[0], "");
        sb.Append("public partial class ").Append(w.ClassName).Append("\n{\n");
        if (withEditMarker) sb.Append("    ").Append(EditMarker).Append("0;\n");
        for (int i = 1; i < w.Containers.Count; i++)
        {
            if (i > 1 || withEditMarker) sb.Append('\n');
            var c = w.Containers[i];
            ContainerAttributes(sb, c, "    ");
            sb.Append("    public partial class ").Append(Pascal(c.Name)).Append(" { }\n");
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    private static void ContainerAttributes(StringBuilder sb, Container c, string indent)
    {
        sb.Append(indent).Append("[Container(\"").Append(c.Name).Append("\", \"").Append(c.Image).Append('"');
        if (c.Args is not null) sb.Append(", Args = new[] { ").Append(string.Join(", ", c.Args.Select(a => "\"" + a + "\""))).Append(" }");
        sb.Append(")]\n");
        foreach (var p in c.Ports) sb.Append(indent).Append("[ContainerPort(").Append(p.Number).Append(", Name = \"").Append(p.Name).Append("\")]\n");
        foreach (var e in c.Env) sb.Append(indent).Append("[Env(\"").Append(e.Name).Append("\", \"").Append(e.Value).Append("\")]\n");
        if (c.Resources is { } r)
        {
            sb.Append(indent).Append("[Resources(CpuRequest = \"").Append(r.CpuRequest).Append("\", MemoryRequest = \"").Append(r.MemoryRequest).Append('"');
            if (r.MemoryLimit is not null) sb.Append(", MemoryLimit = \"").Append(r.MemoryLimit).Append('"');
            sb.Append(")]\n");
        }
        ProbeAttribute(sb, "StartupProbe", c.Startup, indent);
        ProbeAttribute(sb, "ReadinessProbe", c.Readiness, indent);
        ProbeAttribute(sb, "LivenessProbe", c.Liveness, indent);
    }

    private static void ProbeAttribute(StringBuilder sb, string attribute, Probe? p, string indent)
    {
        if (p is null) return;
        sb.Append(indent).Append('[').Append(attribute).Append('(');
        switch (p.Handler)
        {
            case "http": sb.Append("HttpGet = \"").Append(p.Path).Append('"'); Port(sb, p); break;
            case "tcp": sb.Append("TcpSocket = true"); Port(sb, p); break;
            case "grpc": sb.Append("Grpc = true"); Port(sb, p); break;
            default: sb.Append("Exec = new[] { ").Append(string.Join(", ", p.Command!.Select(a => "\"" + a + "\""))).Append(" }"); break;
        }
        if (p.InitialDelaySeconds is int d) sb.Append(", InitialDelaySeconds = ").Append(d);
        if (p.PeriodSeconds is int per) sb.Append(", PeriodSeconds = ").Append(per);
        if (p.TimeoutSeconds is int t) sb.Append(", TimeoutSeconds = ").Append(t);
        if (p.FailureThreshold is int f) sb.Append(", FailureThreshold = ").Append(f);
        sb.Append(")]\n");
    }

    private static void Port(StringBuilder sb, Probe p)
    {
        if (p.PortName is not null) sb.Append(", PortName = \"").Append(p.PortName).Append('"');
        else sb.Append(", Port = ").Append(p.Port.GetValueOrDefault().ToString(CultureInfo.InvariantCulture));
    }

    private static string Pascal(string kebab) => string.Concat(kebab.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProbeGen.Core.Model;
using ProbeGen.Core.Validation;
using ProbeGen.Generator.Parsing;

namespace ProbeGen.Analyzers.App
{
    /// <summary>
    /// PG4001–PG4005: a workload's probes checked against the ASP.NET Core app compiled with it — the paths it maps, the
    /// ports it listens on, what stands between the kubelet and the endpoint, what its liveness endpoint runs. Returns at
    /// once in a compilation without ProbeGen or without ASP.NET Core routing; says nothing where the app cannot be known.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AppAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: the value a code fix writes (a path, a port number).</summary>
        public const string FixValue = "ProbeGen.FixValue";
        /// <summary>Diagnostic property: "true" when the fixed port must also be declared with [ContainerPort].</summary>
        public const string DeclarePort = "ProbeGen.DeclarePort";

        // Official images of other software: a container running one of them is not this app.
        private static readonly HashSet<string> OtherSoftware = new(System.StringComparer.OrdinalIgnoreCase)
        {
            "redis", "postgres", "mysql", "mariadb", "mongo", "nginx", "busybox", "rabbitmq", "memcached", "elasticsearch", "httpd",
            "traefik", "envoy", "alpine", "ubuntu", "debian", "kafka", "zookeeper", "consul", "vault", "grafana", "prometheus",
            "haproxy", "caddy", "minio", "etcd", "jaeger", "otel", "opentelemetry-collector", "fluentd", "fluent-bit", "keycloak",
            "mssql", "sqlserver", "cassandra", "couchdb", "influxdb", "nats", "pause", "curl", "node", "python", "golang",
        };

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.CreateRange(RuleCatalog.AppRules.Select(Descriptors.For));

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                // Nothing to do without ProbeGen, or without ASP.NET Core (the cost is these two lookups).
                if (start.Compilation.GetTypeByMetadataName(AttributeNames.Pod) is null) return;
                var types = AspNetTypes.Resolve(start.Compilation);
                if (types is null) return;
                var calls = new ConcurrentBag<IInvocationOperation>();
                var workloads = new ConcurrentBag<INamedTypeSymbol>();
                start.RegisterOperationAction(ctx =>
                {
                    var op = (IInvocationOperation)ctx.Operation;
                    if (AppReader.IsRelevant(op, types)) calls.Add(op);
                }, OperationKind.Invocation);
                start.RegisterSymbolAction(ctx =>
                {
                    if (ctx.Symbol is INamedTypeSymbol type && type.GetAttributes().Any(a => AttributeNames.IsWorkload(AttributeNames.OwnName(a)))) workloads.Add(type);
                }, SymbolKind.NamedType);
                start.RegisterCompilationEndAction(end =>
                {
                    if (workloads.IsEmpty) return;
                    try
                    {
                        Analyze(end, types, calls, workloads);
                    }
                    catch (System.OperationCanceledException)
                    {
                        throw;
                    }
                    catch (System.Exception)
                    {
                        // These are advisory warnings about someone else's code: a reading this analyzer did not foresee
                        // must never fail or disturb the user's build (the workload rules still run and report).
                    }
                });
            });
        }

        private static void Analyze(CompilationAnalysisContext end, AspNetTypes types, IEnumerable<IInvocationOperation> calls, IEnumerable<INamedTypeSymbol> workloads)
        {
            var ct = end.CancellationToken;
            var facts = AppReader.Read(calls, types, ct);
            var build = BuildSettings.Read(end.Options, ct);
            foreach (var type in workloads.OrderBy(t => t.ToDisplayString(), System.StringComparer.Ordinal))
            {
                ct.ThrowIfCancellationRequested();
                var session = new ParseSession(wantLocations: true, ct);
                var spec = WorkloadParser.Parse(type, session);
                if (spec is null || session.Failed) continue;
                // One regular container: the app. With sidecars in the pod, which container a probe belongs to is the user's design.
                if (spec.Pod.Containers.Count != 1) continue;
                var container = spec.Pod.Containers[0];
                if (!IsThisApp(container, end.Compilation.AssemblyName, build)) continue;
                string containerPath = spec.Kind.PodSpecPath() + ".containers[0]";
                var env = new AppEnvironment(container, build.ImageEnvironment);
                var settings = build.SettingsFor(env.EnvironmentName);
                var listen = Listening.Resolve(facts, container, env, settings, build.ContainerPorts, build.ImageIsDotNet);
                var check = new ProbeCheck(end, facts, container, containerPath, env, settings, listen, session);
                foreach (var kind in new[] { ProbeKind.Startup, ProbeKind.Readiness, ProbeKind.Liveness })
                {
                    if (container.GetProbe(kind) is { } probe) check.Run(probe, kind, containerPath + "." + PodWalk.ProbeField(kind));
                }
            }
        }

        /// <summary>
        /// The container runs this project: its image is named after the assembly or the SDK's ContainerRepository, or it
        /// has HTTP or gRPC probes and is not a well-known image of other software (redis, postgres, nginx …).
        /// </summary>
        private static bool IsThisApp(ContainerSpec container, string? assemblyName, BuildSettings build)
        {
            string repository = ImageName(container.Image);
            string image = Normalize(repository);
            if (image.Length == 0) return false;
            foreach (var candidate in new[] { assemblyName, build.ContainerRepository })
            {
                if (candidate is null) continue;
                string own = Normalize(ImageName(candidate));
                if (own.Length > 0 && (image.IndexOf(own, System.StringComparison.Ordinal) >= 0 || own.IndexOf(image, System.StringComparison.Ordinal) >= 0)) return true;
            }
            if (OtherSoftware.Contains(repository) || container.Image.StartsWith("docker.io/library/", System.StringComparison.OrdinalIgnoreCase) || container.Image.IndexOf("bitnami/", System.StringComparison.OrdinalIgnoreCase) >= 0) return false;
            bool webProbe = false;
            foreach (var kind in new[] { ProbeKind.Liveness, ProbeKind.Readiness, ProbeKind.Startup })
            {
                if (container.GetProbe(kind) is { } p && (p.HttpGet is not null || p.Grpc is not null)) webProbe = true;
            }
            return webProbe;
        }

        /// <summary>ghcr.io/acme/orders-api:1.2@sha256:… → orders-api.</summary>
        private static string ImageName(string image)
        {
            string s = image;
            int at = s.IndexOf('@');
            if (at >= 0) s = s.Substring(0, at);
            int slash = s.LastIndexOf('/');
            if (slash >= 0) s = s.Substring(slash + 1);
            int colon = s.IndexOf(':');
            if (colon >= 0) s = s.Substring(0, colon);
            return s;
        }

        private static string Normalize(string s)
        {
            var sb = new System.Text.StringBuilder(s.Length);
            foreach (char c in s) if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            return sb.ToString();
        }

        internal static string Quote(string s) => "\"" + s + "\"";

        internal static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProbeGen.Core.Model;
using ProbeGen.Core.Validation;
using ProbeGen.Generator.Parsing;

namespace ProbeGen.Analyzers.App
{
    /// <summary>The five application rules for the probes of one container, against what the app's code says.</summary>
    internal sealed class ProbeCheck
    {
        private readonly CompilationAnalysisContext _ctx;
        private readonly AppFacts _facts;
        private readonly ContainerSpec _container;
        private readonly string _containerPath;
        private readonly AppEnvironment _env;
        private readonly Dictionary<string, string>? _settings;
        private readonly ListenResult? _listen;
        private readonly ParseSession _session;

        public ProbeCheck(CompilationAnalysisContext ctx, AppFacts facts, ContainerSpec container, string containerPath, AppEnvironment env,
            Dictionary<string, string>? settings, ListenResult? listen, ParseSession session)
        {
            _ctx = ctx;
            _facts = facts;
            _container = container;
            _containerPath = containerPath;
            _env = env;
            _settings = settings;
            _listen = listen;
            _session = session;
        }

        public void Run(ProbeSpec probe, ProbeKind kind, string path)
        {
            if (probe.HttpGet is { } http)
            {
                CheckPort(http.Port, path + ".httpGet.port", https: string.Equals(http.Scheme, "HTTPS", System.StringComparison.Ordinal));
                CheckHttp(probe, http, kind, path);
            }
            else if (probe.TcpSocket is { } tcp)
            {
                if (string.IsNullOrEmpty(tcp.Host)) CheckPort(tcp.Port, path + ".tcpSocket.port", https: null);
            }
            else if (probe.Grpc is { } grpc)
            {
                if (grpc.Port is int p) CheckPort(PortRef.FromNumber(p), path + ".grpc.port", https: null);
                CheckGrpc(path);
            }
        }

        // ---- PG4002 ----

        private void CheckPort(PortRef? port, string portPath, bool? https)
        {
            // A library that references ASP.NET Core but builds no app: where "the app" listens is not this project's to say.
            if (!_facts.IsApp || _listen is null || port is null) return;
            int? number = port.Number;
            int declaredIndex = -1;
            if (port.Name is not null)
            {
                for (int i = 0; i < _container.Ports.Count; i++)
                {
                    if (_container.Ports[i].Name == port.Name)
                    {
                        number = _container.Ports[i].ContainerPort;
                        declaredIndex = i;
                        break;
                    }
                }
                if (declaredIndex < 0) return; // PG3004 says the name is not declared
            }
            if (number is not int n) return;
            if (_listen.Ports.Any(l => l.Port == n && !l.LoopbackOnly)) return;
            bool onLoopback = _listen.Ports.Any(l => l.Port == n);
            var candidates = _listen.Ports.Where(l => !l.LoopbackOnly && (https is null || l.Https == https.Value)).Select(l => l.Port).Distinct().ToList();
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            var additional = new List<Location>();
            string advice;
            if (candidates.Count == 1)
            {
                int target = candidates[0];
                properties[AppAnalyzer.FixValue] = AppAnalyzer.Number(target);
                if (declaredIndex >= 0)
                {
                    advice = "Use port " + AppAnalyzer.Number(target) + " for [ContainerPort(…, Name = \"" + port.Name + "\")]";
                    if (_session.Locate(_containerPath + ".ports[" + AppAnalyzer.Number(declaredIndex) + "].containerPort") is { } declared) additional.Add(declared);
                }
                else
                {
                    bool declaredAlready = _container.Ports.Any(p => p.ContainerPort == target);
                    if (!declaredAlready) properties[AppAnalyzer.DeclarePort] = "true";
                    advice = "Use Port = " + AppAnalyzer.Number(target) + (declaredAlready ? "" : " and declare it with [ContainerPort(" + AppAnalyzer.Number(target) + ")]");
                }
            }
            else
            {
                advice = "Probe one of the ports the app listens on";
            }
            string what = port.Name is not null ? "port \"" + port.Name + "\" (" + AppAnalyzer.Number(n) + ")" : "port " + AppAnalyzer.Number(n);
            string why = onLoopback
                ? what + " is bound to localhost only, and the kubelet connects to the pod IP"
                : what + " is not one the app listens on";
            Report(RuleCatalog.ProbePortNotListened, _session.Locate(portPath), portPath + ": " + why + ": it listens on " + _listen.Describe()
                + " (" + _listen.Source + "). The connection is refused, so the probe fails on every attempt. " + advice + ".",
                properties.ToImmutable(), additional);
        }

        // ---- PG4001, PG4003, PG4004, PG4005 (HTTP side) ----

        private void CheckHttp(ProbeSpec probe, HttpGetActionSpec http, ProbeKind kind, string path)
        {
            if (!_facts.IsApp || http.Path is null || !string.IsNullOrEmpty(http.Host)) return;
            string pathField = path + ".httpGet.path";
            var location = _session.Locate(pathField);
            int? probePort = ResolvedPort(http.Port);
            string requestPath = http.Path;
            var matching = _facts.Endpoints.Where(e => RouteMatch.Matches(e.Template, requestPath) && (e.OnlyPort is null || probePort is null || e.OnlyPort == probePort)).ToList();
            var answering = matching.Where(e => e.Kind != EndpointKind.OtherMethods).ToList();
            if (answering.Count == 0)
            {
                ReportNotMapped(http, kind, pathField, location, matching);
                return;
            }

            string? environment = _env.EnvironmentName;
            bool development = string.Equals(environment, "Development", System.StringComparison.OrdinalIgnoreCase);
            var usable = development ? answering : answering.Where(e => !e.DevelopmentOnly).ToList();
            if (usable.Count == 0)
            {
                if (environment is null) return;
                Report(RuleCatalog.ProbeEndpointUnreachable, location, pathField + ": " + AppAnalyzer.Quote(requestPath) + " is mapped only when the app runs in Development ("
                    + answering[0].Call + " inside if (….IsDevelopment())), and the container runs in " + environment
                    + ": the kubelet gets 404 and the probe fails on every attempt. Map the endpoint outside the Development branch.");
                return;
            }
            if (usable.All(RequiresAuthorization))
            {
                var e = usable[0];
                string how = e.RequiresAuthorization ? "RequireAuthorization() or [Authorize]" : "the authorization fallback policy (FallbackPolicy), which covers endpoints without [AllowAnonymous]";
                Report(RuleCatalog.ProbeEndpointUnreachable, location, pathField + ": " + e.Call + " requires authorization (" + how
                    + "), and the kubelet sends no credentials: the probe gets 401 and fails on every attempt. Add .AllowAnonymous() to the health endpoint.");
                return;
            }
            string? hostHeader = HostHeader(http);
            if (usable.All(e => e.RequiredHosts is { } hosts && !hosts.Any(h => HostMatches(h, hostHeader, probePort))))
            {
                var e = usable[0];
                Report(RuleCatalog.ProbeEndpointUnreachable, location, pathField + ": " + e.Call + " requires the host " + string.Join(" or ", e.RequiredHosts!.Select(AppAnalyzer.Quote))
                    + " (RequireHost), and the kubelet sends " + (hostHeader is null ? "the pod IP as Host" : "Host: " + hostHeader)
                    + ": the endpoint does not match and the probe fails on every attempt. Let the health endpoint answer any host, or send the host in HttpHeaders (\"Host: …\").");
                return;
            }
            if ((_facts.UsesDefaultBuilder || _facts.UsesHostFiltering) && AllowedHosts() is { } allowed && !allowed.Contains("*") && !allowed.Any(h => HostMatches(h, hostHeader, null)))
            {
                Report(RuleCatalog.ProbeEndpointUnreachable, location, pathField + ": the app's host filtering allows only " + string.Join(";", allowed)
                    + " (AllowedHosts), and the kubelet sends " + (hostHeader is null ? "the pod IP as Host" : "Host: " + hostHeader)
                    + ": the request is rejected with 400 and the probe fails on every attempt. Send an allowed host in HttpHeaders (\"Host: …\") or allow the pod's address.");
                return;
            }
            if (_facts.UsesHttpsRedirection && !string.Equals(http.Scheme, "HTTPS", System.StringComparison.Ordinal) && _facts.HttpsRedirectPort is int redirect
                && _listen is not null && !_listen.Ports.Any(l => l.Port == redirect && !l.LoopbackOnly) && !usable.All(e => e.IsMiddleware))
            {
                Report(RuleCatalog.ProbeEndpointUnreachable, location, pathField + ": UseHttpsRedirection() redirects the probe to https on port " + AppAnalyzer.Number(redirect)
                    + " (HttpsPort), where the app does not listen (" + _listen.Describe() + "): the kubelet follows the redirect and the probe fails on every attempt. "
                    + "Map the health endpoint before UseHttpsRedirection(), or probe the https port with Scheme = HttpScheme.Https.");
                return;
            }
            if (kind == ProbeKind.Liveness) CheckLivenessChecks(usable, pathField, location, requestPath);
        }

        private void ReportNotMapped(HttpGetActionSpec http, ProbeKind kind, string pathField, Location? location, List<AppEndpoint> otherMethods)
        {
            if (_facts.RoutesUnknown || _facts.Endpoints.Count == 0) return;
            string requestPath = http.Path!;
            string last = requestPath.Split('?')[0].TrimEnd('/');
            last = last.Substring(last.LastIndexOf('/') + 1);
            if (_facts.ServesStaticFiles && last.IndexOf('.') >= 0) return;
            if (otherMethods.Count > 0)
            {
                Report(RuleCatalog.ProbePathNotMapped, location, pathField + ": " + AppAnalyzer.Quote(requestPath) + " is mapped for other methods only (" + otherMethods[0].Call
                    + "), and the kubelet sends GET: it gets 405 and the probe fails on every attempt. Map it with MapGet or MapHealthChecks.");
                return;
            }
            bool httpHealth = _facts.Endpoints.Any(e => e.Kind == EndpointKind.Health);
            if (_facts.MapsGrpcHealthService && !httpHealth)
            {
                Report(RuleCatalog.GrpcHealthMismatch, location, pathField + ": the app serves health over gRPC (MapGrpcHealthChecksService) and maps no HTTP health endpoint; "
                    + AppAnalyzer.Quote(requestPath) + " gets 404 and the probe fails on every attempt. Use a gRPC probe (Grpc = true, Port = …) or map MapHealthChecks.");
                return;
            }
            var health = _facts.Endpoints.Where(e => e.Kind == EndpointKind.Health && !e.DevelopmentOnly && RouteMatch.IsLiteral(e.Template)).Select(e => e.Template).Distinct().ToList();
            string? fix = health.Count == 1 ? health[0] : null;
            if (fix is null && health.Count > 1)
            {
                string word = kind switch { ProbeKind.Liveness => "live", ProbeKind.Readiness => "ready", _ => "start" };
                var byKind = health.Where(t => t.IndexOf(word, System.StringComparison.OrdinalIgnoreCase) >= 0).ToList();
                if (byKind.Count == 1) fix = byKind[0];
            }
            var mapped = _facts.Endpoints.Where(e => e.Kind != EndpointKind.OtherMethods && !e.DevelopmentOnly)
                .OrderBy(e => e.Kind == EndpointKind.Health ? 0 : 1).Select(e => e.Template).Distinct().Take(6).ToList();
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (fix is not null) properties = properties.Add(AppAnalyzer.FixValue, fix);
            Report(RuleCatalog.ProbePathNotMapped, location, pathField + ": " + AppAnalyzer.Quote(requestPath) + " is not mapped by the app"
                + (mapped.Count > 0 ? " (it maps " + string.Join(", ", mapped.Select(AppAnalyzer.Quote)) + ")" : "")
                + ": the kubelet gets 404 and the probe fails on every attempt. " + (fix is not null ? "Use HttpGet = " + AppAnalyzer.Quote(fix) + "." : "Probe a path the app maps."),
                properties, null);
        }

        private void CheckLivenessChecks(List<AppEndpoint> usable, string pathField, Location? location, string requestPath)
        {
            var health = usable.Where(e => e.Kind == EndpointKind.Health).ToList();
            if (health.Count == 0 || health.Count != usable.Count || health.Any(e => e.PredicateUnknown)) return;
            var runs = new List<HealthRegistration>();
            foreach (var r in _facts.Registrations)
            {
                if (!r.IsDependency) continue;
                if (health.All(e => e.Predicate is null || e.Predicate(r) == true)) runs.Add(r);
            }
            if (runs.Count == 0) return;
            string readiness = _container.ReadinessProbe?.HttpGet?.Path is { } ready && !RouteMatch.Matches(health[0].Template, ready)
                ? "the readiness probe's " + AppAnalyzer.Quote(ready) + " is where they belong"
                : "map a readiness endpoint for them (MapHealthChecks(\"/health/ready\", new HealthCheckOptions { Predicate = r => r.Tags.Contains(\"ready\") }))";
            Report(RuleCatalog.LivenessRunsDependencyChecks, location, pathField + ": the liveness endpoint " + health[0].Call + " runs the dependency check"
                + (runs.Count > 1 ? "s " : " ") + string.Join(", ", runs.Select(r => r.Display))
                + ": when that dependency is down, every replica fails liveness and is restarted, which does not bring it back. "
                + "Let liveness run no dependency checks (Predicate = _ => false, or only checks tagged \"live\"); " + readiness + ".");
        }

        // ---- PG4005 (gRPC probe) ----

        private void CheckGrpc(string path)
        {
            if (!_facts.IsApp || _facts.RoutesUnknown || _facts.MapsGrpcHealthService) return;
            string field = path + ".grpc";
            Report(RuleCatalog.GrpcHealthMismatch, _session.Locate(field), field + ": the app does not serve the gRPC health service"
                + (_facts.MapsGrpcServices ? "" : " (it maps no gRPC service at all)")
                + ": the kubelet's grpc.health.v1.Health/Check call fails and the probe fails on every attempt. "
                + "Add builder.Services.AddGrpcHealthChecks() and app.MapGrpcHealthChecksService() (Grpc.AspNetCore.HealthChecks), or use an HTTP probe.");
        }

        // ---- helpers ----

        private bool RequiresAuthorization(AppEndpoint e) => !e.AllowsAnonymous && (e.RequiresAuthorization || (_facts.FallbackPolicy && !e.IsMiddleware));

        private int? ResolvedPort(PortRef? port)
        {
            if (port is null) return null;
            if (port.Number is int n) return n;
            return ProbeTargets.Declared(_container, port)?.ContainerPort;
        }

        private static string? HostHeader(HttpGetActionSpec http)
        {
            foreach (var h in http.Headers)
            {
                if (string.Equals(h.Name, "Host", System.StringComparison.OrdinalIgnoreCase)) return h.Value.Trim();
            }
            return null;
        }

        private List<string>? AllowedHosts()
        {
            string? value = null;
            if (_env.TryGet("AllowedHosts", out var fromEnv)) value = fromEnv;
            else if (_settings is not null && _settings.TryGetValue("AllowedHosts", out var fromFile)) value = fromFile;
            if (value is null) return null;
            var hosts = value.Split(';').Select(h => h.Trim()).Where(h => h.Length > 0).ToList();
            return hosts.Count == 0 ? null : hosts;
        }

        /// <summary>RequireHost / AllowedHosts patterns: host, *.host, host:port, *:port, *.</summary>
        private static bool HostMatches(string pattern, string? hostHeader, int? probePort)
        {
            string host = pattern;
            string? port = null;
            int colon = pattern.LastIndexOf(':');
            if (colon >= 0 && pattern.IndexOf(']', colon) < 0)
            {
                host = pattern.Substring(0, colon);
                port = pattern.Substring(colon + 1);
            }
            if (port is not null && port != "*" && probePort is int p && port != AppAnalyzer.Number(p)) return false;
            if (host == "*") return true;
            if (hostHeader is null) return false; // the pod IP, which no named host pattern matches
            string header = hostHeader;
            int hc = header.LastIndexOf(':');
            if (hc >= 0 && header.IndexOf(']', hc) < 0) header = header.Substring(0, hc);
            if (host.StartsWith("*.", System.StringComparison.Ordinal)) return header.EndsWith(host.Substring(1), System.StringComparison.OrdinalIgnoreCase);
            return string.Equals(host, header, System.StringComparison.OrdinalIgnoreCase);
        }

        private void Report(RuleDescriptor rule, Location? location, string message, ImmutableDictionary<string, string?>? properties = null, IEnumerable<Location>? additional = null)
        {
            if (location is null) return;
            _ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.For(rule), location, additional, properties, message));
        }
    }
}

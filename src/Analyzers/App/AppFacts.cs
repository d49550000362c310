using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ProbeGen.Analyzers.App
{
    internal enum EndpointKind
    {
        /// <summary>Answers GET (MapGet, Map, MapMethods with GET, MapHub …).</summary>
        Get,
        /// <summary>Mapped for other methods only (MapPost …): a GET there is 405.</summary>
        OtherMethods,
        /// <summary>MapHealthChecks / UseHealthChecks.</summary>
        Health,
    }

    /// <summary>One endpoint of the app as the code maps it, with what would stop the kubelet from reaching it.</summary>
    internal sealed class AppEndpoint
    {
        public AppEndpoint(string template, EndpointKind kind, string call, Location location)
        {
            Template = template;
            Kind = kind;
            Call = call;
            Location = location;
        }

        /// <summary>The full route template (group prefixes included), starting with '/'.</summary>
        public string Template { get; }
        public EndpointKind Kind { get; }
        /// <summary>The mapping call as the user reads it: <c>MapHealthChecks("/health")</c>.</summary>
        public string Call { get; }
        public Location Location { get; }
        public bool DevelopmentOnly { get; set; }
        public bool RequiresAuthorization { get; set; }
        public bool AllowsAnonymous { get; set; }
        /// <summary>UseHealthChecks is middleware: endpoint authorization (and the fallback policy) does not apply.</summary>
        public bool IsMiddleware { get; set; }
        public List<string>? RequiredHosts { get; set; }
        /// <summary>UseHealthChecks(path, port): answers on that port only.</summary>
        public int? OnlyPort { get; set; }
        /// <summary>Health endpoints: which registrations run (null result = cannot tell); null = every registration.</summary>
        public System.Func<HealthRegistration, bool?>? Predicate { get; set; }
        public bool PredicateUnknown { get; set; }
    }

    /// <summary>One health check registration (<c>AddCheck</c>, <c>AddDbContextCheck</c>, <c>AddNpgSql</c> …).</summary>
    internal sealed class HealthRegistration
    {
        public HealthRegistration(string method, string? name, IReadOnlyList<string>? tags, bool isDependency)
        {
            Method = method;
            Name = name;
            Tags = tags;
            IsDependency = isDependency;
        }

        public string Method { get; }
        /// <summary>Null when it is not a constant.</summary>
        public string? Name { get; }
        /// <summary>Null when they are not constants.</summary>
        public IReadOnlyList<string>? Tags { get; }
        /// <summary>Checks an external dependency (a database, a broker, another service).</summary>
        public bool IsDependency { get; }

        public string Display => Name is null ? Method : "'" + Name + "' (" + Method + ")";
    }

    /// <summary>A TCP endpoint the app listens on.</summary>
    internal readonly struct ListenPort
    {
        public ListenPort(int port, bool https, bool loopbackOnly)
        {
            Port = port;
            Https = https;
            LoopbackOnly = loopbackOnly;
        }

        public int Port { get; }
        public bool Https { get; }
        public bool LoopbackOnly { get; }
    }

    /// <summary>What the application code says, read from every invocation of the compilation.</summary>
    internal sealed class AppFacts
    {
        /// <summary>A WebApplication (or web host) is built in this compilation: it is an app, not a library.</summary>
        public bool IsApp { get; set; }
        public bool UsesDefaultBuilder { get; set; }
        public bool UsesHostFiltering { get; set; }

        public List<AppEndpoint> Endpoints { get; } = new();
        /// <summary>Something may answer paths the analyzer cannot list (a fallback, custom middleware, a dynamic pattern …).</summary>
        public bool RoutesUnknown { get; set; }
        /// <summary>Paths with an extension may be static files.</summary>
        public bool ServesStaticFiles { get; set; }
        public string? RoutesUnknownBecause { get; set; }

        public List<HealthRegistration> Registrations { get; } = new();
        public bool FallbackPolicy { get; set; }

        public bool MapsGrpcHealthService { get; set; }
        public bool MapsGrpcServices { get; set; }
        public Location? GrpcHealthLocation { get; set; }

        public List<ListenPort> KestrelListens { get; } = new();
        public bool KestrelUnknown { get; set; }
        public List<string> CodeUrls { get; } = new();
        public bool CodeUrlsUnknown { get; set; }
        /// <summary>Configuration comes from sources the analyzer cannot read (custom files, command line …).</summary>
        public bool ConfigurationUnknown { get; set; }

        public bool UsesHttpsRedirection { get; set; }
        public int? HttpsRedirectPort { get; set; }

        public int AspNetMajorVersion { get; set; }

        public void Unknown(string because)
        {
            if (!RoutesUnknown) RoutesUnknownBecause = because;
            RoutesUnknown = true;
        }
    }
}

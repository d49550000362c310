using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ProbeGen.Analyzers.App;

namespace ProbeGen.Tests;

internal static class AppSources
{
    public const string Usings = """
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Diagnostics.HealthChecks;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Routing;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Diagnostics.HealthChecks;
        using Microsoft.Extensions.Hosting;
        using ProbeGen;

        """;
}

/// <summary>PG4001: an httpGet probe's path must be one the app maps.</summary>
public class ProbePathNotMappedTests
{
    [Fact]
    public Task HealthzProbe_AppMapsHealth_Reported() => AspNetVerify.Analyzer(AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHealthChecks();
        var app = builder.Build();
        app.MapHealthChecks("/health");
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [ContainerPort(8080)]
        [LivenessProbe({|PG4001:HttpGet = "/healthz"|}, Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task Message_NamesThePathTheMappedPathsAndTheFix() => AspNetVerify.Analyzer(AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapHealthChecks("/health");
        app.MapGet("/", () => "hi");
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe({|#0:HttpGet = "/healthz"|}, Port = 8080)]
        public partial class Shop { }
        """, new DiagnosticResult("PG4001", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
        "spec.template.spec.containers[0].livenessProbe.httpGet.path: \"/healthz\" is not mapped by the app (it maps \"/health\", \"/\"): the kubelet gets 404 and the probe fails on every attempt. Use HttpGet = \"/health\"."));

    [Fact]
    public Task MappedPath_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHealthChecks();
        var app = builder.Build();
        app.MapHealthChecks("/health");
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [ContainerPort(8080)]
        [LivenessProbe(HttpGet = "/health", Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task GroupPrefix_ProbeWithoutPrefix_Reported() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        var ops = app.MapGroup("/ops");
        ops.MapHealthChecks("/health");
        ops.MapGet("/ping", () => "pong");
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe({|PG4001:HttpGet = "/health"|}, Port = 8080)]
        [ReadinessProbe(HttpGet = "/ops/health", Port = 8080)]
        [StartupProbe(HttpGet = "/OPS/ping/", Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task NestedGroupsConstantsAndConcatenation_Resolved() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        var api = app.MapGroup(Paths.Api).MapGroup("v" + Paths.Version);
        api.MapGet($"{Paths.Health}/live", () => "ok");
        app.Run();

        static class Paths
        {
            public const string Api = "/api";
            public const string Version = "1";
            public const string Health = "health";
            public const string Live = Api + "/v" + Version + "/" + Health + "/live";
        }

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = Paths.Live, Port = 8080)]
        [ReadinessProbe({|PG4001:HttpGet = "/api/health/live"|}, Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task ExtensionMethodHelper_ResolvedThroughItsCallSite() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGroup("/internal").MapProbes();
        app.Run();

        static class ProbeRoutes
        {
            public static IEndpointRouteBuilder MapProbes(this IEndpointRouteBuilder endpoints)
            {
                endpoints.MapHealthChecks("/healthz");
                return endpoints;
            }
        }

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe({|PG4001:HttpGet = "/healthz"|}, Port = 8080)]
        [ReadinessProbe(HttpGet = "/internal/healthz", Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task RouteParameters_MatchAnySegment_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/status/{component:alpha}/{detail?}", (string component) => component);
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/status/self", Port = 8080)]
        [ReadinessProbe(HttpGet = "/status/db/full?verbose=1", Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task PostOnly_Reported() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapPost("/health", () => "ok");
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe({|PG4001:HttpGet = "/health"|}, Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task UseHealthChecksMiddleware_IsAPath() => AspNetVerify.Analyzer(AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHealthChecks();
        var app = builder.Build();
        app.UseHealthChecks("/hc");
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/hc", Port = 8080)]
        [ReadinessProbe({|PG4001:HttpGet = "/hc/ready"|}, Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task DynamicPattern_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapHealthChecks(System.Environment.GetEnvironmentVariable("HEALTH_PATH") ?? "/health");
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/healthz", Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task FallbackControllersOrCustomMiddleware_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapHealthChecks("/health");
        app.Use(async (context, next) =>
        {
            if (context.Request.Path == "/healthz") { await context.Response.WriteAsync("ok"); return; }
            await next();
        });
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/healthz", Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task HelperNeverCalled_PrefixUnknown_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/", () => "hi");
        app.Run();

        public static class Probes
        {
            public static void MapProbes(this IEndpointRouteBuilder endpoints) => endpoints.MapHealthChecks("/healthz");
        }

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/live", Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task ContainerOfOtherSoftware_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapHealthChecks("/health");
        app.Run();

        [Deployment("proxy")]
        [Container("nginx", "nginx:1.27")]
        [LivenessProbe(HttpGet = "/nginx_status", Port = 80)]
        public partial class Proxy { }
        """);

    [Fact]
    public Task StartupClassUseEndpoints_Resolved() => AspNetVerify.Analyzer(AppSources.Usings + """
        Host.CreateDefaultBuilder(args).ConfigureWebHostDefaults(web => web.UseStartup<Startup>()).Build().Run();

        public class Startup
        {
            public void ConfigureServices(IServiceCollection services) => services.AddHealthChecks();

            public void Configure(IApplicationBuilder app)
            {
                app.UseRouting();
                app.UseEndpoints(endpoints => endpoints.MapHealthChecks("/health"));
            }
        }

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/health", Port = 8080)]
        [ReadinessProbe({|PG4001:HttpGet = "/ready"|}, Port = 8080)]
        public partial class Shop { }
        """);
}

/// <summary>The analyzers cost nothing where there is no ASP.NET Core: no action is even registered.</summary>
public class AppAnalyzerCostTests
{
    [Fact]
    public async Task ProjectWithoutAspNetCore_RegistersNoActions()
    {
        var compilation = TestCompilation.Create("""
            using ProbeGen;
            [Deployment("web")]
            [Container("web", "ghcr.io/acme/web:1.0")]
            [LivenessProbe(HttpGet = "/healthz", Port = 80)]
            public partial class Web { }
            """);
        var analyzer = new AppAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        Assert.Empty(diagnostics);
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount);
        Assert.Equal(0, telemetry.SymbolActionsCount);
        Assert.Equal(0, telemetry.CompilationEndActionsCount);
    }
}

/// <summary>Endpoint conventions on a group (RequireHost, WithTags …) are not mappings: the routes stay known.</summary>
public class GroupConventionTests
{
    [Fact]
    public Task ConventionsOnAGroup_RoutesStayKnown_Reported() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        var api = app.MapGroup("/api").RequireAuthorization().WithTags("api").RequireHost("*:8080");
        api.MapGet("/orders", () => "[]");
        app.MapHealthChecks("/health").AllowAnonymous();
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe({|PG4001:HttpGet = "/healthz"|}, Port = 8080)]
        [ReadinessProbe(HttpGet = "/health", Port = 8080)]
        public partial class Shop { }
        """);
}

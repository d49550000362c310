using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ProbeGen.Tests;

/// <summary>PG4003: nothing between the kubelet and the probed endpoint (authorization, host, HTTPS redirect, Development only).</summary>
public class ProbeEndpointUnreachableTests
{
    private const string Shop = """

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe({|PG4003:HttpGet = "/health"|}, Port = 8080)]
        public partial class Shop { }
        """;

    private const string SilentShop = """

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/health", Port = 8080)]
        public partial class Shop { }
        """;

    [Fact]
    public Task RequireAuthorization_Reported() => AspNetVerify.Analyzer(AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.MapHealthChecks("/health").RequireAuthorization();
        app.Run();
        """ + Shop);

    [Fact]
    public Task RequireAuthorizationThenAllowAnonymous_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        var secured = app.MapGroup("").RequireAuthorization();
        secured.MapHealthChecks("/health").AllowAnonymous();
        app.Run();
        """ + SilentShop);

    [Fact]
    public Task GroupRequiresAuthorizationOnALaterLine_Reported() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        var ops = app.MapGroup("/");
        ops.RequireAuthorization("admin");
        ops.MapGet("/health", () => "ok");
        app.Run();
        """ + Shop);

    [Fact]
    public Task AuthorizeAttributeOnHandler_Reported() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/health", [Authorize] () => "ok");
        app.Run();
        """ + Shop);

    [Fact]
    public Task FallbackPolicy_Reported() => AspNetVerify.Analyzer(AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAuthorization(options =>
        {
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        var app = builder.Build();
        app.MapHealthChecks("/health");
        app.Run();
        """ + Shop);

    [Fact]
    public Task FallbackPolicyWithAnonymousHealth_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        var app = builder.Build();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.Run();
        """ + SilentShop);

    [Fact]
    public Task RequireHost_Reported() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapHealthChecks("/health").RequireHost("shop.example.com");
        app.Run();
        """ + Shop);

    [Fact]
    public Task RequireHostWithTheProbesHostHeaderOrAnyHostOnItsPort_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapHealthChecks("/health").RequireHost("shop.example.com");
        app.MapHealthChecks("/ready").RequireHost("*:8080");
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/health", Port = 8080, HttpHeaders = new[] { "Host: shop.example.com" })]
        [ReadinessProbe(HttpGet = "/ready", Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task MappedOnlyInDevelopment_Reported() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        if (app.Environment.IsDevelopment())
        {
            app.MapHealthChecks("/health");
        }
        app.MapGet("/", () => "hi");
        app.Run();
        """ + Shop);

    [Fact]
    public Task MappedOnlyInDevelopment_PodRunsDevelopment_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        if (app.Environment.IsDevelopment())
        {
            app.MapHealthChecks("/health");
        }
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [Env("ASPNETCORE_ENVIRONMENT", "Development")]
        [LivenessProbe(HttpGet = "/health", Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task MappedOutsideProductionCheck_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }
        app.MapHealthChecks("/health");
        app.Run();
        """ + SilentShop);

    [Fact]
    public Task AllowedHostsInAppSettings_Reported() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapHealthChecks("/health");
        app.Run();
        """ + Shop, new[] { ("appsettings.json", """{ "AllowedHosts": "shop.example.com" }""") }, null);

    [Fact]
    public Task AllowedHostsStar_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapHealthChecks("/health");
        app.Run();
        """ + SilentShop, new[] { ("appsettings.json", """{ "AllowedHosts": "*" }"""), ("appsettings.Production.json", """{ "Logging": {} }""") }, null);

    [Fact]
    public Task HttpsRedirectToAPortNobodyListensOn_Reported() => AspNetVerify.Analyzer(AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHttpsRedirection(options => options.HttpsPort = 443);
        var app = builder.Build();
        app.UseHttpsRedirection();
        app.MapHealthChecks("/health");
        app.Run();
        """ + Shop);

    [Fact]
    public Task HttpsRedirectWithoutAnHttpsPort_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        app.UseHttpsRedirection();
        app.MapHealthChecks("/health");
        app.Run();
        """ + SilentShop);
}

/// <summary>PG4004: a liveness endpoint runs no dependency checks.</summary>
public class LivenessRunsDependencyChecksTests
{
    private const string Xabaril = """

        namespace Microsoft.Extensions.DependencyInjection
        {
            // The shape of AspNetCore.HealthChecks.NpgSql's registration, declared here under its real namespace.
            public static class NpgSqlHealthCheckBuilderExtensions
            {
                public static IHealthChecksBuilder AddNpgSql(this IHealthChecksBuilder builder, string connectionString, string healthQuery = "SELECT 1;",
                    System.Action<object>? configure = null, string? name = default, HealthStatus? failureStatus = default, System.Collections.Generic.IEnumerable<string>? tags = default)
                    => builder;
            }
        }
        """;

    [Fact]
    public Task LivenessOnAllChecks_WithDatabaseCheck_Reported() => AspNetVerify.Analyzer(AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy())
            .AddNpgSql("Host=db");
        var app = builder.Build();
        app.MapHealthChecks("/health");
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe({|#0:HttpGet = "/health"|}, Port = 8080)]
        public partial class Shop { }
        """ + Xabaril, new DiagnosticResult("PG4004", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
        "spec.template.spec.containers[0].livenessProbe.httpGet.path: the liveness endpoint MapHealthChecks(\"/health\") runs the dependency check AddNpgSql: when that dependency is down, every replica fails liveness and is restarted, which does not bring it back. Let liveness run no dependency checks (Predicate = _ => false, or only checks tagged \"live\"); map a readiness endpoint for them (MapHealthChecks(\"/health/ready\", new HealthCheckOptions { Predicate = r => r.Tags.Contains(\"ready\") }))."));

    [Fact]
    public Task NamedDatabaseCheck_SplitEndpoints_LivenessFiltered_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), tags: new[] { "live" })
            .AddCheck("orders-db", () => HealthCheckResult.Healthy(), tags: ["ready"]);
        var app = builder.Build();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = r => r.Tags.Contains("ready") });
        app.MapHealthChecks("/health/nothing", new HealthCheckOptions { Predicate = _ => false });
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/health/live", Port = 8080)]
        [ReadinessProbe(HttpGet = "/health/ready", Port = 8080)]
        [StartupProbe(HttpGet = "/health/nothing", Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task LivenessOnTheReadyTag_Reported() => AspNetVerify.Analyzer(AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: new[] { "ready" });
        var app = builder.Build();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = r => r.Tags.Contains("ready") || r.Name == "self" });
        app.MapHealthChecks("/ready", new HealthCheckOptions { Predicate = r => r.Tags.Contains("ready") });
        app.Run();

        sealed class DatabaseHealthCheck : IHealthCheck
        {
            public System.Threading.Tasks.Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, System.Threading.CancellationToken cancellationToken = default)
                => System.Threading.Tasks.Task.FromResult(HealthCheckResult.Healthy());
        }

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe({|PG4004:HttpGet = "/healthz"|}, Port = 8080)]
        [ReadinessProbe(HttpGet = "/ready", Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task PredicateNotReadable_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHealthChecks().AddCheck("database", () => HealthCheckResult.Healthy());
        var app = builder.Build();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = Filters.Live });
        app.Run();

        static class Filters
        {
            public static bool Live(HealthCheckRegistration r) => r.Tags.Count == 0;
        }

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/health", Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task OnlySelfChecks_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy()).AddCheck("feedback-loop", () => HealthCheckResult.Healthy());
        var app = builder.Build();
        app.MapHealthChecks("/health");
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/health", Port = 8080)]
        [ReadinessProbe(HttpGet = "/health", Port = 8080, PeriodSeconds = 5)]
        public partial class Shop { }
        """);
}

/// <summary>PG4005: gRPC probes need the gRPC health service; a gRPC-only health service needs a gRPC probe.</summary>
public class GrpcHealthMismatchTests
{
    private const string GrpcHealthExtension = """

        namespace Microsoft.AspNetCore.Builder
        {
            // The shape of Grpc.AspNetCore.HealthChecks' mapping, declared here under its real namespace.
            public static class GrpcHealthChecksEndpointRouteBuilderExtensions
            {
                public static IEndpointConventionBuilder MapGrpcHealthChecksService(this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder builder) => null!;
            }
        }
        """;

    [Fact]
    public Task GrpcProbe_NoHealthService_Reported() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/", () => "hi");
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe({|PG4005:Grpc = true|}, Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task GrpcProbe_HealthServiceMapped_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGrpcHealthChecksService();
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(Grpc = true, Port = 8080)]
        public partial class Shop { }
        """ + GrpcHealthExtension);

    [Fact]
    public Task HttpProbe_OnlyGrpcHealth_Reported() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGrpcHealthChecksService();
        app.MapGet("/", () => "grpc only");
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe({|PG4005:HttpGet = "/health"|}, Port = 8080)]
        public partial class Shop { }
        """ + GrpcHealthExtension);

    [Fact]
    public Task HttpProbe_GrpcAndHttpHealth_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGrpcHealthChecksService();
        app.MapHealthChecks("/health");
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/health", Port = 8080)]
        public partial class Shop { }
        """ + GrpcHealthExtension);
}

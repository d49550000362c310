using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ProbeGen.Tests;

/// <summary>PG4002: a probe's port must be one the app listens on.</summary>
public class ProbePortNotListenedTests
{
    private const string App = """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapHealthChecks("/health");
        app.Run();

        """;

    [Fact]
    public Task Port80_ImageDefault8080_Reported() => AspNetVerify.Analyzer(AppSources.Usings + App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [ContainerPort(80)]
        [LivenessProbe(HttpGet = "/health", {|#0:Port = 80|})]
        public partial class Shop { }
        """, new DiagnosticResult("PG4002", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
        "spec.template.spec.containers[0].livenessProbe.httpGet.port: port 80 is not one the app listens on: it listens on 8080 (the .NET 8+ container images set ASPNETCORE_HTTP_PORTS=8080, and nothing in the app or the pod changes it). The connection is refused, so the probe fails on every attempt. Use Port = 8080 and declare it with [ContainerPort(8080)]."));

    [Fact]
    public Task Port8080_ImageDefault_Silent() => AspNetVerify.Analyzer(AppSources.Usings + App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [ContainerPort(8080, Name = "http")]
        [LivenessProbe(HttpGet = "/health", PortName = "http")]
        [ReadinessProbe(TcpSocket = true, Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task HttpPortsInEnv_OtherPortProbed_Reported() => AspNetVerify.Analyzer(AppSources.Usings + App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [Env("ASPNETCORE_HTTP_PORTS", "5000")]
        [ContainerPort(8080, Name = "http")]
        [LivenessProbe(HttpGet = "/health", {|PG4002:PortName = "http"|})]
        [ReadinessProbe(HttpGet = "/health", Port = 5000)]
        public partial class Shop { }
        """);

    [Fact]
    public Task UrlsInEnv_WinOverHttpPorts() => AspNetVerify.Analyzer(AppSources.Usings + App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [Env("ASPNETCORE_HTTP_PORTS", "5000")]
        [Env("ASPNETCORE_URLS", "http://+:7000")]
        [LivenessProbe(HttpGet = "/health", {|PG4002:Port = 5000|})]
        [ReadinessProbe(HttpGet = "/health", Port = 7000)]
        public partial class Shop { }
        """);

    [Fact]
    public Task EnvSecretKey_Silent() => AspNetVerify.Analyzer(AppSources.Usings + App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [EnvSecretKey("ASPNETCORE_URLS", "shop", "urls")]
        [LivenessProbe(HttpGet = "/health", Port = 80)]
        public partial class Shop { }
        """);

    [Fact]
    public Task UseUrlsInCode_Reported() => AspNetVerify.Analyzer(AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.UseUrls("http://0.0.0.0:5005");
        var app = builder.Build();
        app.MapHealthChecks("/health");
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [Env("ASPNETCORE_HTTP_PORTS", "8080")]
        [LivenessProbe(HttpGet = "/health", {|PG4002:Port = 8080|})]
        [ReadinessProbe(HttpGet = "/health", Port = 5005)]
        public partial class Shop { }
        """);

    [Fact]
    public Task KestrelListen_OverridesUrls() => AspNetVerify.Analyzer(AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.ListenAnyIP(6000);
            options.ListenLocalhost(6001);
        });
        var app = builder.Build();
        app.MapHealthChecks("/health");
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [Env("ASPNETCORE_URLS", "http://+:8080")]
        [LivenessProbe(HttpGet = "/health", {|PG4002:Port = 8080|})]
        [ReadinessProbe(HttpGet = "/health", Port = 6000)]
        [StartupProbe(HttpGet = "/health", {|PG4002:Port = 6001|})]
        public partial class Shop { }
        """);

    [Fact]
    public Task KestrelListenOnComputedPort_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(options => options.ListenAnyIP(int.Parse(System.Environment.GetEnvironmentVariable("PORT") ?? "80")));
        var app = builder.Build();
        app.MapHealthChecks("/health");
        app.Run();

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/health", Port = 1234)]
        public partial class Shop { }
        """);

    [Fact]
    public Task KestrelEndpointsInAppSettings_Read() => AspNetVerify.Analyzer(AppSources.Usings + App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/health", {|PG4002:Port = 8080|})]
        [ReadinessProbe(HttpGet = "/health", Port = 7070)]
        public partial class Shop { }
        """, new[]
        {
            ("appsettings.json", """
                {
                  // comments are allowed, as in the JSON configuration provider
                  "Logging": { "LogLevel": { "Default": "Information" } },
                  "Kestrel": { "Endpoints": { "Http": { "Url": "http://*:7070" } } },
                }
                """),
            ("appsettings.Development.json", """{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://localhost:5000" } } } }"""),
        }, null);

    [Fact]
    public Task ContainerPortItems_CountAsListened_Silent() => AspNetVerify.Analyzer(AppSources.Usings + App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/health", Port = 9000)]
        public partial class Shop { }
        """, null, "build_property.ProbeGenContainerPorts = 9000/tcp\n");

    [Fact]
    public Task ContainerEnvironmentItems_AreTheImageEnvironment() => AspNetVerify.Analyzer(AppSources.Usings + App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/health", Port = 5100)]
        [ReadinessProbe(HttpGet = "/health", {|PG4002:Port = 8080|})]
        public partial class Shop { }
        """, null, "build_property.ProbeGenContainerEnvironment = ASPNETCORE_HTTP_PORTS=5100\n");

    [Fact]
    public Task NonDotNetBaseImage_DefaultUnknown_Silent() => AspNetVerify.Analyzer(AppSources.Usings + App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/health", Port = 80)]
        public partial class Shop { }
        """, null, "build_property.ContainerBaseImage = ghcr.io/acme/custom-base:1\n");

    [Fact]
    public Task UrlsOnTheCommandLine_Silent() => AspNetVerify.Analyzer(AppSources.Usings + App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0", Args = new[] { "--urls", "http://+:80" })]
        [LivenessProbe(HttpGet = "/health", Port = 80)]
        public partial class Shop { }
        """);
}

/// <summary>A library that references ASP.NET Core but builds no app is not an app: nothing is assumed about its ports.</summary>
public class AppLibraryTests
{
    [Fact]
    public Task LibraryWithoutAWebApplication_Silent() => AspNetVerify.Analyzer(AppSources.Usings + """
        System.Console.WriteLine("not a web app");

        public static class Routes
        {
            public static void MapShop(this WebApplication app) => app.MapHealthChecks("/health");
        }

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/healthz", Port = 80)]
        public partial class Shop { }
        """);
}

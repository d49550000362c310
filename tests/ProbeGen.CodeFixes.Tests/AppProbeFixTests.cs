using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ProbeGen.Analyzers.App;
using ProbeGen.CodeFixes;

namespace ProbeGen.Tests;

/// <summary>PG4001/PG4002 fixes on real minimal APIs: the mapped path, the listened port (declared when it is not).</summary>
public class AppProbeFixTests
{
    private const string App = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;
        using ProbeGen;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddHealthChecks();
        var app = builder.Build();
        app.MapGroup("/ops").MapHealthChecks("/health");
        app.Run();

        """;

    private static Task Run(string source, string fixedSource)
    {
        var test = new CSharpCodeFixTest<AppAnalyzer, AppProbeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            // The application rules are reported at compilation end (they need the whole app), as PG0012 is.
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.OutputKind = OutputKind.ConsoleApplication;
            state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
            state.AdditionalReferences.AddRange(AspNetReferences.All);
            state.AdditionalReferences.Add(typeof(ProbeGen.PodAttribute).Assembly);
        }
        return test.RunAsync();
    }

    [Fact]
    public Task UnmappedPath_UsesTheMappedHealthPath() => Run(App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [ContainerPort(8080)]
        [LivenessProbe({|PG4001:HttpGet = "/healthz"|}, Port = 8080)]
        public partial class Shop { }
        """, App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [ContainerPort(8080)]
        [LivenessProbe(HttpGet = "/ops/health", Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task WrongPort_UsesTheListenedPort_AndDeclaresIt() => Run(App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [LivenessProbe(HttpGet = "/ops/health", {|PG4002:Port = 80|})]
        public partial class Shop { }
        """, App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [ContainerPort(8080)]
        [LivenessProbe(HttpGet = "/ops/health", Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task WrongPortAlreadyDeclared_OnlyThePortChanges() => Run(App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [ContainerPort(80, Name = "legacy")]
        [ContainerPort(8080)]
        [LivenessProbe(HttpGet = "/ops/health", {|PG4002:Port = 80|})]
        public partial class Shop { }
        """, App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [ContainerPort(80, Name = "legacy")]
        [ContainerPort(8080)]
        [LivenessProbe(HttpGet = "/ops/health", Port = 8080)]
        public partial class Shop { }
        """);

    [Fact]
    public Task NamedPortOnTheWrongNumber_TheContainerPortChanges() => Run(App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [ContainerPort(80, Name = "http")]
        [LivenessProbe(HttpGet = "/ops/health", {|PG4002:PortName = "http"|})]
        [ReadinessProbe(HttpGet = "/ops/health", {|PG4002:PortName = "http"|})]
        public partial class Shop { }
        """, App + """
        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [ContainerPort(8080, Name = "http")]
        [LivenessProbe(HttpGet = "/ops/health", PortName = "http")]
        [ReadinessProbe(HttpGet = "/ops/health", PortName = "http")]
        public partial class Shop { }
        """);
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ProbeGen.Analyzers.App;

namespace ProbeGen.Tests;

/// <summary>The application analyzer never throws, whatever state the code is in while it is typed.</summary>
public class AppRobustnessTests
{
    private const string Source = AppSources.Usings + """
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(o => o.ListenAnyIP(6000));
        builder.Services.AddAuthorization(o => o.FallbackPolicy = null);
        builder.Services.AddHealthChecks().AddCheck("orders-db", () => HealthCheckResult.Healthy(), tags: new[] { "ready" });
        var app = builder.Build();
        var ops = app.MapGroup("/ops").RequireHost("*:6000");
        ops.MapHealthChecks("/live", new HealthCheckOptions { Predicate = r => !r.Tags.Contains("ready") && r.Name != "x" });
        if (app.Environment.IsDevelopment()) app.MapGet("/dev", [Authorize] () => "dev");
        app.UseHealthChecks("/hc", 6000);
        app.MapProbes();
        app.Run();

        static class Helpers
        {
            public static void MapProbes(this IEndpointRouteBuilder e) => e.MapGroup("/x").MapGet("/{id:int}", (int id) => id);
        }

        [Deployment("shop")]
        [Container("shop", "ghcr.io/acme/shop:1.0")]
        [Env("ASPNETCORE_URLS", "http://+:6000")]
        [ContainerPort(6000, Name = "http")]
        [LivenessProbe(HttpGet = "/ops/live", PortName = "http")]
        [ReadinessProbe(HttpGet = "/hc", Port = 6000)]
        [StartupProbe(Grpc = true, Port = 6000)]
        public partial class Shop { }
        """;

    [Fact]
    public async Task EveryTruncation_NoAnalyzerException()
    {
        var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Concat(AspNetReferences.All)
            .Append(MetadataReference.CreateFromFile(typeof(ProbeGen.PodAttribute).Assembly.Location))
            .ToImmutableArray();
        var files = ImmutableArray.Create<AdditionalText>(new Text("/app/appsettings.json", """{ "Kestrel": { "Endpoints": { "A": { "Url": "http://*:6000" """));
        var failures = new List<string>();
        for (int length = Source.Length; length > 0; length -= 17)
        {
            var tree = CSharpSyntaxTree.ParseText(Source.Substring(0, length), TestCompilation.ParseOptions, path: "Program.cs");
            var compilation = CSharpCompilation.Create("Shop", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(files), (ex, _, _) => failures.Add(length + ": " + ex), concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AppAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
            failures.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => length + ": " + d.GetMessage()));
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task FullSource_IsSilent()
    {
        var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Concat(AspNetReferences.All)
            .Append(MetadataReference.CreateFromFile(typeof(ProbeGen.PodAttribute).Assembly.Location))
            .ToImmutableArray();
        var tree = CSharpSyntaxTree.ParseText(Source, TestCompilation.ParseOptions, path: "Program.cs");
        var compilation = CSharpCompilation.Create("Shop", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var failures = new List<string>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (ex, _, _) => failures.Add(ex.ToString()), concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AppAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(failures);
        // The gRPC startup probe is the one finding: the app maps no gRPC health service.
        Assert.Equal(new[] { "PG4005" }, diagnostics.Select(d => d.Id));
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }
}

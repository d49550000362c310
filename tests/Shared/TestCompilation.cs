using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ProbeGen.Generator;

namespace ProbeGen.Tests;

/// <summary>In-memory compilations with the real generator and analyzer: no file IO, .NET 10 reference assemblies.</summary>
internal static class TestCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> BaseReferences =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(ProbeGen.PodAttribute).Assembly.Location))
            .ToImmutableArray();

    private static readonly Lazy<ImmutableArray<MetadataReference>> KubernetesReferences = new(() =>
    {
        var k8s = typeof(k8s.Models.V1Pod).Assembly;
        var refs = new List<MetadataReference> { MetadataReference.CreateFromFile(k8s.Location) };
        foreach (var name in k8s.GetReferencedAssemblies())
        {
            try
            {
                var a = Assembly.Load(name);
                if (!a.IsDynamic && a.Location.Length > 0 && !a.Location.Contains("/shared/Microsoft.NETCore.App/", StringComparison.Ordinal)) refs.Add(MetadataReference.CreateFromFile(a.Location));
            }
            catch (FileNotFoundException)
            {
            }
        }
        return refs.ToImmutableArray();
    });

    public static CSharpCompilation Create(IEnumerable<string> sources, bool withKubernetesClient = false, string assemblyName = "Consumer")
    {
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "File" + i + ".cs"));
        var refs = withKubernetesClient ? BaseReferences.AddRange(KubernetesReferences.Value) : BaseReferences;
        return CSharpCompilation.Create(assemblyName, trees, refs,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
    }

    public static CSharpCompilation Create(string source, bool withKubernetesClient = false) => Create(new[] { source }, withKubernetesClient);

    /// <summary>
    /// The generator's driver; <paramref name="trackSteps"/> records every incremental step for the tests that inspect them.
    /// Off for compilations of hundreds of sources: Roslyn's step recording then costs far more than the generation itself.
    /// </summary>
    public static GeneratorDriver Driver(bool typedOff = false, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            new[] { new ProbeGenGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            optionsProvider: typedOff ? new TestOptionsProvider(("build_property.ProbeGenTypedManifests", "false")) : null,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator; returns the updated compilation, the generated files and the generator's diagnostics.</summary>
    public static (Compilation Output, ImmutableArray<(string HintName, string Text)> Files, ImmutableArray<Diagnostic> Diagnostics, GeneratorDriver Driver)
        Generate(Compilation compilation, GeneratorDriver? driver = null)
    {
        driver = (driver ?? Driver()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null) throw new InvalidOperationException("The generator threw", result.Exception);
        var files = result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).OrderBy(f => f.HintName, StringComparer.Ordinal).ToImmutableArray();
        return (output, files, diagnostics, driver);
    }

    /// <summary>Runs the analyzer on a compilation (with the generator's output, as in a real build).</summary>
    public static ImmutableArray<Diagnostic> Analyze(Compilation compilation)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ProbeGen.Analyzers.WorkloadAnalyzer());
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        return withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
    }

    /// <summary>
    /// The workload types that got generated members (a <c>ManifestYaml</c> constant declared in a generated file), by
    /// their display name, sorted: what the generator emitted, read from the compiled output rather than file names.
    /// </summary>
    public static string[] ManifestTypes(Compilation output) =>
        output.GetSymbolsWithName("ManifestYaml", SymbolFilter.Member)
            .OfType<IFieldSymbol>()
            .Where(f => f.IsConst && f.Locations.Any(l => l.SourceTree?.FilePath.Contains("ProbeGen.Workloads.", StringComparison.Ordinal) == true))
            .Select(f => f.ContainingType.ToDisplayString())
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Errors of the compilation itself (CS….), after generation.</summary>
    public static ImmutableArray<Diagnostic> CompilerErrors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();

    /// <summary>Emits and loads the compilation, for calling generated code.</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var pe = new MemoryStream();
        var emit = compilation.Emit(pe);
        if (!emit.Success) throw new InvalidOperationException(string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(pe.ToArray());
    }

    private sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public TestOptionsProvider(params (string Key, string Value)[] values) => _global = new Options(values.ToDictionary(v => v.Key, v => v.Value));

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());
            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}

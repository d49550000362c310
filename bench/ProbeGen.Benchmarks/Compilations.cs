using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ProbeGen.Generator;

namespace ProbeGen.Bench;

/// <summary>In-memory compilations of the benchmark workloads, as the compiler sees them in a build (as tests/Shared/TestCompilation.cs).</summary>
public static class Compilations
{
    /// <summary>As csc parses without <c>/doc</c> (no GenerateDocumentationFile): doc comments are plain comments.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    private static readonly ImmutableArray<MetadataReference> BaseReferences =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(PodAttribute).Assembly.Location))
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
        return BaseReferences.AddRange(refs);
    });

    /// <summary>The sources of <paramref name="count"/> workloads (one file each, as the project generator writes them), parsed.</summary>
    public static ImmutableArray<SyntaxTree> Parse(int count, WorkloadMix mix = WorkloadMix.Clean) =>
        WorkloadFactory.Create(count, WorkloadFactory.DefaultSeed, mix)
            .Select((w, i) => CSharpSyntaxTree.ParseText(Microsoft.CodeAnalysis.Text.SourceText.From(CSharpWriter.Write(w, withEditMarker: i == 0), System.Text.Encoding.UTF8), ParseOptions, path: w.ClassName + ".cs"))
            .ToImmutableArray();

    /// <summary>A new compilation over already parsed trees: no symbol is bound yet, as at the start of a build.</summary>
    public static CSharpCompilation Create(ImmutableArray<SyntaxTree> trees, bool withKubernetesClient) =>
        CSharpCompilation.Create("Bench.Workloads", trees, withKubernetesClient ? KubernetesReferences.Value : BaseReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    /// <summary>A new driver every time: the compiler server keeps no generator state between builds.</summary>
    public static GeneratorDriver Driver() =>
        CSharpGeneratorDriver.Create(new[] { new ProbeGenGenerator().AsSourceGenerator() }, parseOptions: ParseOptions);

    public static CompilationWithAnalyzers WithAnalyzer(Compilation compilation) =>
        compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ProbeGen.Analyzers.WorkloadAnalyzer()),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
                concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));

    /// <summary>Emits to memory; throws on a compile error so a broken benchmark cannot pass for a fast one.</summary>
    public static long Emit(Compilation compilation)
    {
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        if (!result.Success)
            throw new InvalidOperationException("compile errors: " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        return pe.Length;
    }
}

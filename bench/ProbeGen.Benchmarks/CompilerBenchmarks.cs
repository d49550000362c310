using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace ProbeGen.Bench;

/// <summary>
/// ProbeGen in the compiler, on N workloads. Every benchmark starts from a new compilation over the same parsed trees
/// (parsing is the compiler's cost with or without ProbeGen), as each build does; compare in pairs:
/// <list type="bullet">
/// <item><c>Generator</c>/<c>GeneratorTyped</c>: a new driver runs the generator (finding the attributes, binding them,
/// parsing, validating, emitting C#) — what csc does before compiling, without/with KubernetesClient referenced
/// (typed <c>CreateManifest()</c> factories). Its binding is not shared with the compilation that follows.</item>
/// <item><c>Bind</c> vs <c>Analyzer</c>: all diagnostics of a new compilation (binding every declaration, attribute and
/// body, which the compiler does anyway), and the analyzer's diagnostics of a new compilation (the analyzer driver forces
/// the same binding, then runs the analyzer): the difference is what the analyzer adds.</item>
/// </list>
/// (The public API cannot attach an analyzer to an emit as csc does, so the analyzer is measured beside Bind.)
/// <see cref="CompileBenchmarks"/> adds the cost of compiling the generated code, at 1,000 workloads.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SlowBenchmarkConfig))]
public class CompilerBenchmarks
{
    [Params(100, 1000, 10000)]
    public int N { get; set; }

    private ImmutableArray<SyntaxTree> _trees;

    [GlobalSetup]
    public void Setup() => _trees = Compilations.Parse(N);

    [Benchmark]
    public int Generator() => RunGenerator(withKubernetesClient: false);

    [Benchmark]
    public int GeneratorTyped() => RunGenerator(withKubernetesClient: true);

    [Benchmark]
    public int Bind() => Compilations.Create(_trees, false).GetDiagnostics().Length;

    [Benchmark]
    public int Analyzer() => Compilations.WithAnalyzer(Compilations.Create(_trees, false)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;

    private int RunGenerator(bool withKubernetesClient)
    {
        var driver = Compilations.Driver().RunGenerators(Compilations.Create(_trees, withKubernetesClient));
        return driver.GetRunResult().GeneratedTrees.Length;
    }
}

/// <summary>
/// <c>Compile</c> vs <c>CompileWithGenerator</c>/<c>CompileWithGeneratorTyped</c>, at 1,000 workloads: emitting the
/// assembly, and running the generator then emitting the assembly with the generated code (ManifestYaml constants, the
/// catalogue and its index, and with KubernetesClient the typed factories): the in-memory analogue of the
/// build comparison, without MSBuild and without the analyzer.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SlowBenchmarkConfig))]
public class CompileBenchmarks
{
    [Params(1000)]
    public int N { get; set; }

    private ImmutableArray<SyntaxTree> _trees;

    [GlobalSetup]
    public void Setup() => _trees = Compilations.Parse(N);

    [Benchmark(Baseline = true)]
    public long Compile() => Compilations.Emit(Compilations.Create(_trees, false));

    [Benchmark]
    public long CompileWithGenerator() => CompileWithGenerator(withKubernetesClient: false);

    [Benchmark]
    public long CompileWithGeneratorTyped() => CompileWithGenerator(withKubernetesClient: true);

    private long CompileWithGenerator(bool withKubernetesClient)
    {
        Compilations.Driver().RunGeneratorsAndUpdateCompilation(Compilations.Create(_trees, withKubernetesClient), out var output, out _);
        return Compilations.Emit(output);
    }
}

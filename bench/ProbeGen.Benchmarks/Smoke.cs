using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ProbeGen.Bench;

/// <summary>
/// Runs every benchmark body once on a few workloads, and checks that the bodies do the work they claim (the generator
/// emits a file per workload and the catalogue, the analyzer finds no error, the compilations emit), so the suite
/// cannot rot into measuring nothing. No assertion on time: the lines only report it.
/// </summary>
public static class Smoke
{
    public static IReadOnlyList<string> Run(int n)
    {
        var lines = new List<string>();
        void Time(string name, Func<object> body)
        {
            var sw = Stopwatch.StartNew();
            object result = body();
            lines.Add($"{name,-40} {sw.Elapsed.TotalMilliseconds,9:F1} ms  -> {result}");
        }

        // What the numbers are about: no workload may be rejected (it would get no output and cost less).
        var errors = Compilations.WithAnalyzer(Compilations.Create(Compilations.Parse(n), false)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("the benchmark workloads have ProbeGen warnings or errors: " + string.Join("\n", errors.Take(5)));

        var compiler = new CompilerBenchmarks { N = n };
        compiler.Setup();
        Time("Generator", () => Expect(compiler.Generator(), n + 1, "generated files"));
        // Typed: one more file, the shared ManifestFactory helpers.
        Time("GeneratorTyped", () => Expect(compiler.GeneratorTyped(), n + 2, "generated files"));
        Time("Bind", () => compiler.Bind());
        Time("Analyzer", () => compiler.Analyzer());
        var compile = new CompileBenchmarks { N = n };
        compile.Setup();
        Time("Compile", () => compile.Compile());
        Time("CompileWithGenerator", () => compile.CompileWithGenerator());
        Time("CompileWithGeneratorTyped", () => compile.CompileWithGeneratorTyped());

        var runtime = new RuntimeClientBenchmarks { N = n };
        runtime.Setup();
        Time("RuntimeClient.BuildAndSerialize", () => runtime.BuildAndSerialize());
        Time("RuntimeClient.BuildObjects", () => runtime.BuildObjects());
        Time("RuntimeClient.Serialize", () => runtime.Serialize());
        return lines;
    }

    private static int Expect(int actual, int expected, string what) =>
        actual == expected ? actual : throw new InvalidOperationException($"expected {expected} {what}, got {actual}");
}

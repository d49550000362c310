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
        // Every workload gets its members (in at most 16 files) and the catalogue lists it; typed adds the helpers' file.
        foreach (bool typed in new[] { false, true })
        {
            var generated = Compilations.Driver().RunGenerators(Compilations.Create(Compilations.Parse(n), typed)).GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToList();
            int members = generated.Sum(t => System.Text.RegularExpressions.Regex.Matches(t, "public const string ManifestYaml = ").Count);
            Expect(members, n, "ManifestYaml constants" + (typed ? " (typed)" : ""));
            if (typed) Expect(generated.Sum(t => System.Text.RegularExpressions.Regex.Matches(t, "CreateManifest\\(\\) =>").Count), n, "CreateManifest() factories");
            Expect(generated.Count, Math.Min(n, 16) + 1 + (typed ? 1 : 0), "generated files", atMost: true);
        }
        Time("Shapes (layout alternatives, 1 round)", () => Shapes.Run(Math.Min(n, 10), 1).Count);
        Time("Generator", () => compiler.Generator());
        Time("GeneratorTyped", () => compiler.GeneratorTyped());
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

    private static int Expect(int actual, int expected, string what, bool atMost = false) =>
        actual == expected || (atMost && actual <= expected && actual > 0) ? actual : throw new InvalidOperationException($"expected {(atMost ? "at most " : "")}{expected} {what}, got {actual}");
}

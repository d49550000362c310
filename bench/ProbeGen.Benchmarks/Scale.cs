using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ProbeGen.Bench;

/// <summary>
/// <c>--scale N1,N2,… runs mix</c>: whether the generator's and the analyzer's cost grows linearly with the number of
/// workloads (issue 18's scale goal). Per N, cold as a build: a new compilation and a new driver, the generator, the
/// compile's own binding of user + generated code (its errors are counted: a CS8103 ceiling would show here), then
/// the analyzer over that bound compilation. CPU time of the process, MB allocated, and the heap kept after a full
/// collection while the compilation is alive; each also per 1,000 workloads. The minimum over <c>runs</c> is printed.
/// </summary>
public static class Scale
{
    private static Profile.Cost Min(Profile.Cost a, Profile.Cost b) => new(Math.Min(a.CpuMs, b.CpuMs), Math.Min(a.WallMs, b.WallMs), Math.Min(a.AllocatedMb, b.AllocatedMb));

    public static void Run(IReadOnlyList<int> counts, int runs, WorkloadMix mix, Action<string> print)
    {
        print($"scale, mix {mix}, min of {runs} run(s) per N after one 1,000-workload warm-up: CPU ms (process), wall ms, MB allocated; per 1,000 workloads in brackets");
        Once(1000, mix, out _, out _, out _, out _, out _, out _);
        foreach (int n in counts)
        {
            Profile.Cost gen = new(double.MaxValue, double.MaxValue, double.MaxValue), bind = gen, an = gen;
            int errors = 0, diagnostics = 0; double heldMb = 0;
            for (int r = 0; r < runs; r++)
            {
                Once(n, mix, out var g, out var b, out var a, out errors, out diagnostics, out heldMb);
                gen = Min(gen, g); bind = Min(bind, b); an = Min(an, a);
            }
            double k = n / 1000.0;
            string Row(string what, Profile.Cost c) =>
                $"  {what,-34} cpu {c.CpuMs,9:F0} ({c.CpuMs / k,7:F0})   wall {c.WallMs,9:F0} ({c.WallMs / k,7:F0})   MB {c.AllocatedMb,8:F0} ({c.AllocatedMb / k,6:F1})";
            print($"N = {n}: compile errors {errors}, analyzer diagnostics {diagnostics}, heap kept with the compilation {heldMb:F0} MB ({heldMb / k:F1} per 1,000)");
            print(Row("generator (cold driver)", gen));
            print(Row("compile: bind user + generated", bind));
            print(Row("analyzer over the bound compilation", an));
        }
    }

    private static void Once(int n, WorkloadMix mix, out Profile.Cost gen, out Profile.Cost bind, out Profile.Cost analyzer, out int errors, out int diagnostics, out double heldMb)
    {
        var trees = Compilations.Parse(n, mix);
        var compilation = Compilations.Create(trees, false);
        var driver = Compilations.Driver();
        Compilation output = compilation;
        gen = Profile.Measure(() => driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out output, out _));
        int e = 0;
        bind = Profile.Measure(() => e = output.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error));
        errors = e;
        var withAnalyzer = output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ProbeGen.Analyzers.WorkloadAnalyzer()),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        int d = 0;
        analyzer = Profile.Measure(() => d = withAnalyzer.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length);
        diagnostics = d;
        GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
        heldMb = GC.GetTotalMemory(true) / 1e6;
        GC.KeepAlive(output); GC.KeepAlive(withAnalyzer); GC.KeepAlive(driver);
    }
}

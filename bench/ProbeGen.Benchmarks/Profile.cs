using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ProbeGen.Bench;

/// <summary>
/// The build-time cost of ProbeGen's generator and analyzer by phase, in CPU time and allocated bytes (issue 18): both
/// barely move with the load of a shared machine, unlike wall clock. Per run, as a build does: a new compilation and a
/// new driver (cold: nothing cached), then the analyzer over the compilation with the generated code, after the compile
/// itself has bound it (so the analyzer's figure is what it adds, not the binding the compile does anyway). Roslyn's
/// step tracking gives each pipeline step's share of the generator (wall clock of the step, so only its share is read).
/// <c>--profile-loop</c> runs the same work for a sampling profiler (dotnet-trace) to attach to.
/// </summary>
public static class Profile
{
    private static void Quiesce()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    internal readonly record struct Cost(double CpuMs, double WallMs, double AllocatedMb);

    /// <summary>CPU time of the process, wall clock and bytes allocated by <paramref name="action"/>, after a full collection (also used by <see cref="Scale"/>).</summary>
    internal static Cost Measure(Action action)
    {
        Quiesce();
        var proc = Process.GetCurrentProcess();
        var cpu0 = proc.TotalProcessorTime;
        long alloc0 = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        action();
        double wall = sw.Elapsed.TotalMilliseconds;
        long alloc1 = GC.GetTotalAllocatedBytes(precise: true);
        proc.Refresh();
        var cpu1 = proc.TotalProcessorTime;
        return new Cost((cpu1 - cpu0).TotalMilliseconds, wall, (alloc1 - alloc0) / 1e6);
    }

    public static IReadOnlyList<string> Run(int n, int runs, int warmups = 3, Action<string>? print = null)
    {
        var lines = new List<string> { $"{n} workloads, median of {runs} runs after {warmups} warm-up(s): CPU ms (process, all threads), wall ms, MB allocated; steps: share of the tracked steps' elapsed time" };
        foreach (var mix in new[] { WorkloadMix.Clean, WorkloadMix.Diagnostics })
        {
            var trees = Compilations.Parse(n, mix);
            var samples = new Dictionary<string, List<double>>();
            void Add(string key, double v) { if (!samples.TryGetValue(key, out var l)) samples[key] = l = new List<double>(); l.Add(v); }
            void AddCost(string key, Cost c) { Add(key + " |cpu", c.CpuMs); Add(key + " |wall", c.WallMs); Add(key + " |MB", c.AllocatedMb); }
            for (int r = -warmups; r < runs; r++)
            {
                var compilation = Compilations.Create(trees, false);
                GeneratorDriver driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
                    new[] { new ProbeGen.Generator.ProbeGenGenerator().AsSourceGenerator() }, parseOptions: Compilations.ParseOptions,
                    driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
                Compilation output = compilation;
                var gen = Measure(() => driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out output, out _));

                var untracked = Compilations.Create(trees, false);
                GeneratorDriver plain = Compilations.Driver();
                var genPlain = Measure(() => plain = plain.RunGenerators(untracked));

                // The compile's own binding of the user's and the generated code (what a build does with or without the analyzer).
                var bind = Measure(() => output.GetDiagnostics());
                var withAnalyzer = output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ProbeGen.Analyzers.WorkloadAnalyzer()),
                    new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
                int diagnostics = 0;
                var analyzer = Measure(() => diagnostics = withAnalyzer.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length);
                if (r < 0) continue;

                AddCost("generator, step tracking on (RunGeneratorsAndUpdateCompilation)", gen);
                AddCost("generator, step tracking off (RunGenerators)", genPlain);
                AddCost("compile: bind user + generated code (GetDiagnostics)", bind);
                AddCost("analyzer over the bound compilation (GetAnalyzerDiagnostics)", analyzer);
                Add("analyzer: its own execution time (telemetry) |wall",
                    withAnalyzer.GetAnalyzerTelemetryInfoAsync(withAnalyzer.Analyzers[0], default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds);
                Add("analyzer: diagnostics reported |count", diagnostics);

                var result = driver.GetRunResult().Results.Single();
                double total = 0;
                var steps = new Dictionary<string, double>(StringComparer.Ordinal);
                foreach (var (name, list) in result.TrackedSteps) { double s = list.Sum(x => x.ElapsedTime.TotalMilliseconds); steps[name] = s; total += s; }
                foreach (var (name, list) in result.TrackedOutputSteps) { double s = list.Sum(x => x.ElapsedTime.TotalMilliseconds); steps["output " + name] = s; total += s; }
                foreach (var (name, s) in steps) Add("  step " + name + " |%", 100 * s / total);
                Add("  steps total (tracked elapsed) |wall", total);
                Add("  generated text, MB UTF-16 |count", result.GeneratedSources.Sum(s => (double)s.SourceText.Length) * 2 / 1e6);
            }
            lines.Add("-- mix " + mix);
            foreach (var (key, xs) in samples.OrderBy(k => k.Key.StartsWith("  step", StringComparison.Ordinal) ? 1 : 0))
            {
                xs.Sort();
                double med = xs[(xs.Count - 1) / 2];
                string unit = key.Substring(key.LastIndexOf('|') + 1);
                string name = key.Substring(0, key.LastIndexOf('|')).TrimEnd();
                lines.Add($"{name,-70} {med,9:F1} {unit,-5} (min {xs[0]:F1}, max {xs[^1]:F1})");
            }
            if (print is not null) { foreach (var l in lines) print(l); lines.Clear(); }
        }
        return lines;
    }

    /// <summary>The generator cold and the analyzer over a bound compilation, <paramref name="rounds"/> times: a steady load for a sampling profiler.</summary>
    public static void Loop(int n, int rounds, WorkloadMix mix, bool analyzer)
    {
        var trees = Compilations.Parse(n, mix);
        for (int r = 0; r < rounds; r++)
        {
            var compilation = Compilations.Create(trees, false);
            GeneratorDriver driver = Compilations.Driver();
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            if (!analyzer) continue;
            output.GetDiagnostics();
            var withAnalyzer = output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ProbeGen.Analyzers.WorkloadAnalyzer()),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
            withAnalyzer.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        }
    }
}

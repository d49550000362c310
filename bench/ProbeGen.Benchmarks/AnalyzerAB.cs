using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ProbeGen.Bench;

/// <summary>
/// The analyzer before and after a change, side by side in one process (issue 18): <c>--analyzer-ab DIR</c> loads the
/// ProbeGen assemblies of another build (DIR holds its ProbeGen.Core, .Generator and .Analyzers dlls, e.g. a Release
/// build of main) into their own load context, and runs that build's <c>WorkloadAnalyzer</c> and this one's over the
/// same bound compilation (the generator's output, already compiled, as in a build), alternating the order in every
/// pair. Per run: CPU time of the process, bytes allocated, and the analyzer driver's own execution time; the ratio
/// after/before of each median, and the median of the paired ratios — on a shared machine only ratios measured side by
/// side mean anything. It also fails unless both report exactly the same diagnostics (ID, severity, span, message).
/// </summary>
public static class AnalyzerAB
{
    private sealed class BeforeContext : AssemblyLoadContext
    {
        private readonly string _dir;

        public BeforeContext(string dir) : base("probegen-before") => _dir = dir;

        // ProbeGen's own assemblies from the other build; Roslyn and the rest shared with this process (one Compilation type).
        protected override Assembly? Load(AssemblyName name)
        {
            if (name.Name is null || !name.Name.StartsWith("ProbeGen.", StringComparison.Ordinal) || name.Name == "ProbeGen") return null;
            string path = Path.Combine(_dir, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }

    private readonly record struct Cost(double CpuMs, double AllocatedMb, double ExecutionMs);

    private static Cost Run(Compilation compilation, DiagnosticAnalyzer analyzer, out ImmutableArray<Diagnostic> diagnostics)
    {
        var withAnalyzer = compilation.WithAnalyzers(ImmutableArray.Create(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var proc = Process.GetCurrentProcess();
        var cpu0 = proc.TotalProcessorTime;
        long alloc0 = GC.GetTotalAllocatedBytes(precise: true);
        diagnostics = withAnalyzer.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        long alloc1 = GC.GetTotalAllocatedBytes(precise: true);
        proc.Refresh();
        var cpu1 = proc.TotalProcessorTime;
        double exec = withAnalyzer.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
        return new Cost((cpu1 - cpu0).TotalMilliseconds, (alloc1 - alloc0) / 1e6, exec);
    }

    private static string Describe(Diagnostic d) =>
        d.Id + " " + d.Severity + " " + d.Location.GetLineSpan() + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    internal static double Median(List<double> xs)
    {
        var s = xs.OrderBy(x => x).ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }

    /// <summary>
    /// The floor: what binding the attributes costs inside the analyzer driver's own copy of the compilation (a build's
    /// compile has bound them already; here the first <c>GetAttributes</c> binds). Subtracted from both sides.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class AttributesOnlyAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("PGBENCH", "never", "never", "bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(ctx => GC.KeepAlive(ctx.Symbol.GetAttributes()), SymbolKind.NamedType);
        }
    }

    public static int Main(string beforeDir, int n, int pairs, WorkloadMix mix, Action<string> print)
    {
        var context = new BeforeContext(Path.GetFullPath(beforeDir));
        var beforeAssembly = context.LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(beforeDir), "ProbeGen.Analyzers.dll"));
        var before = (DiagnosticAnalyzer)Activator.CreateInstance(beforeAssembly.GetType("ProbeGen.Analyzers.WorkloadAnalyzer", throwOnError: true)!)!;
        var after = new ProbeGen.Analyzers.WorkloadAnalyzer();
        var floor = new AttributesOnlyAnalyzer();

        var trees = Compilations.Parse(n, mix);
        Compilations.Driver().RunGeneratorsAndUpdateCompilation(Compilations.Create(trees, false), out var output, out _);
        output.GetDiagnostics(); // the compile's own binding, which a build does with or without the analyzer

        Run(output, before, out var expected);
        Run(output, after, out var actual);
        var want = expected.Select(Describe).OrderBy(x => x, StringComparer.Ordinal).ToList();
        var got = actual.Select(Describe).OrderBy(x => x, StringComparer.Ordinal).ToList();
        if (!want.SequenceEqual(got))
        {
            print($"DIFFERENT DIAGNOSTICS: before {want.Count}, after {got.Count}");
            foreach (var d in want.Except(got).Take(10)) print("  only before: " + d);
            foreach (var d in got.Except(want).Take(10)) print("  only after:  " + d);
            return 1;
        }
        print($"{n} workloads ({mix}), {want.Count} diagnostics, identical before and after; {pairs} rounds (floor, before, after; order reversed every other round) after 2 warm-up rounds");

        var samples = new Dictionary<string, List<double>>();
        void Add(string k, double v) { if (!samples.TryGetValue(k, out var l)) samples[k] = l = new(); l.Add(v); }
        for (int p = -2; p < pairs; p++)
        {
            var order = new[] { ("floor", (DiagnosticAnalyzer)floor), ("before", before), ("after", after) };
            if ((p & 1) != 0) Array.Reverse(order);
            var costs = new Dictionary<string, Cost>();
            foreach (var (name, analyzer) in order) costs[name] = Run(output, analyzer, out _);
            if (p < 0) continue;
            var f = costs["floor"];
            foreach (var side in new[] { "before", "after" })
            {
                var c = costs[side];
                Add("cpu " + side, c.CpuMs - f.CpuMs);
                Add("MB " + side, c.AllocatedMb - f.AllocatedMb);
                Add("exec " + side, c.ExecutionMs - f.ExecutionMs);
            }
            foreach (var what in new[] { "cpu", "MB", "exec" }) Add(what + " ratio", samples[what + " after"][^1] / samples[what + " before"][^1]);
            Add("cpu floor", f.CpuMs); Add("MB floor", f.AllocatedMb); Add("exec floor", f.ExecutionMs);
        }
        foreach (var (what, unit) in new[] { ("cpu", "ms CPU"), ("exec", "ms analyzer execution (telemetry)"), ("MB", "MB allocated") })
        {
            var r = samples[what + " ratio"];
            print($"{unit,-34} floor {Median(samples[what + " floor"]),7:F1}; above it: before {Median(samples[what + " before"]),7:F1}  after {Median(samples[what + " after"]),7:F1}  ratio of medians {Median(samples[what + " after"]) / Median(samples[what + " before"]),5:F2}  median paired ratio {Median(r),5:F2} (min {r.Min():F2}, max {r.Max():F2})");
        }
        return 0;
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID), ms: what other work on the machine disturbs least; NaN elsewhere.</summary>
    private static double ThreadCpuMs()
    {
        try
        {
            return ClockGetTime(3, out var t) == 0 ? t.Seconds * 1e3 + t.Nanoseconds / 1e6 : double.NaN;
        }
        catch (DllNotFoundException)
        {
            return double.NaN;
        }
        catch (EntryPointNotFoundException)
        {
            return double.NaN;
        }
    }

    // The parser's internal types, reached by reflection (as Steps does): the same calls the analyzer makes.
    private static readonly Assembly GeneratorAssembly = typeof(ProbeGen.Generator.ProbeGenGenerator).Assembly;
    private static readonly Type SessionType = GeneratorAssembly.GetType("ProbeGen.Generator.Parsing.ParseSession", throwOnError: true)!;
    private static readonly MethodInfo ParseMethod = GeneratorAssembly.GetType("ProbeGen.Generator.Parsing.WorkloadParser", throwOnError: true)!
        .GetMethod("Parse", new[] { typeof(INamedTypeSymbol), SessionType })!;
    private static readonly MethodInfo LocateMethod = SessionType.GetMethod("Locate")!;

    /// <summary>
    /// <c>--analyzer-parts N mix</c>: the analyzer's work on each workload of an already bound compilation, by part,
    /// on one thread: bytes allocated (exact, whatever the load) and the thread's CPU time; then each rule's share.
    /// </summary>
    public static int Parts(int n, int runs, WorkloadMix mix, Action<string> print)
    {
        var trees = Compilations.Parse(n, mix);
        Compilations.Driver().RunGeneratorsAndUpdateCompilation(Compilations.Create(trees, false), out var output, out _);
        output.GetDiagnostics();
        var types = WorkloadFactory.Create(n, WorkloadFactory.DefaultSeed, mix).Select(w => output.GetTypeByMetadataName(w.CSharpNamespace + "." + w.ClassName)!).ToArray();
        var samples = new Dictionary<string, List<double>>();
        void Add(string k, double v) { if (!samples.TryGetValue(k, out var l)) samples[k] = l = new(); l.Add(v); }
        void Measure(string name, Action action)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long a0 = GC.GetAllocatedBytesForCurrentThread();
            double c0 = ThreadCpuMs();
            action();
            double c1 = ThreadCpuMs();
            long a1 = GC.GetAllocatedBytesForCurrentThread();
            Add(name + " |MB", (a1 - a0) / 1e6);
            Add(name + " |ms thread CPU", c1 - c0);
        }
        for (int r = -2; r < runs; r++)
        {
            var specs = new ProbeGen.Core.Model.WorkloadSpec?[types.Length];
            var sessions = new object[types.Length];
            var findings = new IReadOnlyList<ProbeGen.Core.Validation.Finding>[types.Length];
            Measure("parse without locations", () =>
            {
                foreach (var t in types) ParseMethod.Invoke(null, new[] { t, Activator.CreateInstance(SessionType, false, CancellationToken.None)! });
            });
            Measure("parse with locations", () =>
            {
                for (int i = 0; i < types.Length; i++)
                {
                    sessions[i] = Activator.CreateInstance(SessionType, true, CancellationToken.None)!;
                    specs[i] = (ProbeGen.Core.Model.WorkloadSpec?)ParseMethod.Invoke(null, new[] { types[i], sessions[i] });
                }
            });
            Measure("rule engine", () =>
            {
                for (int i = 0; i < types.Length; i++) findings[i] = specs[i] is { } spec ? ProbeGen.Core.Validation.RuleEngine.Validate(spec) : Array.Empty<ProbeGen.Core.Validation.Finding>();
            });
            if (r == runs - 1)
            {
                // Which rules allocate: every rule in the engine's order on each workload (so what one rule caches for the next counts once).
                var rules = ProbeGen.Core.Validation.RuleEngine.Rules;
                var mb = new double[rules.Count];
                var msr = new double[rules.Count];
                foreach (var spec in specs)
                {
                    if (spec is null) continue;
                    var sink = new ProbeGen.Core.Validation.FindingSink();
                    for (int k = 0; k < rules.Count; k++)
                    {
                        long a0 = GC.GetAllocatedBytesForCurrentThread();
                        double t0 = ThreadCpuMs();
                        rules[k].Check(spec, sink);
                        msr[k] += ThreadCpuMs() - t0;
                        mb[k] += (GC.GetAllocatedBytesForCurrentThread() - a0) / 1e6;
                    }
                }
                var byRule = rules.Select((rule, k) => (rule.Descriptor.Id, Name: rule.GetType().Name, Mb: mb[k], Ms: msr[k])).ToList();
                print($"rules: {byRule.Count}, together {byRule.Sum(x => x.Mb):F1} MB, {byRule.Sum(x => x.Ms):F0} ms thread CPU (timer calls included); the 15 that allocate most, and the 15 slowest:");
                foreach (var x in byRule.OrderByDescending(x => x.Mb).Take(15)) print($"  {x.Id} {x.Name,-50} {x.Mb,7:F2} MB {x.Ms,8:F1} ms");
                print("  --");
                foreach (var x in byRule.OrderByDescending(x => x.Ms).Take(15)) print($"  {x.Id} {x.Name,-50} {x.Mb,7:F2} MB {x.Ms,8:F1} ms");
            }
            int count = 0;
            Measure("locate the findings", () =>
            {
                for (int i = 0; i < types.Length; i++) foreach (var f in findings[i]) { LocateMethod.Invoke(sessions[i], new object[] { f.LocatorPath }); count++; }
            });
            if (r < 0) continue;
            Add("findings |count", count);
        }
        print($"{n} workloads ({mix}), one thread, median of {runs} runs after 2 warm-ups (reflection calls included)");
        foreach (var (key, xs) in samples)
        {
            xs.Sort();
            print($"{key,-40} {xs[(xs.Count - 1) / 2],9:F1} (min {xs[0]:F1}, max {xs[^1]:F1})");
        }
        return 0;
    }
}

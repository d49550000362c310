using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ProbeGen.Bench;

/// <summary>
/// Where the generator's and the analyzer's time goes, from Roslyn's own accounting: the driver's step tracking
/// (elapsed time of each pipeline step, ForAttributeWithMetadataName's internal steps included, and of the source
/// outputs) and the analyzer driver's execution time. Median of <c>runs</c> runs after three warm-ups; each run uses a
/// new compilation and a new driver, as a build does.
/// </summary>
public static class Steps
{
    private static double EmitWithPdb(Compilation compilation, IReadOnlyList<SyntaxTree> generated)
    {
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var embedded = generated.Select(t => EmbeddedText.FromSource(t.FilePath, t.GetText())).ToArray();
        Quiesce();
        var sw = Stopwatch.StartNew();
        var r = compilation.Emit(pe, pdb, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb), embeddedTexts: embedded);
        double ms = sw.Elapsed.TotalMilliseconds;
        if (!r.Success) throw new InvalidOperationException(string.Join("\n", r.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        return ms;
    }

    // Each measured step allocates hundreds of MB: start each from a collected heap, or one step pays for the last.
    private static void Quiesce()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    // ProbeGen's own front-end and rule engine, on symbols whose attributes are already bound (internal types of the
    // generator, reached by reflection: the same calls the generator's transform makes).
    private static readonly Type ParserType = typeof(ProbeGen.Generator.ProbeGenGenerator).Assembly.GetType("ProbeGen.Generator.Parsing.WorkloadParser", throwOnError: true)!;
    private static readonly Type SessionType = typeof(ProbeGen.Generator.ProbeGenGenerator).Assembly.GetType("ProbeGen.Generator.Parsing.ParseSession", throwOnError: true)!;
    private static readonly System.Reflection.MethodInfo ParseMethod = ParserType.GetMethod("Parse", new[] { typeof(INamedTypeSymbol), SessionType })!;

    private static int ParseAndValidate(INamedTypeSymbol type)
    {
        object session = Activator.CreateInstance(SessionType, false, CancellationToken.None)!;
        var spec = (ProbeGen.Core.Model.WorkloadSpec?)ParseMethod.Invoke(null, new[] { type, session });
        return spec is null ? 0 : ProbeGen.Core.Validation.RuleEngine.Validate(spec).Count + 1;
    }

    public static IReadOnlyList<string> Run(int n, int runs)
    {
        var trees = Compilations.Parse(n);
        var typeNames = WorkloadFactory.Create(n).Select(w => w.CSharpNamespace + "." + w.ClassName).ToArray();
        var lines = new List<string> { $"{n} workloads, median of {runs} runs (ms; per workload in µs)" };
        foreach (bool typed in new[] { false, true })
        {
            var samples = new Dictionary<string, List<double>>();
            void Add(string key, double ms) { if (!samples.TryGetValue(key, out var l)) samples[key] = l = new List<double>(); l.Add(ms); }
            for (int r = -3; r < runs; r++)
            {
                var compilation = Compilations.Create(trees, typed);
                GeneratorDriver driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
                    new[] { new ProbeGen.Generator.ProbeGenGenerator().AsSourceGenerator() }, parseOptions: Compilations.ParseOptions,
                    driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
                Quiesce();
                var sw = Stopwatch.StartNew();
                driver = driver.RunGenerators(compilation);
                double wall = sw.Elapsed.TotalMilliseconds;
                if (r < 0) continue; // three warm-ups: let tiered JIT settle, as in a long-lived compiler server
                var result = driver.GetRunResult().Results.Single();
                Add("generator: wall clock of RunGenerators", wall);
                Add("generator: driver's ElapsedTime", driver.GetTimingInfo().ElapsedTime.TotalMilliseconds);
                foreach (var (name, steps) in result.TrackedSteps)
                    Add("  step " + name, steps.Sum(s => s.ElapsedTime.TotalMilliseconds));
                foreach (var (name, steps) in result.TrackedOutputSteps)
                    Add("  output " + name + " (emit C# + YAML, AddSource)", steps.Sum(s => s.ElapsedTime.TotalMilliseconds));
                Add("  generated text (MB, UTF-16)", result.GeneratedSources.Sum(s => (double)s.SourceText.Length) * 2 / 1e6);

                // What compiling the generated code costs, by part: emit (IL + portable PDB with the generated files
                // embedded, as a Debug build does) of the user's code alone, + the per-workload files, + the catalogue.
                var generated = result.GeneratedSources;
                var perWorkload = generated.Where(g => g.HintName != "ProbeGen.Manifests.g.cs").Select(g => g.SyntaxTree).ToArray();
                var catalogue = generated.Where(g => g.HintName == "ProbeGen.Manifests.g.cs").Select(g => g.SyntaxTree).ToArray();
                double user = EmitWithPdb(Compilations.Create(trees, typed), Array.Empty<SyntaxTree>());
                double files = EmitWithPdb(Compilations.Create(trees, typed).AddSyntaxTrees(perWorkload), perWorkload);
                double all = EmitWithPdb(Compilations.Create(trees, typed).AddSyntaxTrees(perWorkload).AddSyntaxTrees(catalogue), perWorkload.Concat(catalogue).ToArray());
                Add("emit: the user's code alone (the baseline's compile)", user);
                Add("emit: + the workload files (ManifestYaml" + (typed ? ", CreateManifest()" : "") + ")", files - user);
                Add("emit: + the catalogue (index, Manifests.All)", all - files);

                if (!typed)
                {
                    // Roslyn's share of the transform: binding every workload's attributes (and its nested container
                    // classes') in a new compilation, which the generator's transform has to do before ProbeGen reads them.
                    var fresh = Compilations.Create(trees, false);
                    var types = typeNames.Select(name => fresh.GetTypeByMetadataName(name)!).ToArray(); // declarations, not attributes
                    Quiesce();
                    sw.Restart();
                    int attributes = 0;
                    foreach (var type in types)
                    {
                        attributes += type.GetAttributes().Length;
                        foreach (var nested in type.GetTypeMembers()) attributes += nested.GetAttributes().Length;
                    }
                    Add("Roslyn alone: bind the attributes of every workload type", sw.Elapsed.TotalMilliseconds);
                    sw.Restart();
                    int parsed = 0;
                    foreach (var type in types) parsed += ParseAndValidate(type);
                    Add("ProbeGen alone: parse + rule engine on bound attributes", sw.Elapsed.TotalMilliseconds);
                    if (parsed < types.Length) throw new InvalidOperationException("a workload did not parse");

                    var withAnalyzer = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ProbeGen.Analyzers.WorkloadAnalyzer()),
                        new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
                    Quiesce();
                    sw.Restart();
                    withAnalyzer.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                    Add("analyzer: wall clock (binds the compilation too)", sw.Elapsed.TotalMilliseconds);
                    var info = withAnalyzer.GetAnalyzerTelemetryInfoAsync(withAnalyzer.Analyzers[0], default).GetAwaiter().GetResult();
                    Add("analyzer: its own execution time", info.ExecutionTime.TotalMilliseconds);
                }
            }
            lines.Add(typed ? "-- with KubernetesClient (typed factories)" : "-- without KubernetesClient");
            foreach (var (key, xs) in samples)
            {
                xs.Sort();
                double med = xs[(xs.Count - 1) / 2];
                lines.Add(key.Contains("MB", StringComparison.Ordinal) ? $"{key,-66} {med,9:F2}" : $"{key,-66} {med,9:F1} ms {med * 1000 / n,8:F0} µs/workload");
            }
        }
        return lines;
    }
}

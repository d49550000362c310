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

        // Both mixes draw exactly the diagnostics they are built to draw; the diagnostics-heavy one never an error,
        // and always a large share (so it cannot silently turn clean), and still gets every manifest.
        foreach (var mix in new[] { WorkloadMix.Clean, WorkloadMix.Diagnostics })
        {
            var found = Compilations.WithAnalyzer(Compilations.Create(Compilations.Parse(n, mix), false)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            var byId = new SortedDictionary<string, int>(found.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
            var expected = WorkloadFactory.ExpectedDiagnostics(WorkloadFactory.Create(n, WorkloadFactory.DefaultSeed, mix));
            string Show(IDictionary<string, int> d) => string.Join(", ", d.Select(kv => kv.Key + "=" + kv.Value));
            if (!byId.SequenceEqual(expected)) throw new InvalidOperationException($"{mix} workloads: expected diagnostics {Show(expected)}, the analyzer reported {Show(byId)}");
            if (found.Any(d => d.Severity == DiagnosticSeverity.Error)) throw new InvalidOperationException(mix + " workloads draw an error");
            if (mix == WorkloadMix.Diagnostics)
            {
                WorkloadFactory.CheckDiagnosticsHeavy(WorkloadFactory.Create(n, WorkloadFactory.DefaultSeed, mix));
                var generated = Compilations.Driver().RunGenerators(Compilations.Create(Compilations.Parse(n, mix), false)).GetRunResult().GeneratedTrees;
                Expect(generated.Sum(t => System.Text.RegularExpressions.Regex.Matches(t.ToString(), "public const string ManifestYaml = ").Count), n, "ManifestYaml constants (diagnostics-heavy)");
            }
            lines.Add($"{mix + " diagnostics",-40} {Show(byId)}");
        }

        CheckTyping(Math.Max(n, 2), lines);

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

    // Every typing iteration is a real change seen by the kept driver: the workload edit shows up in (and goes out of)
    // the output, the unrelated edit leaves it as it was; the reference generator sees one attribute per workload.
    private static void CheckTyping(int n, List<string> lines)
    {
        foreach (var generator in new[] { TypingGenerator.ProbeGen, TypingGenerator.AttributesOnly })
        {
            var sw = Stopwatch.StartNew();
            var session = new TypingSession(n, WorkloadMix.Diagnostics, generator);
            string Output() => string.Concat(session.RunResult.GeneratedTrees.Select(t => t.ToString()));
            string before = Output();
            session.EditUnrelatedMethodBody();
            session.RunGenerators();
            if (Output() != before) throw new InvalidOperationException(generator + ": an unrelated edit changed the generated output");
            if (generator == TypingGenerator.ProbeGen)
            {
                Expect(System.Text.RegularExpressions.Regex.Matches(before, "public const string ManifestYaml = ").Count, n, "ManifestYaml constants (typing)");
                session.EditWorkloadAttribute();
                session.RunGenerators();
                if (!Output().Contains(TypingSession.EditedImage, StringComparison.Ordinal)) throw new InvalidOperationException("the workload edit did not reach the kept driver's output");
                session.EditWorkloadAttribute();
                session.RunGenerators();
                if (Output() != before) throw new InvalidOperationException("the second workload edit did not restore the output");
            }
            else if (!before.Contains("// " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " workload attributes", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the attributes-only generator did not see one attribute per workload: " + before);
            }
            lines.Add($"{"Typing " + generator + " (3 edits)",-40} {sw.Elapsed.TotalMilliseconds,9:F1} ms");
        }
    }

    private static int Expect(int actual, int expected, string what, bool atMost = false) =>
        actual == expected || (atMost && actual <= expected && actual > 0) ? actual : throw new InvalidOperationException($"expected {(atMost ? "at most " : "")}{expected} {what}, got {actual}");
}

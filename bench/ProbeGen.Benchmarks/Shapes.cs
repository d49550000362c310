using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ProbeGen.Bench;

/// <summary>
/// What the layout of the generated code costs the compiler, side by side in one process: the generator runs once,
/// then its output — as generated, and rewritten into the alternatives it was chosen over — is compiled in alternating
/// rounds (parse, bind, emit IL + portable PDB with the generated files embedded + reference assembly, as csc does in
/// a Debug build). Reported: median of each, minus the compile without any generated code, per workload.
/// </summary>
public static partial class Shapes
{
    private const string Catalogue = "ProbeGen.Manifests.g.cs";

    public static IReadOnlyList<string> Run(int n, int rounds)
    {
        var lines = new List<string>();
        var trees = Compilations.Parse(n);
        foreach (bool typed in new[] { false, true })
        {
            var driver = Compilations.Driver().RunGenerators(Compilations.Create(trees, typed));
            var generated = driver.GetRunResult().Results.Single().GeneratedSources.Select(g => (g.HintName, Text: g.SourceText.ToString())).ToList();
            var variants = new List<(string Name, List<(string HintName, string Text)> Files)>
            {
                ("no generated code", new()),
                ("as generated: 16 files, #nullable disable, catalogue index", generated),
                ("one file per workload", PerWorkload(generated)),
                ("#nullable enable instead of disable", generated.Select(f => (f.HintName, f.Text.Replace("#nullable disable\n", "#nullable enable\n"))).ToList()),
                ("+ an AssemblyMetadata per manifest (YAML copied)", generated.Select(f => f.HintName == Catalogue ? (f.HintName, WithAssemblyMetadata(f.Text)) : f).ToList()),
                ("catalogue without All's YAML array", generated.Select(f => f.HintName == Catalogue ? (f.HintName, WithoutYamlArray(f.Text)) : f).ToList()),
            };
            var samples = variants.Select(_ => new List<double>()).ToArray();
            var sizes = new long[variants.Count];
            for (int r = -2; r < rounds; r++)
            {
                var order = Enumerable.Range(0, variants.Count).ToList();
                if (r % 2 != 0) order.Reverse();
                foreach (int i in order)
                {
                    double ms = Compile(trees, typed, variants[i].Files, out sizes[i]);
                    if (r >= 0) samples[i].Add(ms);
                }
            }
            double none = Median(samples[0]);
            lines.Add($"-- {n} workloads, {(typed ? "with KubernetesClient (typed factories)" : "without KubernetesClient")}, median of {rounds} alternating rounds");
            for (int i = 0; i < variants.Count; i++)
            {
                double m = Median(samples[i]);
                lines.Add($"{variants[i].Name,-58} {m,8:F1} ms  {(i == 0 ? "" : $"+{m - none,7:F1} ms = {(m - none) * 1000 / n,5:F0} µs/workload")}  ({variants[i].Files.Count} files, dll {sizes[i] / 1024} KB)");
            }
        }
        return lines;
    }

    private static double Median(List<double> xs)
    {
        var s = xs.OrderBy(x => x).ToList();
        return s[s.Count / 2];
    }

    private static double Compile(System.Collections.Immutable.ImmutableArray<SyntaxTree> trees, bool typed, List<(string HintName, string Text)> files, out long dllSize)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var sw = Stopwatch.StartNew();
        var generated = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, Compilations.ParseOptions, path: "generated/" + f.HintName, encoding: Encoding.UTF8)).ToList();
        var compilation = Compilations.Create(trees, typed).AddSyntaxTrees(generated);
        var embedded = generated.Select(t => EmbeddedText.FromSource(t.FilePath, t.GetText())).ToArray();
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        using var refAssembly = new MemoryStream();
        var result = compilation.Emit(pe, pdb, metadataPEStream: refAssembly, embeddedTexts: embedded,
            options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb, includePrivateMembers: false));
        double ms = sw.Elapsed.TotalMilliseconds;
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        dllSize = pe.Length;
        return ms;
    }

    /// <summary>The shards split back into one file per workload, each with the header, directives and aliases.</summary>
    private static List<(string, string)> PerWorkload(List<(string HintName, string Text)> generated)
    {
        var result = new List<(string, string)>();
        foreach (var (hint, text) in generated)
        {
            if (!hint.StartsWith("ProbeGen.Workloads.", StringComparison.Ordinal))
            {
                result.Add((hint, text));
                continue;
            }
            int body = text.IndexOf("\n\n", StringComparison.Ordinal);
            string head = text.Substring(0, body + 1);
            // Each workload's members start with a blank line and end at a closing brace in column 0 (or the
            // class's brace when it is in the global namespace).
            foreach (Match m in WorkloadBlock().Matches(text.Substring(body + 1)))
            {
                result.Add(($"{hint}.{result.Count}.g.cs", head + m.Value));
            }
        }
        return result;
    }

    [GeneratedRegex(@"\n(namespace [^\n]*\n\{\n[\s\S]*?\n\}\n|partial [^\n]*\n\{\n[\s\S]*?\n\}\n)")]
    private static partial Regex WorkloadBlock();

    [GeneratedRegex(@"                (global::[^\n]*)\.ManifestYaml,\n")]
    private static partial Regex YamlEntry();

    [GeneratedRegex(@"internal const string Index = ""((?:[^""\\]|\\.)*)"";")]
    private static partial Regex IndexConst();

    /// <summary>The earlier design: one assembly attribute per manifest whose value is the workload's constant.</summary>
    private static string WithAssemblyMetadata(string catalogue)
    {
        var types = YamlEntry().Matches(catalogue).Select(m => m.Groups[1].Value).ToList();
        var files = IndexConst().Match(catalogue).Groups[1].Value.Split("\\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split("\\t")[0]).ToList();
        var sb = new StringBuilder();
        for (int i = 0; i < types.Count; i++)
        {
            sb.Append("[assembly: global::System.Reflection.AssemblyMetadata(\"ProbeGen.Manifest:").Append(files[i]).Append("\", ").Append(types[i]).Append(".ManifestYaml)]\n");
        }
        int ns = catalogue.IndexOf("\nnamespace ", StringComparison.Ordinal);
        return catalogue.Substring(0, ns + 1) + sb + catalogue.Substring(ns);
    }

    private static string WithoutYamlArray(string catalogue) =>
        YamlEntry().Replace(catalogue, "");
}

using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProbeGen.Bench;

/// <summary>
/// What finding the declarations costs a build, by how the trees are walked: Roslyn's syntax provider (its predicate is
/// called on every node of every tree) against a walk of the declaration structure only (compilation unit, namespaces,
/// type members), each followed by the compile's own binding (GetDiagnostics), beside a generator that does nothing.
/// Fresh trees every round, as in a build. --walk-ab [N] [rounds] [clean|diagnostics]
/// </summary>
public static class WalkAB
{
    private sealed class Nothing : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) { }
    }

    private sealed class Predicate : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var found = context.SyntaxProvider.CreateSyntaxProvider(
                static (n, _) => n is TypeDeclarationSyntax t && t.AttributeLists.Count > 0, static (c, _) => c.Node.Span.Start).Collect();
            context.RegisterSourceOutput(found, static (_, _) => { });
        }
    }

    private sealed class Structural : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var found = context.CompilationProvider.SelectMany(static (c, _) => c.SyntaxTrees)
                .Select(static (t, ct) => Count(t.GetRoot(ct))).Collect();
            context.RegisterSourceOutput(found, static (_, _) => { });
        }

        private static int Count(SyntaxNode root)
        {
            int n = 0;
            var stack = new Stack<SyntaxNode>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                SyntaxList<MemberDeclarationSyntax> members = node switch
                {
                    CompilationUnitSyntax cu => cu.Members,
                    BaseNamespaceDeclarationSyntax ns => ns.Members,
                    TypeDeclarationSyntax t => t.Members,
                    _ => default,
                };
                if (node is TypeDeclarationSyntax td && td.AttributeLists.Count > 0) n++;
                foreach (var m in members)
                    if (m is BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax) stack.Push(m);
            }
            return n;
        }
    }

    public static int Run(int n, int rounds, WorkloadMix mix, Action<string> write)
    {
        var texts = Compilations.Parse(n, mix).Select(t => (t.GetText(), t.FilePath)).ToArray();
        var variants = new (string Name, IIncrementalGenerator Gen)[] { ("nothing", new Nothing()), ("predicate", new Predicate()), ("structural", new Structural()) };
        var gen = variants.ToDictionary(v => v.Name, _ => new List<double>());
        var total = variants.ToDictionary(v => v.Name, _ => new List<double>());
        for (int r = -2; r < rounds; r++)
        {
            var order = r % 2 == 0 ? variants : variants.Reverse().ToArray();
            foreach (var (name, g) in order)
            {
                var trees = texts.Select(t => CSharpSyntaxTree.ParseText(t.Item1, Compilations.ParseOptions, t.FilePath)).ToImmutableArray();
                var compilation = Compilations.Create(trees, false);
                GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
                var driver = CSharpGeneratorDriver.Create(new[] { g.AsSourceGenerator() }, parseOptions: Compilations.ParseOptions);
                var t0 = Process.GetCurrentProcess().TotalProcessorTime;
                driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
                var t1 = Process.GetCurrentProcess().TotalProcessorTime;
                output.GetDiagnostics();
                var t2 = Process.GetCurrentProcess().TotalProcessorTime;
                if (r < 0) continue;
                gen[name].Add((t1 - t0).TotalMilliseconds);
                total[name].Add((t2 - t0).TotalMilliseconds);
            }
        }
        write($"| variant ({n} workloads, {rounds} rounds, process CPU ms, medians) | generator run | generator + binding the compilation | Δ total vs nothing |");
        write("|---|---:|---:|---:|");
        foreach (var (name, _) in variants)
            write($"| {name} | {AnalyzerAB.Median(gen[name]):F0} | {AnalyzerAB.Median(total[name]):F0} | {AnalyzerAB.Median(total[name]) - AnalyzerAB.Median(total["nothing"]):+0;-0} |");
        return 0;
    }
}

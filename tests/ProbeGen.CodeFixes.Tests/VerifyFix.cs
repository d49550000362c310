using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ProbeGen.Analyzers;

namespace ProbeGen.Tests;

/// <summary>Applies a fix (and Fix All, which the harness checks too) and compares the whole fixed source.</summary>
internal static class VerifyFix
{
    public static Task Run<TFix>(string source, string fixedSource, int iterations = 1, params string[] alsoDisabled)
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<WorkloadAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            NumberOfFixAllIterations = iterations,
            NumberOfFixAllInDocumentIterations = iterations,
            NumberOfFixAllInProjectIterations = iterations,
        };
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
            state.AdditionalReferences.Add(typeof(ProbeGen.PodAttribute).Assembly);
        }
        // Other rules' findings in the same sources are not what these tests are about.
        foreach (var id in new[] { "PG2003", "PG3005" }.Concat(alsoDisabled).Where(id => !source.Contains("{|" + id + ":", StringComparison.Ordinal))) test.DisabledDiagnostics.Add(id);
        return test.RunAsync();
    }
}

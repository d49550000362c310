using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ProbeGen.Analyzers;

namespace ProbeGen.Tests;

/// <summary>
/// The Roslyn analyzer test harness: diagnostics are written in the source as markup, <c>{|PG1316:text|}</c>, so each
/// test states the exact ID and the exact span. The generator runs too, as in a real build.
/// </summary>
internal static class Verify
{
    /// <summary>
    /// Verifies every diagnostic in <paramref name="source"/>. PG2003 (a bare Pod should be a Deployment) fires on almost
    /// every test Pod, so it is off here except in the tests that are about it (<see cref="AnalyzerWithAll"/>).
    /// </summary>
    public static Task Analyzer(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.DisabledDiagnostics.Add("PG2003");
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Verifies with every diagnostic enabled.</summary>
    public static Task AnalyzerWithAll(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public sealed class Test : CSharpAnalyzerTest<WorkloadAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            // .NET 10 reference assemblies from a package (no download at test time).
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
            TestState.AdditionalReferences.Add(typeof(ProbeGen.PodAttribute).Assembly);
            // The generated files are checked by the generator tests (golden files); here only diagnostics matter.
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            // The harness re-runs each test under `#pragma warning disable` to check every diagnostic goes away; PG0017
            // is the generator's no-location warning that must NOT (HeldBackTests in the generator tests cover it).
            DisabledDiagnostics.Add("PG0017");
        }

        protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(ProbeGen.Generator.ProbeGenGenerator) };
    }
}

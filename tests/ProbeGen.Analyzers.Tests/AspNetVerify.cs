using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ProbeGen.Analyzers.App;

namespace ProbeGen.Tests;

/// <summary>
/// The analyzer test harness for the application rules: real minimal APIs compiled against the ASP.NET Core reference
/// assemblies the SDK ships (packs/Microsoft.AspNetCore.App.Ref, found from the running runtime), as an executable with
/// top-level statements, optionally with appsettings files and build properties.
/// </summary>
internal static class AspNetVerify
{
    public static Task Analyzer(string source, params DiagnosticResult[] expected) => Analyzer(source, null, null, expected);

    public static Task Analyzer(string source, (string Name, string Text)[]? additionalFiles, string? globalConfig, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        foreach (var f in additionalFiles ?? Array.Empty<(string, string)>()) test.TestState.AdditionalFiles.Add(("/app/" + f.Name, f.Text));
        if (globalConfig is not null) test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public sealed class Test : CSharpAnalyzerTest<AppAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.OutputKind = OutputKind.ConsoleApplication;
            TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
            TestState.AdditionalReferences.AddRange(AspNetReferences.All);
            TestState.AdditionalReferences.Add(typeof(ProbeGen.PodAttribute).Assembly);
        }
    }
}

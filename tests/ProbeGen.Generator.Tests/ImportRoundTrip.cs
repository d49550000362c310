using Microsoft.CodeAnalysis;
using ProbeGen.Core.Emission;
using ProbeGen.Yaml;

namespace ProbeGen.Tests;

/// <summary>
/// The import round trip the attribute import tests share: read a manifest, emit C# (compared to the expected text when
/// given), build it with the generator and the analyzers (no error), and check that kubectl decodes the generated
/// manifest as it decodes the original.
/// </summary>
internal static class ImportRoundTrip
{
    public static AttributeSource Check(string manifest, string? expectedSource)
    {
        var document = ManifestYamlReader.Read(manifest).Documents.Single();
        Assert.Empty(document.Issues);
        var emitted = AttributeSourceEmitter.Emit(document.Workload!, "Imported");
        Assert.Empty(emitted.Lossy);
        if (expectedSource is not null) Assert.Equal(expectedSource.Replace("\r\n", "\n"), emitted.Source);

        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(emitted.Source));
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.Empty(TestCompilation.Analyze(output).Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error));
        string yaml = (string)TestCompilation.Load(output).GetType("Imported." + emitted.ClassName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!;
        Assert.Equal(Kubectl.Decode(manifest), Kubectl.Decode(yaml));
        return emitted;
    }
}

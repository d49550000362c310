using System.Collections.Immutable;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ProbeGen.Tests;

/// <summary>
/// A workload with an error gets no manifest, however its diagnostic is configured or suppressed, and never silently:
/// when the diagnostic is hidden (editorconfig none, NoWarn, #pragma, [SuppressMessage]) the generator reports PG0017
/// without a location, where no pragma reaches. Its ManifestYaml/CreateManifest() still exist and name the error.
/// </summary>
public class HeldBackTests
{
    private const string BadName = """
        using ProbeGen;
        namespace Shop;
        [Pod("Bad_Name")]
        [Container("web", "nginx")]
        public partial class Web { }
        [Pod("good")]
        [Container("web", "nginx")]
        public partial class Good { }
        """;

    private static (Compilation Output, ImmutableArray<(string HintName, string Text)> Files, ImmutableArray<Diagnostic> Generator, ImmutableArray<Diagnostic> Reported) Build(Compilation compilation)
    {
        var (output, files, generator, _) = TestCompilation.Generate(compilation);
        // What the build shows (GetAllDiagnostics: the compiler's and the analyzer's), after pragmas after pragmas, [SuppressMessage] and severities.
        var reported = TestCompilation.Analyze(output)
            .Where(d => d.Severity != DiagnosticSeverity.Hidden).ToImmutableArray();
        return (output, files, generator, reported);
    }

    private static Diagnostic SinglePG0017(ImmutableArray<Diagnostic> generator, DiagnosticSeverity severity = DiagnosticSeverity.Warning)
    {
        var d = Assert.Single(generator);
        Assert.Equal("PG0017", d.Id);
        Assert.Equal(severity, d.Severity);
        Assert.Equal(Location.None, d.Location);
        return d;
    }

    [Fact]
    public void VisibleError_HoldsBack_NoSecondDiagnostic()
    {
        var (output, _, generator, reported) = Build(TestCompilation.Create(BadName));
        Assert.Equal(new[] { "Shop.Good" }, TestCompilation.ManifestTypes(output));
        Assert.Empty(generator);
        Assert.Equal(new[] { "PG1002" }, reported.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id));
    }

    [Fact]
    public void PragmaAroundError_HoldsBack_PG0017NamesWorkloadRuleAndPragma()
    {
        var (output, _, generator, reported) = Build(TestCompilation.Create(BadName.Replace("[Pod(\"Bad_Name\")]", "#pragma warning disable PG1002\n[Pod(\"Bad_Name\")]\n#pragma warning restore PG1002")));
        Assert.DoesNotContain(reported, d => d.Id == "PG1002");
        Assert.Equal(new[] { "Shop.Good" }, TestCompilation.ManifestTypes(output));
        var d = SinglePG0017(generator);
        Assert.Equal("'Shop.Web' gets no manifest (its ManifestYaml throws): error PG1002 (A workload name is a lowercase DNS-1123 subdomain) holds it back, and its diagnostic is hidden: PG1002 (#pragma warning disable). A suppressed error is still one the API server rejects, so ProbeGen writes no manifest: fix the error.",
            d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("https://github.com/probegen/probegen/blob/main/docs/rules/PG0017.md", d.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void PragmaDisableAll_HoldsBack_PG0017()
    {
        var (_, _, generator, reported) = Build(TestCompilation.Create("#pragma warning disable\n" + BadName));
        Assert.DoesNotContain(reported, d => d.Id == "PG1002");
        Assert.Contains("PG1002 (#pragma warning disable)", SinglePG0017(generator).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void PragmaRestoredBeforeTheError_NoPG0017()
    {
        var (_, _, generator, reported) = Build(TestCompilation.Create("#pragma warning disable PG1002\n#pragma warning restore PG1002\n" + BadName));
        Assert.Contains(reported, d => d.Id == "PG1002");
        Assert.Empty(generator);
    }

    [Fact]
    public void SuppressMessageOnTheClass_HoldsBack_PG0017()
    {
        var (output, _, generator, reported) = Build(TestCompilation.Create(BadName.Replace("public partial class Web", "[System.Diagnostics.CodeAnalysis.SuppressMessage(\"ProbeGen.Usage\", \"PG1002:Name\")]\npublic partial class Web")));
        Assert.DoesNotContain(reported, d => d.Id == "PG1002");
        Assert.Equal(new[] { "Shop.Good" }, TestCompilation.ManifestTypes(output));
        Assert.Contains("PG1002 ([SuppressMessage])", SinglePG0017(generator).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void AssemblySuppressMessage_HoldsBack_PG0017()
    {
        var (output, _, generator, reported) = Build(TestCompilation.Create(BadName.Replace("using ProbeGen;\n",
            "using ProbeGen;\n[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage(\"ProbeGen.Usage\", \"PG1002\", Scope = \"type\", Target = \"~T:Shop.Web\")]\n")));
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.DoesNotContain(reported, d => d.Id == "PG1002");
        Assert.Contains("PG1002 ([SuppressMessage])", SinglePG0017(generator).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void EditorconfigNone_HoldsBack_PG0017()
    {
        var compilation = WithEditorconfig(TestCompilation.Create(BadName), "[*.cs]\ndotnet_diagnostic.PG1002.severity = none\n");
        var (output, _, generator, reported) = Build(compilation);
        Assert.DoesNotContain(reported, d => d.Id == "PG1002");
        Assert.Equal(new[] { "Shop.Good" }, TestCompilation.ManifestTypes(output));
        Assert.Contains("PG1002 (set to none in the configuration)", SinglePG0017(generator).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void EditorconfigNoneForPG0017Too_HeldBackIndexSaysUnreported()
    {
        var compilation = WithEditorconfig(TestCompilation.Create(BadName), "[*.cs]\ndotnet_diagnostic.PG1002.severity = none\ndotnet_diagnostic.PG0017.severity = none\n");
        var (output, files, _, reported) = Build(compilation);
        Assert.DoesNotContain(reported, d => d.Id is "PG1002" or "PG0017");
        // The build task reads this index and warns about workloads nobody was told about (flag 0).
        Assert.Equal("Shop.Web\tPod\tPG1002\t0\n", HeldBackIndex(output));
    }

    [Fact]
    public void NoWarnOnTheError_HoldsBack_PG0017()
    {
        var compilation = TestCompilation.Create(BadName);
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["PG1002"] = ReportDiagnostic.Suppress }));
        var (output, _, generator, _) = Build(compilation);
        Assert.Equal(new[] { "Shop.Good" }, TestCompilation.ManifestTypes(output));
        Assert.Contains("PG1002 (set to none in the configuration)", SinglePG0017(generator).GetMessage(), StringComparison.Ordinal);
        Assert.Equal("Shop.Web\tPod\tPG1002\t1\n", HeldBackIndex(output));
    }

    [Fact]
    public void ErrorLoweredToWarning_StillHoldsBack_PG0017()
    {
        var compilation = WithEditorconfig(TestCompilation.Create(BadName), "[*.cs]\ndotnet_diagnostic.PG1002.severity = warning\n");
        var (output, _, generator, reported) = Build(compilation);
        Assert.Contains(reported, d => d.Id == "PG1002" && d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal(new[] { "Shop.Good" }, TestCompilation.ManifestTypes(output));
        Assert.Contains("PG1002 (set to warning in the configuration)", SinglePG0017(generator).GetMessage(), StringComparison.Ordinal);
    }

    private const string NeverWithLiveness = """
        using ProbeGen;
        [Pod("never")]
        [RestartPolicy(RestartPolicy.Never)]
        [Container("app", "nginx")]
        [LivenessProbe(TcpSocket = true, Port = 80)]
        public partial class Never { }
        """;

    [Fact]
    public void WarningRaisedToError_HoldsBack_NoPG0017WhileVisible()
    {
        var compilation = WithEditorconfig(TestCompilation.Create(NeverWithLiveness), "[*.cs]\ndotnet_diagnostic.PG2001.severity = error\n");
        var (output, _, generator, reported) = Build(compilation);
        Assert.Contains(reported, d => d.Id == "PG2001" && d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(TestCompilation.ManifestTypes(output));
        Assert.Empty(generator);
    }

    [Fact]
    public void WarningRaisedToErrorThenPragma_HoldsBack_PG0017()
    {
        var compilation = TestCompilation.Create("#pragma warning disable PG2001\n" + NeverWithLiveness);
        compilation = compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        var (output, _, generator, reported) = Build(compilation);
        Assert.DoesNotContain(reported, d => d.Id == "PG2001");
        Assert.Empty(TestCompilation.ManifestTypes(output));
        // TreatWarningsAsErrors makes PG0017 an error too: the build fails and says why.
        var d = SinglePG0017(generator, DiagnosticSeverity.Error);
        Assert.Contains("error PG2001 (restartPolicy Never with a liveness or startup probe) holds it back", d.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("PG2001 (#pragma warning disable)", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidWorkloads_NoHeldBackIndex_NoDiagnostic()
    {
        var (output, files, generator, _) = Build(TestCompilation.Create(Sources.Seed));
        Assert.Empty(generator);
        Assert.DoesNotContain(files, f => f.HintName == "ProbeGen.HeldBack.g.cs");
        Assert.Equal(new[] { "Demo.LivenessExec" }, TestCompilation.ManifestTypes(output));
    }

    private const string UsesMembers = """
        namespace App;
        public static class Deploy
        {
            public static string Yaml() => Shop.Web.ManifestYaml;
            public static object Typed() => Shop.Web.CreateManifest();
        }
        """;

    [Fact]
    public void HeldBackMembers_Bind_ObsoleteMessageNamesTheRule_NoCS0117()
    {
        var compilation = TestCompilation.Create(new[] { BadName, UsesMembers }, withKubernetesClient: true);
        var (output, files, _, reported) = Build(compilation);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.DoesNotContain(reported, d => d.Id == "CS0117");
        // One CS0618 per use, at the use, naming the error: the only hint besides PG1002 itself (at the attribute).
        var obsolete = reported.Where(d => d.Id == "CS0618").OrderBy(d => d.Location.SourceSpan.Start).ToArray();
        Assert.Equal(2, obsolete.Length);
        Assert.All(obsolete, d => Assert.Equal("File1.cs", d.Location.SourceTree!.FilePath));
        const string message = "ProbeGen generated no manifest for 'Shop.Web': error PG1002 (A workload name is a lowercase DNS-1123 subdomain) holds it back. Fix the error reported on its attributes (docs/rules/PG1002.md); a suppressed diagnostic does not make the manifest valid.";
        Assert.All(obsolete, d => Assert.Contains(message, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Equal(new[] { "CS0618", "CS0618", "PG1002" }, reported.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id).Order(StringComparer.Ordinal));
        // The doc comment says it too.
        string members = files.Single(f => f.Text.Contains("partial class Web", StringComparison.Ordinal)).Text;
        Assert.Contains("/// <summary>No manifest: ProbeGen generated no manifest for 'Shop.Web': error PG1002", members, StringComparison.Ordinal);
    }

    [Fact]
    public void HeldBackMembers_WhenRun_ThrowWithTheMessage()
    {
        // The error suppressed, so the assembly builds: reading the missing manifest fails loudly, never as empty YAML.
        var compilation = TestCompilation.Create(new[] { "#pragma warning disable PG1002\n" + BadName, UsesMembers }, withKubernetesClient: true);
        var (output, _, _, _) = Build(compilation);
        var deploy = TestCompilation.Load(output).GetType("App.Deploy")!;
        foreach (var name in new[] { "Yaml", "Typed" })
        {
            var ex = Assert.Throws<TargetInvocationException>(() => deploy.GetMethod(name)!.Invoke(null, null));
            var inner = Assert.IsType<InvalidOperationException>(ex.InnerException);
            Assert.StartsWith("ProbeGen generated no manifest for 'Shop.Web': error PG1002", inner.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void HeldBackMembers_WithoutKubernetesClient_OnlyManifestYaml()
    {
        var (output, files, _, _) = Build(TestCompilation.Create(BadName));
        Assert.Empty(TestCompilation.CompilerErrors(output));
        var web = output.GetTypeByMetadataName("Shop.Web")!;
        Assert.Single(web.GetMembers("ManifestYaml"));
        Assert.Empty(web.GetMembers("CreateManifest"));
    }

    [Fact]
    public void HeldBackMembers_SeveralErrors_AllNamed()
    {
        var (output, _, _, _) = Build(TestCompilation.Create("""
            using ProbeGen;
            [Pod("Bad_Name")]
            [Container("web", "nginx")]
            [LivenessProbe(TcpSocket = true, Port = 80, SuccessThreshold = 2)]
            public partial class Web { }
            """));
        var attr = output.GetTypeByMetadataName("Web")!.GetMembers("ManifestYaml").Single().GetAttributes().Single();
        Assert.Equal("ObsoleteAttribute", attr.AttributeClass!.Name);
        Assert.StartsWith("ProbeGen generated no manifest for 'Web': errors PG1002 (A workload name is a lowercase DNS-1123 subdomain), PG1316 (Liveness and startup probes have successThreshold 1) hold it back.", (string)attr.ConstructorArguments[0].Value!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Pod(\"web\")] [Container(\"web\", null!)] public partial class Web { }", "error PG0011")]
    [InlineData("[Pod(\"web\")] [Deployment(\"web\")] [Container(\"web\", \"nginx\")] public partial class Web { }", "error PG0002")]
    [InlineData("public partial class Outer { [Pod(\"web\")] [Container(\"web\", \"nginx\")] private partial class Web { } }", "error PG0013")]
    public void HeldBackMembers_UsageErrors_CompileAndNameTheRule(string declaration, string expected)
    {
        var (output, _, _, _) = Build(TestCompilation.Create("using ProbeGen;\n" + declaration));
        // No error in generated code (PG0002: one set of members, not one per workload attribute).
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.Contains("ProbeGen", StringComparison.Ordinal) == true);
        var web = output.GetSymbolsWithName("Web", SymbolFilter.Type).OfType<INamedTypeSymbol>().Single();
        var attr = web.GetMembers("ManifestYaml").Single().GetAttributes().Single();
        Assert.Contains(expected, (string)attr.ConstructorArguments[0].Value!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Pod(\"Bad_Name\")] [Container(\"web\", \"nginx\")] public class Web { }")]
    [InlineData("[Pod(\"Bad_Name\")] [Container(\"web\", \"nginx\")] public partial class Web<T> { }")]
    [InlineData("public class Outer { [Pod(\"Bad_Name\")] [Container(\"web\", \"nginx\")] public partial class Web { } }")]
    [InlineData("[Pod(\"Bad_Name\")] [Container(\"web\", \"nginx\")] public partial class Web { public const string ManifestYaml = \"mine\"; }")]
    public void HeldBackMembers_TypeCannotTakeMembers_NoneEmitted_NoGeneratedError(string declaration)
    {
        var (output, _, _, _) = Build(TestCompilation.Create("using ProbeGen;\n" + declaration));
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.Contains("ProbeGen", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(output.GetSymbolsWithName("ManifestYaml", SymbolFilter.Member), m => m.Locations.Any(l => l.SourceTree?.FilePath.Contains("ProbeGen", StringComparison.Ordinal) == true));
    }

    private static string HeldBackIndex(Compilation output)
    {
        var type = output.GetTypeByMetadataName("ProbeGen.Generated.HeldBackManifests");
        Assert.NotNull(type);
        var field = type!.GetMembers("Index").OfType<IFieldSymbol>().Single();
        return (string)field.ConstantValue!;
    }

    internal static Compilation WithEditorconfig(CSharpCompilation compilation, string editorconfig)
    {
        var config = AnalyzerConfig.Parse(editorconfig, "/src/.editorconfig");
        var set = AnalyzerConfigSet.Create(new[] { config });
        var trees = compilation.SyntaxTrees.Select(t => t.WithFilePath("/src/" + t.FilePath)).ToArray();
        var provider = new EditorconfigProvider(set);
        return compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(trees).WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(provider));
    }

    /// <summary>.editorconfig severities per file, as the compiler applies them (its own provider is internal).</summary>
    private sealed class EditorconfigProvider : SyntaxTreeOptionsProvider
    {
        private readonly AnalyzerConfigSet _set;

        public EditorconfigProvider(AnalyzerConfigSet set) => _set = set;

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            _set.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }
    }
}

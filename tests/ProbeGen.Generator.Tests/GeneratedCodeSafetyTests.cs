using System.Collections.Immutable;
using System.Reflection;
using k8s;
using k8s.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ProbeGen.Tests;

/// <summary>
/// Issue 14 point 7: whatever the user's names, the generated code compiles, or ProbeGen says why at the user's code
/// and generates nothing that cannot compile. Each case is compiled with the generator (typed factories on) and checked
/// for zero errors and zero warnings inside generated files.
/// </summary>
public class GeneratedCodeSafetyTests
{
    private static bool InGeneratedFile(Diagnostic d) => d.Location.SourceTree?.FilePath.Contains("ProbeGen.Generator", StringComparison.Ordinal) == true;

    private static (Compilation Output, ImmutableArray<(string HintName, string Text)> Files, ImmutableArray<Diagnostic> Analyzer) Run(string source, bool typed = true, bool typedOff = false)
    {
        var (output, files, _, _) = TestCompilation.Generate(TestCompilation.Create(source, withKubernetesClient: typed), TestCompilation.Driver(typedOff));
        // PG2003 (infos about bare Pods) are beside the point here: warnings and errors only.
        return (output, files, Analyze(output, typedOff).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray());
    }

    /// <summary>The analyzer with the project's ProbeGenTypedManifests as the build passes it.</summary>
    private static ImmutableArray<Diagnostic> Analyze(Compilation compilation, bool typedOff)
    {
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TypedOption(typedOff ? "false" : null));
        return compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ProbeGen.Analyzers.WorkloadAnalyzer()), options).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
    }

    private sealed class TypedOption : AnalyzerConfigOptionsProvider
    {
        private readonly Values _global;

        public TypedOption(string? typedManifests) => _global = new Values(typedManifests);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(null);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values(null);

        private sealed class Values(string? typedManifests) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = key == "build_property.ProbeGenTypedManifests" ? typedManifests : null;
                return value is not null;
            }
        }
    }

    private static IReadOnlyList<ManifestEntry> All(Assembly assembly) =>
        (IReadOnlyList<ManifestEntry>)assembly.GetType("ProbeGen.Generated.Manifests", throwOnError: true)!.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    [Fact]
    public void TypeAndMemberNamedLikeTheOldHelperAlias_Compile_AndCreateManifestWorks()
    {
        var (output, _, analyzer) = Run("""
            using ProbeGen;
            namespace Shop
            {
                public static class PGF { public static int Pod(string s) => 0; }

                [Pod("web")]
                [Container("web", "nginx:1.27")]
                public partial class Web
                {
                    public const int ManifestFactory = 1;
                    public static int PGF = 2;
                    public class k8s { }
                    public class ProbeGen { }
                    public class System { }
                }
            }
            """);
        Assert.Empty(output.GetDiagnostics());
        Assert.DoesNotContain(analyzer, d => d.Id.StartsWith("PG", StringComparison.Ordinal));
        var assembly = TestCompilation.Load(output);
        var pod = (V1Pod)assembly.GetType("Shop.Web", throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        Assert.Equal("web", pod.Metadata.Name);
    }

    [Fact]
    public void KeywordNamedClassAndNamespace_Compile_CatalogueAndIndexUseMetadataNames()
    {
        var (output, files, analyzer) = Run("""
            using ProbeGen;
            namespace @class.@event
            {
                public partial class @struct
                {
                    [Deployment("web")]
                    [Container("web", "nginx:1.27")]
                    public partial class @int { }
                }
            }
            """);
        Assert.Empty(output.GetDiagnostics());
        Assert.DoesNotContain(analyzer, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Contains("\\tclass.event.struct+int\\t", files.Single(f => f.HintName == "ProbeGen.Manifests.g.cs").Text, StringComparison.Ordinal);
        var assembly = TestCompilation.Load(output);
        var type = assembly.GetType("class.event.struct+int", throwOnError: true)!;
        string yaml = (string)type.GetField("ManifestYaml")!.GetRawConstantValue()!;
        Assert.Equal(yaml, Assert.Single(All(assembly)).Yaml);
        Assert.Equal("web", ((V1Deployment)type.GetMethod("CreateManifest")!.Invoke(null, null)!).Metadata.Name);
    }

    [Fact]
    public void FileLocalWorkload_PG0013_NoMembersOnAnyType_NoCatalogueEntry()
    {
        var (output, files, analyzer) = Run("""
            using ProbeGen;
            namespace Shop;

            [Pod("web")]
            [Container("web", "nginx:1.27")]
            file partial class Web { }
            """);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.Equal("PG0013", Assert.Single(analyzer, d => d.Id.StartsWith("PG", StringComparison.Ordinal)).Id);
        Assert.Empty(TestCompilation.ManifestTypes(output));
        Assert.Contains("internal const string Index = \"\";", files.Single(f => f.HintName == "ProbeGen.Manifests.g.cs").Text, StringComparison.Ordinal);
        Assert.Empty(All(TestCompilation.Load(output)));
    }

    [Fact]
    public void UserDeclaredManifestYaml_PG0018_NothingGeneratedForIt_Compiles()
    {
        var (output, _, analyzer) = Run("""
            using ProbeGen;
            namespace Shop;

            [Pod("web")]
            [Container("web", "nginx:1.27")]
            public partial class Web { public const string ManifestYaml = "mine"; }

            [Pod("api")]
            [Container("api", "nginx:1.27")]
            public partial class Api { }
            """);
        Assert.Empty(output.GetDiagnostics());
        Assert.Equal("PG0018", Assert.Single(analyzer, d => d.Id.StartsWith("PG", StringComparison.Ordinal)).Id);
        Assert.Equal(new[] { "Shop.Api" }, TestCompilation.ManifestTypes(output));
        Assert.Equal(new[] { "api" }, All(TestCompilation.Load(output)).Select(e => e.Name));
    }

    [Fact]
    public void UserDeclaredCreateManifest_TypedOn_PG0018_Compiles()
    {
        var (output, _, analyzer) = Run("""
            using ProbeGen;
            namespace Shop;

            [Pod("web")]
            [Container("web", "nginx:1.27")]
            public partial class Web { public static object CreateManifest() => new object(); }
            """);
        Assert.Empty(output.GetDiagnostics());
        Assert.Equal("PG0018", Assert.Single(analyzer, d => d.Id.StartsWith("PG", StringComparison.Ordinal)).Id);
        Assert.Empty(TestCompilation.ManifestTypes(output));
    }

    [Theory]
    [InlineData(false, false)] // no KubernetesClient: ProbeGen generates no CreateManifest()
    [InlineData(true, true)]   // ProbeGenTypedManifests=false
    public void UserDeclaredCreateManifest_TypedFactoriesOff_IsTheUsers_ManifestGenerated(bool kubernetes, bool typedOff)
    {
        var (output, _, analyzer) = Run("""
            using ProbeGen;
            namespace Shop;

            [Pod("web")]
            [Container("web", "nginx:1.27")]
            public partial class Web { public static string CreateManifest() => "mine"; }
            """, kubernetes, typedOff);
        Assert.Empty(output.GetDiagnostics());
        Assert.DoesNotContain(analyzer, d => d.Id.StartsWith("PG", StringComparison.Ordinal));
        Assert.Equal(new[] { "Shop.Web" }, TestCompilation.ManifestTypes(output));
    }

    [Fact]
    public void CreateManifestOverloadWithParameters_IsNoConflict()
    {
        var (output, _, analyzer) = Run("""
            using ProbeGen;
            namespace Shop;

            [Pod("web")]
            [Container("web", "nginx:1.27")]
            public partial class Web { public static string CreateManifest(string tag) => tag; }
            """);
        Assert.Empty(output.GetDiagnostics());
        Assert.DoesNotContain(analyzer, d => d.Id.StartsWith("PG", StringComparison.Ordinal));
        Assert.Equal(new[] { "Shop.Web" }, TestCompilation.ManifestTypes(output));
    }

    [Fact]
    public void ClassNamedManifestYaml_PG0018_Compiles()
    {
        var (output, _, analyzer) = Run("""
            using ProbeGen;
            [Pod("web")]
            [Container("web", "nginx:1.27")]
            public partial class ManifestYaml { }
            """);
        Assert.Empty(output.GetDiagnostics());
        Assert.Equal("PG0018", Assert.Single(analyzer, d => d.Id.StartsWith("PG", StringComparison.Ordinal)).Id);
    }

    [Theory]
    [InlineData("public partial class ")]
    [InlineData("public partial class \n\n[Pod(\"b\")]\n[Container(\"b\", \"nginx\")]\npublic partial class B { }")]
    [InlineData("public partial class { }")]
    [InlineData("namespace . { [Pod(\"b\")] [Container(\"b\", \"nginx\")] public partial class B { } }")]
    public void HalfTypedClass_NoErrorInGeneratedCode(string rest)
    {
        var (output, _, analyzer) = Run("using ProbeGen;\n[Pod(\"a\")]\n[Container(\"a\", \"nginx\")]\n" + rest);
        Assert.NotEmpty(TestCompilation.CompilerErrors(output)); // the compiler's own, at the user's code
        Assert.DoesNotContain(output.GetDiagnostics(), InGeneratedFile);
        Assert.DoesNotContain(analyzer, d => d.Id is "AD0001" or "PG9999");
    }

    [Fact]
    public void WorkloadDerivedFromWorkload_NoWarningInGeneratedCode()
    {
        var (output, _, _) = Run("""
            using ProbeGen;
            namespace Shop;

            [Deployment("base")]
            [Container("web", "nginx:1.27")]
            public partial class Base { }

            [Deployment("derived")]
            [Container("web", "nginx:1.27")]
            public partial class Derived : Base { }
            """);
        Assert.Empty(output.GetDiagnostics());
        var assembly = TestCompilation.Load(output);
        Assert.Equal(new[] { "base", "derived" }, All(assembly).Select(e => e.Name));
        Assert.Contains("name: derived", (string)assembly.GetType("Shop.Derived")!.GetField("ManifestYaml", BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)!.GetRawConstantValue()!, StringComparison.Ordinal);
    }
}

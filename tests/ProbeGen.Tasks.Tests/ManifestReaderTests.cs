namespace ProbeGen.Tasks.Tests;

public class ManifestReaderTests
{
    /// <summary>The shape the generator emits: the value is the class's ManifestYaml constant.</summary>
    private const string GeneratedShape = """
        [assembly: global::System.Reflection.AssemblyMetadata("ProbeGen.Manifest:test-liveness-exec.pod.yaml", global::Demo.LivenessExec.ManifestYaml)]
        [assembly: global::System.Reflection.AssemblyMetadata("ProbeGen.Manifest:prod.shop.pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: shop\n  namespace: prod\n")]

        namespace Demo
        {
            public partial class LivenessExec
            {
                public const string ManifestYaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: test-liveness-exec\n  labels:\n    test: liveness\n";
            }
        }
        """;

    [Fact]
    public void Read_GeneratedShape_ReturnsFileNamesAndYamlInDeclarationOrder()
    {
        using var t = new TempDir();
        var manifests = ManifestReader.Read(TestAssembly.Compile(GeneratedShape, t["Consumer.dll"]));

        Assert.Equal(new[] { "test-liveness-exec.pod.yaml", "prod.shop.pod.yaml" }, manifests.Select(m => m.Key));
        Assert.Equal("apiVersion: v1\nkind: Pod\nmetadata:\n  name: test-liveness-exec\n  labels:\n    test: liveness\n", manifests[0].Value);
        Assert.Equal("apiVersion: v1\nkind: Pod\nmetadata:\n  name: shop\n  namespace: prod\n", manifests[1].Value);
    }

    [Fact]
    public void Read_OtherAssemblyMetadataKeys_AreIgnored()
    {
        const string source = """
            using System.Reflection;
            [assembly: AssemblyMetadata("RepositoryUrl", "https://example.com/repo")]
            [assembly: AssemblyMetadata("ProbeGen.Manifest", "no colon: not ours")]
            [assembly: AssemblyMetadata("probegen.manifest:lower.yaml", "the prefix is case-sensitive")]
            [assembly: AssemblyMetadata("X.ProbeGen.Manifest:x.yaml", "prefix must be at the start")]
            [assembly: AssemblyMetadata("ProbeGen.Manifest:null.yaml", null)]
            [assembly: AssemblyMetadata(null, "null key")]
            [assembly: AssemblyMetadata("ProbeGen.Manifest:a.pod.yaml", "kind: Pod\n")]
            [assembly: AssemblyTitle("ProbeGen.Manifest:title.yaml")]
            """;
        using var t = new TempDir();
        var manifests = ManifestReader.Read(TestAssembly.Compile(source, t["Consumer.dll"]));
        Assert.Equal(new[] { new KeyValuePair<string, string>("a.pod.yaml", "kind: Pod\n") }, manifests);
    }

    [Fact]
    public void Read_LookalikeAttributeInAnotherNamespace_IsIgnored()
    {
        const string source = """
            [assembly: Fake.AssemblyMetadata("ProbeGen.Manifest:fake.yaml", "kind: Pod\n")]
            [assembly: System.Reflection.AssemblyMetadata("ProbeGen.Manifest:real.yaml", "kind: Pod\n")]
            namespace Fake
            {
                [System.AttributeUsage(System.AttributeTargets.Assembly, AllowMultiple = true)]
                public sealed class AssemblyMetadataAttribute : System.Attribute
                {
                    public AssemblyMetadataAttribute(string key, string value) { }
                }
            }
            """;
        using var t = new TempDir();
        var manifests = ManifestReader.Read(TestAssembly.Compile(source, t["Consumer.dll"]));
        Assert.Equal(new[] { "real.yaml" }, manifests.Select(m => m.Key));
    }

    [Fact]
    public void Read_UnicodeAndSpecialCharacters_RoundTripExactly()
    {
        const string yaml = "metadata:\n  annotations:\n    note: \"héllo 世界 🚀 \\\"q\\\" \\t\"\n    empty: \"\"\n";
        string source = "[assembly: System.Reflection.AssemblyMetadata(\"ProbeGen.Manifest:u.pod.yaml\", " + SymbolDisplayLiteral(yaml) + ")]";
        using var t = new TempDir();
        var manifests = ManifestReader.Read(TestAssembly.Compile(source, t["Consumer.dll"]));
        Assert.Equal(yaml, manifests.Single().Value);
    }

    [Fact]
    public void Read_AssemblyWithoutManifests_ReturnsEmpty()
    {
        using var t = new TempDir();
        Assert.Empty(ManifestReader.Read(TestAssembly.Compile("public class C { }", t["Consumer.dll"])));
    }

    [Fact]
    public void Read_NotAnAssembly_ThrowsBadImageFormat()
    {
        using var t = new TempDir();
        File.WriteAllText(t["junk.dll"], "this is not a PE file");
        Assert.Throws<BadImageFormatException>(() => ManifestReader.Read(t["junk.dll"]));
    }

    private static string SymbolDisplayLiteral(string value) =>
        Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);
}

namespace ProbeGen.Tasks.Tests;

public class ManifestReaderTests
{
    /// <summary>The shape the generator emits: workload types with their ManifestYaml constant, nested and in the global namespace too, and the catalogue's index.</summary>
    private static readonly string GeneratedShape = """
        namespace Demo
        {
            public partial class LivenessExec
            {
                public const string ManifestYaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: test-liveness-exec\n  labels:\n    test: liveness\n";
            }
            public partial class Shop
            {
                public partial class ShopPod
                {
                    public const string ManifestYaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: shop\n  namespace: prod\n";
                }
            }
        }
        public partial class Global { public const string ManifestYaml = "kind: Pod\n"; }
        """ + TestAssembly.Catalogue("prod.shop.pod.yaml\tDemo.Shop+ShopPod\tPod\tshop\tprod\ntest-liveness-exec.pod.yaml\tDemo.LivenessExec\tPod\ttest-liveness-exec\nglobal.pod.yaml\tGlobal\tPod\tglobal\n");

    [Fact]
    public void Read_GeneratedShape_ReturnsFileNamesAndYamlInIndexOrder()
    {
        using var t = new TempDir();
        var manifests = ManifestReader.Read(TestAssembly.Compile(GeneratedShape, t["Consumer.dll"]));

        Assert.Equal(new[] { "prod.shop.pod.yaml", "test-liveness-exec.pod.yaml", "global.pod.yaml" }, manifests.Select(m => m.Key));
        Assert.Equal("apiVersion: v1\nkind: Pod\nmetadata:\n  name: shop\n  namespace: prod\n", manifests[0].Value);
        Assert.Equal("apiVersion: v1\nkind: Pod\nmetadata:\n  name: test-liveness-exec\n  labels:\n    test: liveness\n", manifests[1].Value);
        Assert.Equal("kind: Pod\n", manifests[2].Value);
    }

    [Fact]
    public void Read_AFileNameClaimedTwice_IgnoringCase_IsWrittenForNeither()
    {
        string source = TestAssembly.Generated(("a.b.pod.yaml", "kind: Pod\n"), ("other.pod.yaml", "kind: Pod\n"), ("A.B.pod.yaml", "kind: Pod\n"));
        using var t = new TempDir();
        var manifests = ManifestReader.Read(TestAssembly.Compile(source, t["Consumer.dll"]));
        Assert.Equal(new[] { "other.pod.yaml" }, manifests.Select(m => m.Key));
    }

    [Fact]
    public void Read_LookalikeCatalogueInAnotherNamespace_OrNested_IsIgnored()
    {
        const string source = """
            namespace Fake.Generated { internal static class Manifests { internal const string Index = "fake.yaml\tX\tPod\tx\n"; } }
            namespace ProbeGen.Generated { internal static class Outer { internal static class Manifests { internal const string Index = "fake.yaml\tX\tPod\tx\n"; } } }
            public class X { public const string ManifestYaml = "kind: Pod\n"; }
            """;
        using var t = new TempDir();
        Assert.Empty(ManifestReader.Read(TestAssembly.Compile(source, t["Consumer.dll"])));
    }

    [Fact]
    public void Read_IndexNamingAMissingTypeOrConstant_ThrowsInvalidData()
    {
        using var t = new TempDir();
        string missingType = TestAssembly.Catalogue("a.pod.yaml\tDemo.Missing\tPod\ta\n");
        var ex = Assert.Throws<InvalidDataException>(() => ManifestReader.Read(TestAssembly.Compile(missingType, t["A.dll"])));
        Assert.Contains("Demo.Missing", ex.Message, StringComparison.Ordinal);

        string notConst = "namespace Demo { public class W { public static readonly string ManifestYaml = \"kind: Pod\\n\"; } }\n" + TestAssembly.Catalogue("a.pod.yaml\tDemo.W\tPod\ta\n");
        Assert.Throws<InvalidDataException>(() => ManifestReader.Read(TestAssembly.Compile(notConst, t["B.dll"])));
    }

    [Fact]
    public void Read_IndexThisVersionCannotRead_ThrowsInvalidData()
    {
        using var t = new TempDir();
        Assert.Throws<InvalidDataException>(() => ManifestReader.Read(TestAssembly.Compile(TestAssembly.Catalogue("a.pod.yaml\tDemo.W\n"), t["A.dll"])));
        string notAString = "namespace ProbeGen.Generated { internal static class Manifests { internal const int Index = 1; } }";
        Assert.Throws<InvalidDataException>(() => ManifestReader.Read(TestAssembly.Compile(notAString, t["B.dll"])));
    }

    [Fact]
    public void Read_UnicodeAndSpecialCharacters_RoundTripExactly()
    {
        const string yaml = "metadata:\n  annotations:\n    note: \"héllo 世界 🚀 \\\"q\\\" \\t\"\n    empty: \"\"\n";
        using var t = new TempDir();
        var manifests = ManifestReader.Read(TestAssembly.Compile(TestAssembly.Generated(("u.pod.yaml", yaml)), t["Consumer.dll"]));
        Assert.Equal(yaml, manifests.Single().Value);
    }

    [Fact]
    public void Read_EmptyCatalogue_ReturnsEmpty()
    {
        using var t = new TempDir();
        Assert.Empty(ManifestReader.Read(TestAssembly.Compile(TestAssembly.Catalogue(""), t["Consumer.dll"])));
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
}

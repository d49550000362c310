using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ProbeGen.Tests;

/// <summary>
/// Issue 14 point 8: an app shows its internals to its test project (InternalsVisibleTo). The test project, with no
/// workloads of its own, must see the app's catalogue, not an empty one of its own (CS0436, Count 0).
/// </summary>
public class CatalogueVisibilityTests
{
    private const string App = """
        using ProbeGen;
        [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("App.Tests")]
        namespace App;

        [Deployment("web")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }

        [Pod("worker")]
        [Container("worker", "busybox:1.36")]
        public partial class Worker { }
        """;

    private static (Compilation Output, byte[] Image, ImmutableArray<(string HintName, string Text)> Files) Build(string source, string name, bool typed, params MetadataReference[] references)
    {
        var compilation = TestCompilation.Create(new[] { source }, withKubernetesClient: typed, assemblyName: name).AddReferences(references);
        var (output, files, _, _) = TestCompilation.Generate(compilation);
        using var pe = new MemoryStream();
        var emit = output.Emit(pe);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return (output, pe.ToArray(), files);
    }

    private static int CountThroughTests(byte[] app, byte[] tests)
    {
        var context = new AssemblyLoadContext("ivt-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            context.LoadFromStream(new MemoryStream(app));
            var assembly = context.LoadFromStream(new MemoryStream(tests));
            return (int)assembly.GetType("App.Tests.Probe", throwOnError: true)!.GetMethod("Count")!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TestProjectWithoutWorkloads_SeesTheAppsCatalogue_NoCS0436(bool typed)
    {
        var app = Build(App, "App", typed);
        var tests = Build("""
            namespace App.Tests;
            public static class Probe
            {
                public static int Count() => ProbeGen.Generated.Manifests.All.Count;
            }
            """, "App.Tests", typed, MetadataReference.CreateFromImage(app.Image));
        Assert.Empty(tests.Output.GetDiagnostics());
        Assert.Empty(tests.Files);
        Assert.Equal(2, CountThroughTests(app.Image, tests.Image));
    }

    [Fact]
    public void BothAssembliesWithWorkloads_GeneratedCodeHasNoWarning_EachCatalogueListsItsOwn()
    {
        var app = Build(App, "App", typed: true);
        var tests = Build("""
            #nullable disable
            using ProbeGen;
            namespace App.Tests;

            [Pod("fixture")]
            [Container("fixture", "busybox:1.36")]
            public partial class Fixture { }

            public static class Probe
            {
                public static int Count() => Fixture.CreateManifest().Metadata.Name == "fixture" ? All().Count : -1;

                private static System.Collections.Generic.IReadOnlyList<ProbeGen.ManifestEntry> All() =>
                    (System.Collections.Generic.IReadOnlyList<ProbeGen.ManifestEntry>)typeof(Fixture).Assembly.GetType("ProbeGen.Generated.Manifests").GetProperty("All").GetValue(null);
            }
            """, "App.Tests", typed: true, MetadataReference.CreateFromImage(app.Image));
        Assert.Empty(tests.Output.GetDiagnostics());
        Assert.Equal(1, CountThroughTests(app.Image, tests.Image));
    }

    [Fact]
    public void AssemblyWithoutWorkloads_GetsNoGeneratedFiles_AssemblyWithOnlyAnInvalidWorkload_GetsTheCatalogue()
    {
        var (_, none, _, _) = TestCompilation.Generate(TestCompilation.Create("public class Plain { }", withKubernetesClient: true));
        Assert.Empty(none);
        var (output, invalid, _, _) = TestCompilation.Generate(TestCompilation.Create("""
            using ProbeGen;
            [Pod("Not_Valid")]
            [Container("web", "nginx:1.27")]
            public partial class Web { }
            """, withKubernetesClient: true));
        // The catalogue (empty), the factory helpers, the held-back list for the task, and the held-back members of Web.
        Assert.Equal(new[] { "ProbeGen.HeldBack.g.cs", "ProbeGen.ManifestFactory.g.cs", "ProbeGen.Manifests.g.cs", "ProbeGen.Workloads.04.g.cs" }, invalid.Select(f => f.HintName));
        Assert.Empty(TestCompilation.CompilerErrors(output));
    }
}

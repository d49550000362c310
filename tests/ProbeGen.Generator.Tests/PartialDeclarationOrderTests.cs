using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ProbeGen.Tests;

/// <summary>
/// Issue 14 point 6: a partial workload split over files. The output must not depend on the files' names or the order
/// the compiler reads them in: maps are written in key order when split; an ordered list split over files is PG0019.
/// </summary>
public class PartialDeclarationOrderTests
{
    private static (string[] Generated, string[] Pg, int Errors) Run(params (string Path, string Text)[] files)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, TestCompilation.ParseOptions, f.Path));
        var compilation = TestCompilation.Create(Array.Empty<string>(), withKubernetesClient: true).AddSyntaxTrees(trees);
        var (output, generated, _, _) = TestCompilation.Generate(compilation);
        var pg = TestCompilation.Analyze(output).Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal) && d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.Id + " " + Path.GetFileName(d.Location.SourceTree?.FilePath) + ":" + d.Location.SourceSpan.Start).OrderBy(s => s, StringComparer.Ordinal).ToArray();
        return (generated.Select(g => g.HintName + "\n" + g.Text).ToArray(), pg, TestCompilation.CompilerErrors(output).Length);
    }

    /// <summary>The same two files under every pair of names and in both orders.</summary>
    private static IEnumerable<(string Path, string Text)[]> Arrangements(string first, string second)
    {
        foreach (var (a, b) in new[] { ("a.cs", "b.cs"), ("z.cs", "b.cs"), ("Web.cs", "Web.Env.cs") })
        {
            yield return new[] { (a, first), (b, second) };
            yield return new[] { (b, second), (a, first) };
            yield return new[] { (b, first), (a, second) };
        }
    }

    private const string LabelsA = """
        using ProbeGen;
        namespace Shop;
        [Deployment("web")]
        [Label("tier", "web")]
        [Label("app", "shop")]
        [Annotation("z.example.com/x", "1")]
        [Container("web", "nginx:1.27")]
        [Env("A", "1")]
        [Env("B", "$(A)-2")]
        public partial class Web { }
        """;

    private const string LabelsB = """
        using ProbeGen;
        namespace Shop;
        [Label("owner", "team-a")]
        [Annotation("a.example.com/y", "2")]
        [NodeSelector("kubernetes.io/os", "linux")]
        public partial class Web { }
        """;

    [Fact]
    public void MapsSplitOverFiles_ByteIdenticalOutput_InKeyOrder()
    {
        var runs = Arrangements(LabelsA, LabelsB).Select(f => Run(f)).ToArray();
        foreach (var r in runs)
        {
            Assert.Empty(r.Pg);
            Assert.Equal(0, r.Errors);
            Assert.Equal(runs[0].Generated, r.Generated);
        }
        string shard = runs[0].Generated.Single(g => g.StartsWith("ProbeGen.Workloads.", StringComparison.Ordinal));
        Assert.Contains("labels:\\n    app: shop\\n    owner: team-a\\n    tier: web\\n", shard, StringComparison.Ordinal);
        Assert.Contains("annotations:\\n    a.example.com/y: \\\"2\\\"\\n    z.example.com/x: \\\"1\\\"\\n", shard, StringComparison.Ordinal);
        // Env, all in one file, keeps its written order ($(A) before B).
        Assert.Contains("env:\\n        - name: A\\n          value: \\\"1\\\"\\n        - name: B\\n", shard, StringComparison.Ordinal);
    }

    [Fact]
    public void MapInOneFile_KeepsWrittenOrder()
    {
        var (generated, pg, _) = Run(("a.cs", LabelsA));
        Assert.Empty(pg);
        Assert.Contains("labels:\\n    tier: web\\n    app: shop\\n", generated.Single(g => g.StartsWith("ProbeGen.Workloads.", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Env(\"C\", \"$(B)\")]")]
    [InlineData("[EnvSecretKey(\"C\", \"s\", \"k\")]")]
    [InlineData("[ContainerPort(9090)]")]
    public void EnvOrPortsSplitOverFiles_PG0019InEachFile_NoManifest_WhateverTheNames(string attribute)
    {
        string second = "using ProbeGen;\nnamespace Shop;\n" + attribute + "\npublic partial class Web { }\n";
        string withPort = LabelsA.Replace("[Env(\"A\", \"1\")]", "[ContainerPort(8080)]\n[Env(\"A\", \"1\")]", StringComparison.Ordinal);
        foreach (var files in Arrangements(withPort, second))
        {
            var (generated, pg, errors) = Run(files);
            Assert.Equal(0, errors);
            Assert.True(pg.Length == 2, string.Join(", ", pg));
            Assert.All(pg, p => Assert.StartsWith("PG0019 ", p, StringComparison.Ordinal));
            Assert.Equal(2, pg.Select(p => p.Split(' ')[1].Split(':')[0]).Distinct().Count());
            // No manifest: the workload keeps only the held-back members that name PG0019 (no ManifestYaml constant).
            Assert.DoesNotContain(generated, g => g.Contains("public const string ManifestYaml", StringComparison.Ordinal));
            Assert.Contains(generated, g => g.StartsWith("ProbeGen.Workloads.", StringComparison.Ordinal) && g.Contains("[global::System.Obsolete(", StringComparison.Ordinal) && g.Contains("PG0019", StringComparison.Ordinal));
        }
    }

    private const string PodListsA = """
        using ProbeGen;
        namespace Shop;
        [Pod("web")]
        [Container("web", "nginx:1.27")]
        [Toleration(Key = "dedicated", Operator = TolerationOperator.Exists)]
        [ImagePullSecret("regcred")]
        public partial class Web { }
        """;

    [Theory]
    [InlineData("[Toleration(Key = \"spot\", Operator = TolerationOperator.Exists)]", "tolerations", "[Toleration]", "[Toleration(")]
    [InlineData("[ImagePullSecret(\"mirror\")]", "imagePullSecrets", "[ImagePullSecret]", "[ImagePullSecret(")]
    public void PodListSplitOverFiles_PG0019AtTheFirstItemOfEachFile_NamesTheList(string attribute, string list, string fix, string item)
    {
        string second = "using ProbeGen;\nnamespace Shop;\n" + attribute + "\npublic partial class Web { }\n";
        foreach (var files in Arrangements(PodListsA, second))
        {
            var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, TestCompilation.ParseOptions, f.Path)).ToArray();
            var compilation = TestCompilation.Create(Array.Empty<string>(), withKubernetesClient: true).AddSyntaxTrees(trees);
            var (output, generated, _, _) = TestCompilation.Generate(compilation);
            Assert.Empty(TestCompilation.CompilerErrors(output));
            var pg = TestCompilation.Analyze(output).Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal) && d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(pg.Length == 2, string.Join(", ", pg.Select(d => d.ToString())));
            foreach (var d in pg)
            {
                Assert.Equal("PG0019", d.Id);
                // At the list's first item in each file: that attribute's span, exactly.
                var text = files.Single(f => f.Path == d.Location.SourceTree!.FilePath).Text;
                int start = text.IndexOf(item, StringComparison.Ordinal) + 1;
                Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(start, text.IndexOf(")]", start, StringComparison.Ordinal) + 1 - start), d.Location.SourceSpan);
                string message = d.GetMessage(CultureInfo.InvariantCulture);
                Assert.StartsWith("spec." + list + ": the " + list + " of 'Web' are declared in 2 files", message, StringComparison.Ordinal);
                Assert.EndsWith("declare every " + fix + " of 'Web' in one file", message, StringComparison.Ordinal);
                Assert.DoesNotContain("volumes", message, StringComparison.Ordinal);
            }
            Assert.Equal(2, pg.Select(d => d.Location.SourceTree!.FilePath).Distinct().Count());
            Assert.DoesNotContain(generated, g => g.Text.Contains("public const string ManifestYaml", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void PodListsEachInOneFile_NoDiagnostic()
    {
        const string second = "using ProbeGen;\nnamespace Shop;\n[Toleration(Key = \"spot\", Operator = TolerationOperator.Exists)]\npublic partial class Web { }\n";
        string first = PodListsA.Replace("[Toleration(Key = \"dedicated\", Operator = TolerationOperator.Exists)]\n", "", StringComparison.Ordinal);
        Assert.NotEqual(PodListsA, first);
        foreach (var files in Arrangements(first, second))
        {
            var (generated, pg, errors) = Run(files);
            Assert.Equal(0, errors);
            Assert.Empty(pg);
            Assert.Contains(generated, g => g.Contains("public const string ManifestYaml", StringComparison.Ordinal));
        }
    }

    private const string ContainersA = """
        using ProbeGen;
        namespace Shop;
        [Pod("web")]
        [Container("web", "nginx:1.27")]
        public partial class Web
        {
            [InitContainer("migrate", "busybox:1.36")]
            public partial class Migrate { }
        }
        """;

    [Fact]
    public void NestedContainersSplitOverFiles_PG0019_InitContainersInAnother_Fine()
    {
        const string second = """
            using ProbeGen;
            namespace Shop;
            public partial class Web
            {
                [InitContainer("seed", "busybox:1.36")]
                public partial class Seed { }
            }
            """;
        foreach (var files in Arrangements(ContainersA, second))
        {
            var (_, pg, _) = Run(files);
            Assert.True(pg.Length == 2, string.Join(", ", pg));
            Assert.All(pg, p => Assert.StartsWith("PG0019 ", p, StringComparison.Ordinal));
        }

        // A sidecar [Container] in the other file is another list: no ambiguity; byte-identical whatever the names.
        const string sidecar = """
            using ProbeGen;
            namespace Shop;
            public partial class Web
            {
                [Container("log", "busybox:1.36")]
                public partial class Log { }

                [Container("metrics", "busybox:1.36")]
                public partial class Metrics { }
            }
            """;
        var runs = Arrangements(ContainersA, sidecar).Select(f => Run(f)).ToArray();
        foreach (var r in runs)
        {
            Assert.Empty(r.Pg);
            Assert.Equal(runs[0].Generated, r.Generated);
        }
        Assert.Contains("containers:\\n  - name: web\\n    image: nginx:1.27\\n  - name: log\\n", runs[0].Generated.Single(g => g.StartsWith("ProbeGen.Workloads.", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void ContainerClassItselfSplit_AttributesFollowTheContainerAttribute_Identical()
    {
        const string first = """
            using ProbeGen;
            namespace Shop;
            [Pod("web")]
            [Container("web", "nginx:1.27")]
            public partial class Web
            {
                [Container("b", "busybox:1.36")]
                public partial class B { }

                [Container("a", "busybox:1.36")]
                public partial class A { }
            }
            """;
        const string second = """
            using ProbeGen;
            namespace Shop;
            public partial class Web
            {
                [Env("X", "1")]
                public partial class A { }
            }
            """;
        var runs = Arrangements(first, second).Select(f => Run(f)).ToArray();
        foreach (var r in runs)
        {
            Assert.Empty(r.Pg);
            Assert.Equal(runs[0].Generated, r.Generated);
        }
        Assert.Contains("  - name: b\\n    image: busybox:1.36\\n  - name: a\\n", runs[0].Generated.Single(g => g.StartsWith("ProbeGen.Workloads.", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}

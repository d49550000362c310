using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using k8s;
using k8s.Models;
using Microsoft.CodeAnalysis;

namespace ProbeGen.Tests;

public class GeneratorOutputTests
{
    private const string Project = "ProbeGen.Generator.Tests";

    private static string ManifestYaml(Assembly assembly, string typeName) =>
        (string)assembly.GetType(typeName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!;

    [Fact]
    public void SeedPod_GeneratedFiles_MatchGolden()
    {
        var (output, files, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Sources.Seed, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.Equal(new[] { "Demo.LivenessExec.ProbeGen.g.cs", "ProbeGen.ManifestFactory.g.cs", "ProbeGen.Manifests.g.cs" }, files.Select(f => f.HintName));
        foreach (var (hint, text) in files) Golden.AssertMatches(Project, "Seed/" + hint, text);
    }

    [Fact]
    public void SeedPod_ManifestYaml_MatchesGoldenAndSeedDocument()
    {
        var assembly = TestCompilation.Load(TestCompilation.Generate(TestCompilation.Create(Sources.Seed)).Output);
        string yaml = ManifestYaml(assembly, "Demo.LivenessExec");
        Golden.AssertMatches(Project, "Seed/test-liveness-exec.pod.yaml", yaml);

        // kubectl, the independent reader: the same object as the seed document's liveness.yaml.
        string seed = SeedDocument.LivenessYaml();
        Assert.Equal(Kubectl.Decode(seed), Kubectl.Decode(yaml));
        // kubectl swaps images for the sentinel: compare the image through YamlDotNet instead.
        var pod = KubernetesYaml.Deserialize<V1Pod>(yaml);
        Assert.Equal("busybox", pod.Spec.Containers.Single().Image);
    }

    [Fact]
    public void FullPod_GeneratedFiles_MatchGolden_AndCompile()
    {
        var (output, files, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Sources.Full, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        foreach (var (hint, text) in files) Golden.AssertMatches(Project, "Full/" + hint, text);
        var assembly = TestCompilation.Load(output);
        string yaml = ManifestYaml(assembly, "Demo.Workloads.Shop+ShopPod");
        Golden.AssertMatches(Project, "Full/prod.shop.pod.yaml", yaml);
        Kubectl.Decode(yaml);
    }

    [Fact]
    public void FullPod_InitContainersFirst_NestedContainersInDeclarationOrder()
    {
        var assembly = TestCompilation.Load(TestCompilation.Generate(TestCompilation.Create(Sources.Full)).Output);
        var pod = KubernetesYaml.Deserialize<V1Pod>(ManifestYaml(assembly, "Demo.Workloads.Shop+ShopPod"));
        Assert.Equal(new[] { "migrate", "proxy" }, pod.Spec.InitContainers.Select(c => c.Name));
        Assert.Equal(new[] { "api", "cache" }, pod.Spec.Containers.Select(c => c.Name));
        Assert.Equal("Always", pod.Spec.InitContainers[1].RestartPolicy);
        Assert.Null(pod.Spec.InitContainers[0].RestartPolicy);
        string yaml = ManifestYaml(assembly, "Demo.Workloads.Shop+ShopPod");
        Assert.True(yaml.IndexOf("initContainers:", StringComparison.Ordinal) < yaml.IndexOf("\n  containers:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(nameof(Sources.Seed), "Demo.LivenessExec")]
    [InlineData(nameof(Sources.Full), "Demo.Workloads.Shop+ShopPod")]
    public void CreateManifest_EqualsManifestYamlReadByKubernetesYaml(string sourceName, string typeName)
    {
        string source = sourceName == nameof(Sources.Seed) ? Sources.Seed : Sources.Full;
        var assembly = TestCompilation.Load(TestCompilation.Generate(TestCompilation.Create(source, withKubernetesClient: true)).Output);
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var typed = (V1Pod)type.GetMethod("CreateManifest")!.Invoke(null, null)!;
        var parsed = KubernetesYaml.Deserialize<V1Pod>(ManifestYaml(assembly, typeName));
        Assert.Equal(KubernetesJson.Serialize(parsed), KubernetesJson.Serialize(typed));
        // and the typed object serialised back to YAML is the same object for kubectl
        Assert.Equal(Kubectl.Decode(ManifestYaml(assembly, typeName)), Kubectl.Decode(KubernetesYaml.Serialize(typed)));
    }

    [Theory]
    [InlineData("Demo.Controllers.Web", "shop.web.deployment.yaml", typeof(V1Deployment))]
    [InlineData("Demo.Controllers.NoLabels", "nolabels.deployment.yaml", typeof(V1Deployment))]
    [InlineData("Demo.Controllers.Sum", "sum.job.yaml", typeof(V1Job))]
    [InlineData("Demo.Controllers.Hourly", "hourly.cronjob.yaml", typeof(V1CronJob))]
    public void Controllers_GoldenYaml_KubectlDecodes_TypedEqualsParsed(string typeName, string fileName, Type modelType)
    {
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Sources.Controllers, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        var assembly = TestCompilation.Load(output);
        string yaml = ManifestYaml(assembly, typeName);
        Golden.AssertMatches(Project, "Controllers/" + fileName, yaml);
        Kubectl.Decode(yaml);
        var typed = assembly.GetType(typeName, throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        Assert.IsType(modelType, typed);
        var parsed = typeof(KubernetesYaml).GetMethods().Single(m => m.Name == "Deserialize" && m.IsGenericMethod && m.GetParameters()[0].ParameterType == typeof(string))
            .MakeGenericMethod(modelType).Invoke(null, new object[] { yaml, false })!;
        Assert.Equal(KubernetesJson.Serialize(parsed), KubernetesJson.Serialize(typed));
    }

    [Fact]
    public void Deployment_SelectorAndTemplateLabels_AreTheWorkloadLabels_OrAppName()
    {
        var assembly = TestCompilation.Load(TestCompilation.Generate(TestCompilation.Create(Sources.Controllers)).Output);
        var web = KubernetesYaml.Deserialize<V1Deployment>(ManifestYaml(assembly, "Demo.Controllers.Web"));
        Assert.Equal(new Dictionary<string, string> { ["app"] = "web", ["tier"] = "frontend" }, web.Spec.Selector.MatchLabels);
        Assert.Equal(web.Spec.Selector.MatchLabels, web.Spec.Template.Metadata.Labels);
        var bare = KubernetesYaml.Deserialize<V1Deployment>(ManifestYaml(assembly, "Demo.Controllers.NoLabels"));
        Assert.Equal(new Dictionary<string, string> { ["app"] = "nolabels" }, bare.Spec.Selector.MatchLabels);
        Assert.Equal(bare.Spec.Selector.MatchLabels, bare.Spec.Template.Metadata.Labels);
        Assert.Null(bare.Metadata.Labels);
    }

    [Fact]
    public void WithoutKubernetesClient_NoCreateManifest_StillYamlAndCatalogue()
    {
        var (output, files, _, _) = TestCompilation.Generate(TestCompilation.Create(Sources.Seed, withKubernetesClient: false));
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.DoesNotContain("CreateManifest", files.Single(f => f.HintName.StartsWith("Demo.", StringComparison.Ordinal)).Text);
        var assembly = TestCompilation.Load(output);
        var all = (IReadOnlyList<ManifestEntry>)assembly.GetType("ProbeGen.Generated.Manifests")!.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var entry = Assert.Single(all);
        Assert.Equal(("Pod", "test-liveness-exec", (string?)null, "test-liveness-exec.pod.yaml"), (entry.Kind, entry.Name, entry.Namespace, entry.FileName));
        Assert.Equal(ManifestYaml(assembly, "Demo.LivenessExec"), entry.Yaml);
    }

    [Fact]
    public void TypedManifestsFalse_TurnsOffCreateManifest()
    {
        var (output, files, _, _) = TestCompilation.Generate(TestCompilation.Create(Sources.Seed, withKubernetesClient: true), TestCompilation.Driver(typedOff: true));
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.DoesNotContain(files, f => f.Text.Contains("CreateManifest", StringComparison.Ordinal));
    }

    [Fact]
    public void AssemblyMetadata_CarriesEachManifest_ReferencingTheConstant()
    {
        var (output, files, _, _) = TestCompilation.Generate(TestCompilation.Create(Sources.Seed));
        var catalogue = files.Single(f => f.HintName == "ProbeGen.Manifests.g.cs").Text;
        Assert.Contains("[assembly: global::System.Reflection.AssemblyMetadata(\"ProbeGen.Manifest:test-liveness-exec.pod.yaml\", global::Demo.LivenessExec.ManifestYaml)]", catalogue);
        var assembly = TestCompilation.Load(output);
        var meta = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key.StartsWith("ProbeGen.Manifest:", StringComparison.Ordinal));
        Assert.Equal(ManifestYaml(assembly, "Demo.LivenessExec"), meta.Value);
        // The YAML text is in the generated source once.
        int occurrences = Regex.Matches(string.Concat(files.Select(f => f.Text)), Regex.Escape("apiVersion: v1")).Count;
        Assert.Equal(1, occurrences);
    }

    [Fact]
    public void InvalidWorkload_GetsNoManifest_OthersDo()
    {
        const string source = """
            using ProbeGen;
            [Pod("good")] [Container("app", "nginx")] public partial class Good { }
            [Pod("bad")] [Container("app", "nginx")] [LivenessProbe(TcpSocket = true, Port = 80, SuccessThreshold = 2)] public partial class Bad { }
            """;
        var (_, files, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(source));
        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "Good.ProbeGen.g.cs", "ProbeGen.Manifests.g.cs" }, files.Select(f => f.HintName));
        Assert.DoesNotContain("bad", files[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredSeverities_DecideWhetherAFindingBlocksTheManifest()
    {
        const string source = """
            using ProbeGen;
            [Pod("st")] [Container("app", "nginx")] [LivenessProbe(TcpSocket = true, Port = 80, SuccessThreshold = 2)] public partial class St { }
            [Pod("never")] [RestartPolicy(RestartPolicy.Never)] [Container("app", "nginx")] [LivenessProbe(TcpSocket = true, Port = 80)] public partial class Never { }
            """;
        var compilation = TestCompilation.Create(source);
        var defaults = TestCompilation.Generate(compilation).Files.Select(f => f.HintName).ToArray();
        Assert.Equal(new[] { "Never.ProbeGen.g.cs", "ProbeGen.Manifests.g.cs" }, defaults);

        // <NoWarn>PG1316</NoWarn>: the user has decided; <WarningsAsErrors>PG2001</WarningsAsErrors>: the build would fail.
        var configured = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            ["PG1316"] = ReportDiagnostic.Suppress,
            ["PG2001"] = ReportDiagnostic.Error,
        }));
        var files = TestCompilation.Generate(configured).Files;
        Assert.Equal(new[] { "ProbeGen.Manifests.g.cs", "St.ProbeGen.g.cs" }, files.Select(f => f.HintName));
        Assert.Contains("successThreshold: 2", files[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoWorkloadsForOneFile_NeitherGetsAssemblyMetadata()
    {
        const string source = """
            using ProbeGen;
            [Pod("a.b")] [Container("app", "nginx")] public partial class A { }
            [Pod("b", Namespace = "a")] [Container("app", "nginx")] public partial class B { }
            [Pod("other")] [Container("app", "nginx")] public partial class C { }
            """;
        var catalogue = TestCompilation.Generate(TestCompilation.Create(source)).Files.Single(f => f.HintName == "ProbeGen.Manifests.g.cs").Text;
        Assert.Contains("\"ProbeGen.Manifest:other.pod.yaml\"", catalogue, StringComparison.Ordinal);
        // "a.b" and "b" in namespace "a" both want a.b.pod.yaml: PG0012 is reported, and neither file is written.
        Assert.DoesNotContain("ProbeGen.Manifest:a.b", catalogue, StringComparison.Ordinal);
        Assert.Contains("global::A.ManifestYaml", catalogue, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_IsByteIdentical_AcrossRuns_CulturesAndFileOrder()
    {
        string Run(string culture, bool reversed)
        {
            var saved = CultureInfo.CurrentCulture;
            var savedUi = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                var sources = new[] { Sources.Seed, Sources.Full };
                if (reversed) Array.Reverse(sources);
                var files = TestCompilation.Generate(TestCompilation.Create(sources, withKubernetesClient: true)).Files;
                return string.Join("\n////\n", files.Select(f => f.HintName + "\n" + f.Text));
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
                CultureInfo.CurrentUICulture = savedUi;
            }
        }

        string baseline = Run("en-US", false);
        Assert.Equal(baseline, Run("en-US", false));
        foreach (var culture in new[] { "tr-TR", "de-DE", "ar-SA", "ja-JP" }) Assert.Equal(baseline, Run(culture, false));
        Assert.Equal(baseline, Run("en-US", true));
        Assert.DoesNotContain("/work", baseline, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", baseline, StringComparison.Ordinal);
    }
}

/// <summary>The seed document's liveness.yaml, read from ../shared/seed (the manifest ProbeGen must reproduce).</summary>
internal static class SeedDocument
{
    public static string LivenessYaml()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Shared, "seed", "liveness-and-restart-policy.zh.md"));
        int start = Array.FindIndex(lines, l => l.Contains("vim liveness.yaml", StringComparison.Ordinal)) + 1;
        Assert.True(start > 0, "liveness.yaml not found in the seed document");
        var yaml = lines.Skip(start).TakeWhile(l => !l.StartsWith("```", StringComparison.Ordinal));
        return string.Join("\n", yaml) + "\n";
    }
}

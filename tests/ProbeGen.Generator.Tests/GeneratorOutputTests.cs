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

    /// <summary>The factory helpers are the same text for every project: one golden file for them.</summary>
    private static string GoldenName(string folder, string hint) => hint == "ProbeGen.ManifestFactory.g.cs" ? hint : folder + hint;

    private static string ManifestYaml(Assembly assembly, string typeName) =>
        (string)assembly.GetType(typeName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!;

    [Fact]
    public void SeedPod_GeneratedFiles_MatchGolden()
    {
        var (output, files, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Sources.Seed, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        // The workload's members go to one of 16 files by a stable hash of its type name; the helpers and the catalogue to their own.
        Assert.Equal(new[] { "ProbeGen.ManifestFactory.g.cs", "ProbeGen.Manifests.g.cs", "ProbeGen.Workloads.13.g.cs" }, files.Select(f => f.HintName));
        foreach (var (hint, text) in files) Golden.AssertMatches(Project, GoldenName("Seed/", hint), text);
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
        foreach (var (hint, text) in files) Golden.AssertMatches(Project, GoldenName("Full/", hint), text);
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

    /// <summary>[EnvFromSecret]/[EnvFromConfigMap] are obsolete aliases: the same YAML as the new names, and CS0618 naming the new one.</summary>
    [Fact]
    public void ObsoleteEnvFromNames_SameYamlAsEnvSecretKeyAndEnvConfigMapKey_WithCS0618()
    {
        const string Current = """
            using ProbeGen;
            namespace Demo;
            [Pod("env")]
            [Container("app", "busybox")]
            [EnvSecretKey("PASSWORD", "db", "password")]
            [EnvConfigMapKey("FLAGS", "config", "flags")]
            public partial class Env { }
            """;
        string old = Current.Replace("[EnvSecretKey(", "[EnvFromSecret(", StringComparison.Ordinal).Replace("[EnvConfigMapKey(", "[EnvFromConfigMap(", StringComparison.Ordinal);
        var (currentOutput, _, currentDiagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Current));
        var (oldOutput, _, oldDiagnostics, _) = TestCompilation.Generate(TestCompilation.Create(old));
        Assert.Empty(currentDiagnostics);
        Assert.Empty(oldDiagnostics);
        string yaml = ManifestYaml(TestCompilation.Load(currentOutput), "Demo.Env");
        Assert.Contains("    env:\n    - name: PASSWORD\n      valueFrom:\n        secretKeyRef:\n          name: db\n          key: password\n    - name: FLAGS\n      valueFrom:\n        configMapKeyRef:\n", yaml, StringComparison.Ordinal);
        Assert.Equal(yaml, ManifestYaml(TestCompilation.Load(oldOutput), "Demo.Env"));
        var obsolete = oldOutput.GetDiagnostics().Where(d => d.Id == "CS0618").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, obsolete.Count);
        Assert.Contains(obsolete, m => m.Contains("[EnvSecretKey(name, secretName, key)]", StringComparison.Ordinal));
        Assert.Contains(obsolete, m => m.Contains("[EnvConfigMapKey(name, configMapName, key)]", StringComparison.Ordinal));
        Assert.DoesNotContain(currentOutput.GetDiagnostics(), d => d.Id == "CS0618");
    }

    /// <summary>CreateManifest() is KubernetesYaml.Deserialize of the YAML, so a value it refuses ("&lt;&lt;") is a clear exception, not a wrong object.</summary>
    [Fact]
    public void CreateManifest_ValueKubernetesYamlRefuses_ThrowsNamingTheWorkload_YamlStillRight()
    {
        const string source = """
            using ProbeGen;
            namespace Demo;
            [Pod("merge")]
            [Container("app", "busybox", Args = new[] { "<<" })]
            public partial class Merge { }
            """;
        var assembly = TestCompilation.Load(TestCompilation.Generate(TestCompilation.Create(source, withKubernetesClient: true)).Output);
        var type = assembly.GetType("Demo.Merge", throwOnError: true)!;
        var e = Assert.Throws<TargetInvocationException>(() => type.GetMethod("CreateManifest")!.Invoke(null, null));
        var refused = Assert.IsType<InvalidOperationException>(e.InnerException);
        Assert.Contains("Demo.Merge", refused.Message, StringComparison.Ordinal);
        Assert.Contains("- \"<<\"\n", ManifestYaml(assembly, "Demo.Merge"), StringComparison.Ordinal);
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

    [Theory]
    [InlineData("Demo.Sets.Db", "data.db.statefulset.yaml", typeof(V1StatefulSet))]
    [InlineData("Demo.Sets.Cache", "cache.statefulset.yaml", typeof(V1StatefulSet))]
    [InlineData("Demo.Sets.NodeAgent", "monitoring.node-agent.daemonset.yaml", typeof(V1DaemonSet))]
    public void Sets_GoldenYaml_KubectlDecodes_TypedEqualsParsed(string typeName, string fileName, Type modelType)
    {
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Sources.Sets, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        var assembly = TestCompilation.Load(output);
        string yaml = ManifestYaml(assembly, typeName);
        Golden.AssertMatches(Project, "Sets/" + fileName, yaml);
        Kubectl.Decode(yaml);
        var typed = assembly.GetType(typeName, throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        Assert.IsType(modelType, typed);
        var parsed = typeof(KubernetesYaml).GetMethods().Single(m => m.Name == "Deserialize" && m.IsGenericMethod && m.GetParameters()[0].ParameterType == typeof(string))
            .MakeGenericMethod(modelType).Invoke(null, new object[] { yaml, false })!;
        Assert.Equal(KubernetesJson.Serialize(parsed), KubernetesJson.Serialize(typed));
        var all = (IReadOnlyList<ManifestEntry>)assembly.GetType("ProbeGen.Generated.Manifests")!.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var entry = Assert.Single(all, e => e.FileName == fileName);
        Assert.Equal(yaml, entry.Yaml);
        Assert.Equal(modelType.Name.Substring(2), entry.Kind);
    }

    [Fact]
    public void StatefulSetAndDaemonSet_FieldsSelectorAndTemplateLabels_ReadBackByKubernetesYaml()
    {
        var assembly = TestCompilation.Load(TestCompilation.Generate(TestCompilation.Create(Sources.Sets)).Output);
        var db = KubernetesYaml.Deserialize<V1StatefulSet>(ManifestYaml(assembly, "Demo.Sets.Db"));
        Assert.Equal((3, "db-headless", "Parallel", 10, 5), (db.Spec.Replicas, db.Spec.ServiceName, db.Spec.PodManagementPolicy, db.Spec.MinReadySeconds, db.Spec.RevisionHistoryLimit));
        Assert.Equal(new Dictionary<string, string> { ["app"] = "db" }, db.Spec.Selector.MatchLabels);
        Assert.Equal(db.Spec.Selector.MatchLabels, db.Spec.Template.Metadata.Labels);
        var cache = KubernetesYaml.Deserialize<V1StatefulSet>(ManifestYaml(assembly, "Demo.Sets.Cache"));
        Assert.Equal(new Dictionary<string, string> { ["app"] = "cache" }, cache.Spec.Selector.MatchLabels);
        Assert.Equal(cache.Spec.Selector.MatchLabels, cache.Spec.Template.Metadata.Labels);
        Assert.Null(cache.Spec.ServiceName);
        var agent = KubernetesYaml.Deserialize<V1DaemonSet>(ManifestYaml(assembly, "Demo.Sets.NodeAgent"));
        Assert.Equal(("apps/v1", "DaemonSet", 5, 3), (agent.ApiVersion, agent.Kind, agent.Spec.MinReadySeconds, agent.Spec.RevisionHistoryLimit));
        Assert.Equal(agent.Spec.Selector.MatchLabels, agent.Spec.Template.Metadata.Labels);
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
        Assert.DoesNotContain(files, f => f.Text.Contains("CreateManifest", StringComparison.Ordinal));
        Assert.Equal(new[] { "Demo.LivenessExec" }, TestCompilation.ManifestTypes(output));
        var assembly = TestCompilation.Load(output);
        var all = (IReadOnlyList<ManifestEntry>)assembly.GetType("ProbeGen.Generated.Manifests")!.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var entry = Assert.Single(all);
        Assert.Equal(("Pod", "test-liveness-exec", (string?)null, "test-liveness-exec.pod.yaml"), (entry.Kind, entry.Name, entry.Namespace, entry.FileName));
        Assert.Equal(ManifestYaml(assembly, "Demo.LivenessExec"), entry.Yaml);
    }

    /// <summary>The test sources use file-scoped namespaces (C# 10): the same code with a block namespace.</summary>
    private static string BlockNamespace(string source)
    {
        var m = Regex.Match(source, @"^namespace ([\w.]+);$", RegexOptions.Multiline);
        return m.Success ? source.Remove(m.Index, m.Length).Insert(m.Index, "namespace " + m.Groups[1].Value + " {") + "\n}\n" : source;
    }

    /// <summary>
    /// A netstandard2.0 library compiles as C# 7.3 by default: the generated members, helpers and catalogue must too
    /// (no nullable directives, no ??=), and CreateManifest() still equals the YAML read back.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void GeneratedCode_CompilesAsCSharp73_AndWorks(bool typed)
    {
        var options = new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3);
        var latest = TestCompilation.Create(new[] { Sources.Seed, Sources.Controllers }, withKubernetesClient: typed);
        var compilation = latest.RemoveAllSyntaxTrees()
            .AddSyntaxTrees(latest.SyntaxTrees.Select(t => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(BlockNamespace(t.ToString()), options, t.FilePath)))
            .WithOptions(latest.Options.WithNullableContextOptions(NullableContextOptions.Disable));
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(new[] { new ProbeGen.Generator.ProbeGenGenerator().AsSourceGenerator() }, parseOptions: options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.DoesNotContain(output.SyntaxTrees, t => t.ToString().Contains("#nullable", StringComparison.Ordinal));
        var assembly = TestCompilation.Load(output);
        var all = (IReadOnlyList<ManifestEntry>)assembly.GetType("ProbeGen.Generated.Manifests")!.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        Assert.Equal(5, all.Count);
        if (!typed) return;
        var typedPod = (V1Pod)assembly.GetType("Demo.LivenessExec", throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        Assert.Equal(KubernetesJson.Serialize(KubernetesYaml.Deserialize<V1Pod>(ManifestYaml(assembly, "Demo.LivenessExec"))), KubernetesJson.Serialize(typedPod));
        var cron = (V1CronJob)assembly.GetType("Demo.Controllers.Hourly", throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        Assert.Equal(KubernetesJson.Serialize(KubernetesYaml.Deserialize<V1CronJob>(ManifestYaml(assembly, "Demo.Controllers.Hourly"))), KubernetesJson.Serialize(cron));
    }

    [Fact]
    public void TypedManifestsFalse_TurnsOffCreateManifest()
    {
        var (output, files, _, _) = TestCompilation.Generate(TestCompilation.Create(Sources.Seed, withKubernetesClient: true), TestCompilation.Driver(typedOff: true));
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.DoesNotContain(files, f => f.Text.Contains("CreateManifest", StringComparison.Ordinal));
    }

    [Fact]
    public void Catalogue_IndexNamesEachManifestsTypeAndFile_YamlOnceInSource_AllReadsTheConstants()
    {
        var (output, files, _, _) = TestCompilation.Generate(TestCompilation.Create(new[] { Sources.Seed, Sources.Full }));
        var catalogue = files.Single(f => f.HintName == "ProbeGen.Manifests.g.cs").Text;
        // The index the build task reads: file, metadata type name, kind, name[, namespace]; ordered by file name.
        Assert.Contains("internal const string Index = \"prod.shop.pod.yaml\\tDemo.Workloads.Shop+ShopPod\\tPod\\tshop\\tprod\\ntest-liveness-exec.pod.yaml\\tDemo.LivenessExec\\tPod\\ttest-liveness-exec\\n\";", catalogue, StringComparison.Ordinal);
        Assert.DoesNotContain("AssemblyMetadata", string.Concat(files.Select(f => f.Text)), StringComparison.Ordinal);
        // The YAML text is in the generated source once: in the workload's constant.
        Assert.Equal(2, Regex.Matches(string.Concat(files.Select(f => f.Text)), Regex.Escape("apiVersion: v1")).Count);

        var assembly = TestCompilation.Load(output);
        var all = (IReadOnlyList<ManifestEntry>)assembly.GetType("ProbeGen.Generated.Manifests", throwOnError: true)!.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        Assert.Equal(new[] { "prod.shop.pod.yaml", "test-liveness-exec.pod.yaml" }, all.Select(e => e.FileName));
        Assert.Equal(new[] { ("Pod", "shop", "prod"), ("Pod", "test-liveness-exec", (string?)null) }, all.Select(e => (e.Kind, e.Name, e.Namespace)));
        Assert.Equal(ManifestYaml(assembly, "Demo.Workloads.Shop+ShopPod"), all[0].Yaml);
        Assert.Equal(ManifestYaml(assembly, "Demo.LivenessExec"), all[1].Yaml);
    }

    [Fact]
    public void CatalogueIndex_EscapesTabsNewlinesAndBackslashes_RoundTrips()
    {
        var lines = new[]
        {
            new ProbeGen.Internal.ManifestIndexLine("a\tb.pod.yaml", "N.T+U", "Pod", "x\\y\nz\r", null),
            new ProbeGen.Internal.ManifestIndexLine("ns.c.job.yaml", "C", "Job", "c", "ns"),
            new ProbeGen.Internal.ManifestIndexLine("e.pod.yaml", "E", "Pod", "e", ""),
        };
        var sb = new System.Text.StringBuilder();
        foreach (var l in lines) ProbeGen.Internal.ManifestIndex.AppendLine(sb, l);
        Assert.Equal(3, sb.ToString().Count(c => c == '\n')); // three lines: the newline in a name is escaped
        var parsed = ProbeGen.Internal.ManifestIndex.Parse(sb.ToString())!;
        Assert.Equal(lines.Select(l => (l.FileName, l.TypeMetadataName, l.Kind, l.Name, l.Namespace)), parsed.Select(l => (l.FileName, l.TypeMetadataName, l.Kind, l.Name, l.Namespace)));
        Assert.Null(ProbeGen.Internal.ManifestIndex.Parse("a\tb\n"));           // too few fields
        Assert.Null(ProbeGen.Internal.ManifestIndex.Parse("a\tb\tc\td"));       // no line end
        Assert.Null(ProbeGen.Internal.ManifestIndex.Parse("a\\x\tb\tc\td\n")); // unknown escape
        Assert.Empty(ProbeGen.Internal.ManifestIndex.Parse("")!);
    }

    [Fact]
    public void InvalidWorkload_GetsNoManifest_OthersDo()
    {
        const string source = """
            using ProbeGen;
            [Pod("good")] [Container("app", "nginx")] public partial class Good { }
            [Pod("bad")] [Container("app", "nginx")] [LivenessProbe(TcpSocket = true, Port = 80, SuccessThreshold = 2)] public partial class Bad { }
            """;
        var (output, files, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(source));
        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "Good" }, TestCompilation.ManifestTypes(output));
        Assert.DoesNotContain(files, f => f.Text.Contains("bad", StringComparison.Ordinal));
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
        Assert.Equal(new[] { "Never" }, TestCompilation.ManifestTypes(TestCompilation.Generate(compilation).Output));

        // <NoWarn>PG1316</NoWarn>: still held back (the API server rejects successThreshold: 2), and PG0017 says so;
        // <WarningsAsErrors>PG2001</WarningsAsErrors>: held back, as the build fails.
        var configured = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
        {
            ["PG1316"] = ReportDiagnostic.Suppress,
            ["PG2001"] = ReportDiagnostic.Error,
        }));
        var (output, files, diagnostics, _) = TestCompilation.Generate(configured);
        Assert.Empty(TestCompilation.ManifestTypes(output));
        Assert.DoesNotContain(files, f => f.Text.Contains("successThreshold: 2", StringComparison.Ordinal));
        Assert.Equal("PG0017", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void TwoWorkloadsForOneFile_BothListed_TheTaskWritesNeither()
    {
        const string source = """
            using ProbeGen;
            [Pod("a.b")] [Container("app", "nginx")] public partial class A { }
            [Pod("b", Namespace = "a")] [Container("app", "nginx")] public partial class B { }
            [Pod("other")] [Container("app", "nginx")] public partial class C { }
            """;
        var catalogue = TestCompilation.Generate(TestCompilation.Create(source)).Files.Single(f => f.HintName == "ProbeGen.Manifests.g.cs").Text;
        // "a.b" and "b" in namespace "a" both want a.b.pod.yaml: PG0012 is reported; both stay in Manifests.All, and the
        // build task, which skips a file name claimed twice (ProbeGen.Tasks.Tests), writes neither.
        Assert.Contains("a.b.pod.yaml\\tA\\tPod\\ta.b\\n", catalogue, StringComparison.Ordinal);
        Assert.Contains("a.b.pod.yaml\\tB\\tPod\\tb\\ta\\n", catalogue, StringComparison.Ordinal);
        Assert.Contains("other.pod.yaml\\tC\\tPod\\tother\\n", catalogue, StringComparison.Ordinal);
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

/// <summary>The seed document's liveness.yaml, kept verbatim in testdata/seed (the manifest ProbeGen must reproduce).</summary>
internal static class SeedDocument
{
    public static string LivenessYaml() => File.ReadAllText(RepoPaths.SeedLivenessYaml);
}

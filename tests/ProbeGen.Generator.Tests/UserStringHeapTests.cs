using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using k8s;
using k8s.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ProbeGen.Tests;

/// <summary>
/// Issue 14 point 9: every <c>ldstr</c> string of an assembly shares one 16 MB heap (CS8103 past it). The YAML (read
/// by <c>All</c>) and <c>CreateManifest()</c>'s data must not go there, or a project stops building at ≈ 6,600
/// workloads. At reduced scale: the user-string heap does not grow with the number of workloads.
/// </summary>
public class UserStringHeapTests
{
    /// <summary>Deployments of realistic size (≈ 1 KB of YAML each): labels, ports, env, resources, probes.</summary>
    private static string Workloads(int count)
    {
        var sb = new StringBuilder("using ProbeGen;\nnamespace Bench;\n");
        for (int i = 0; i < count; i++)
        {
            sb.Append($$"""
                [Deployment("orders-api-{{i}}", Namespace = "orders", Replicas = 3)]
                [Label("app.kubernetes.io/name", "orders-api-{{i}}")]
                [Label("app.kubernetes.io/part-of", "orders")]
                [Annotation("example.com/owner", "team-orders café ☕ {{i}}")]
                [Container("api", "ghcr.io/acme/api:2.4.{{i}}", Args = new[] { "--port", "8080", "--verbose" })]
                [ContainerPort(8080, Name = "http")]
                [ContainerPort(9090, Name = "metrics")]
                [Env("ASPNETCORE_ENVIRONMENT", "Production")]
                [Env("ORDERS_DB", "postgres://orders-db-{{i}}:5432/orders")]
                [Resources(CpuRequest = "250m", MemoryRequest = "256Mi", MemoryLimit = "512Mi")]
                [ReadinessProbe(HttpGet = "/healthz/ready", PortName = "http", PeriodSeconds = 5)]
                [LivenessProbe(HttpGet = "/healthz/live", PortName = "http", PeriodSeconds = 10, FailureThreshold = 3)]
                public partial class OrdersApi{{i}} { }

                """);
        }
        return sb.ToString();
    }

    private static byte[] Emit(int count, bool typed, LanguageVersion version = LanguageVersion.Latest)
    {
        var options = new CSharpParseOptions(version);
        var compilation = TestCompilation.Create(Workloads(count), withKubernetesClient: typed);
        compilation = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(CSharpSyntaxTree.ParseText(compilation.SyntaxTrees.Single().ToString(), options, "Workloads.cs"));
        var driver = CSharpGeneratorDriver.Create(new[] { new ProbeGen.Generator.ProbeGenGenerator().AsSourceGenerator() }, parseOptions: options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        using var pe = new MemoryStream();
        var emit = output.Emit(pe);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return pe.ToArray();
    }

    private static int UserStringHeapSize(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        return pe.GetMetadataReader().GetHeapSize(HeapIndex.UserString);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void UserStringHeap_DoesNotGrowWithWorkloads(bool typed)
    {
        int small = UserStringHeapSize(Emit(5, typed));
        int large = UserStringHeapSize(Emit(200, typed));
        // Before: every YAML (≈ 2 KB as UTF-16) and every factory literal went there: ≈ 400 KB more for 195 workloads.
        Assert.Equal(small, large);
        Assert.True(large < 4096, "user-string heap: " + large + " bytes");
    }

    [Fact]
    public void AtScale_AllReadsEveryYaml_CreateManifestEqualsIt_NonAsciiIntact()
    {
        var assembly = Assembly.Load(Emit(200, typed: true));
        var all = (IReadOnlyList<ManifestEntry>)assembly.GetType("ProbeGen.Generated.Manifests", throwOnError: true)!.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        Assert.Equal(200, all.Count);
        foreach (int i in new[] { 0, 7, 199 })
        {
            var type = assembly.GetType("Bench.OrdersApi" + i, throwOnError: true)!;
            string yaml = (string)type.GetField("ManifestYaml")!.GetRawConstantValue()!;
            Assert.Equal(yaml, all.Single(e => e.Name == "orders-api-" + i).Yaml);
            Assert.Contains("team-orders café ☕ " + i, yaml, StringComparison.Ordinal);
            var typedObject = (V1Deployment)type.GetMethod("CreateManifest")!.Invoke(null, null)!;
            Assert.Equal(KubernetesJson.Serialize(KubernetesYaml.Deserialize<V1Deployment>(yaml)), KubernetesJson.Serialize(typedObject));
        }
    }

    [Fact]
    public void BeforeCSharp11_CreateManifest_EqualsTheYaml()
    {
        var assembly = Assembly.Load(Emit(3, typed: true, LanguageVersion.CSharp10));
        var type = assembly.GetType("Bench.OrdersApi1", throwOnError: true)!;
        string yaml = (string)type.GetField("ManifestYaml")!.GetRawConstantValue()!;
        var typedObject = (V1Deployment)type.GetMethod("CreateManifest")!.Invoke(null, null)!;
        Assert.Equal(KubernetesJson.Serialize(KubernetesYaml.Deserialize<V1Deployment>(yaml)), KubernetesJson.Serialize(typedObject));
    }
}

using System.Reflection;
using System.Text.Json;
using k8s.Models;

namespace ProbeGen.Tests;

/// <summary>[DeploymentStrategy] lowers to spec.strategy: YAML text (a count as an integer, a percentage as a string), kubectl, CreateManifest(), and the syntax path agrees with binding.</summary>
public class DeploymentStrategyGeneratorTests
{
    private static string ManifestYaml(Assembly assembly, string typeName) =>
        (string)assembly.GetType(typeName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!;

    /// <summary>Shared with SyntaxPathTests: the syntax path must give the same bytes as binding.</summary>
    internal const string Source = """
        using ProbeGen;

        namespace Shop;

        [Deployment("web", Replicas = 3)]
        [DeploymentStrategy(Type = DeploymentStrategyType.RollingUpdate, MaxSurge = "1", MaxUnavailable = "25%")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }

        [Deployment("db")]
        [DeploymentStrategy(Type = DeploymentStrategyType.Recreate)]
        [Container("db", "postgres:16")]
        public partial class Db { }

        [Deployment("api")]
        [DeploymentStrategy(MaxUnavailable = "0")]
        [Container("api", "nginx:1.27")]
        public partial class Api { }
        """;

    private const string WebYaml = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 3
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: nginx:1.27
          strategy:
            rollingUpdate:
              maxSurge: 1
              maxUnavailable: "25%"
            type: RollingUpdate

        """;

    [Fact]
    public void DeploymentStrategy_YamlText_Kubectl_CreateManifest()
    {
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Source, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.Empty(TestCompilation.Analyze(output).Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal)));
        var assembly = TestCompilation.Load(output);
        string yaml = ManifestYaml(assembly, "Shop.Web");
        Assert.Equal(WebYaml.Replace("\r\n", "\n"), yaml);

        using var decoded = JsonDocument.Parse(Kubectl.Decode(yaml));
        var strategy = decoded.RootElement.GetProperty("spec").GetProperty("strategy");
        Assert.Equal(JsonValueKind.Number, strategy.GetProperty("rollingUpdate").GetProperty("maxSurge").ValueKind);
        Assert.Equal(1, strategy.GetProperty("rollingUpdate").GetProperty("maxSurge").GetInt32());
        Assert.Equal("25%", strategy.GetProperty("rollingUpdate").GetProperty("maxUnavailable").GetString());
        using var db = JsonDocument.Parse(Kubectl.Decode(ManifestYaml(assembly, "Shop.Db")));
        Assert.Equal("Recreate", db.RootElement.GetProperty("spec").GetProperty("strategy").GetProperty("type").GetString());
        // No Type written: no type in the manifest (the API server defaults it to RollingUpdate), as published manifests often have it.
        string api = ManifestYaml(assembly, "Shop.Api");
        Assert.EndsWith("  strategy:\n    rollingUpdate:\n      maxUnavailable: 0\n", api);
        using var apiDecoded = JsonDocument.Parse(Kubectl.Decode(api));
        Assert.False(apiDecoded.RootElement.GetProperty("spec").GetProperty("strategy").TryGetProperty("type", out _));

        var typed = (V1Deployment)assembly.GetType("Shop.Web", throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        Assert.Equal("RollingUpdate", typed.Spec.Strategy.Type);
        Assert.Equal("1", typed.Spec.Strategy.RollingUpdate.MaxSurge.Value);
        Assert.Equal("25%", typed.Spec.Strategy.RollingUpdate.MaxUnavailable.Value);
    }
}

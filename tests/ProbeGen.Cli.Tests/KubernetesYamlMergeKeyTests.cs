using System.Text.Json;
using k8s;
using k8s.Models;
using ProbeGen.Core.Emission;
using ProbeGen.Tests;
using ProbeGen.Yaml;

namespace ProbeGen.Cli.Tests;

/// <summary>
/// KubernetesClient's KubernetesYaml.Deserialize (YamlDotNet's merge-key handling) throws on a scalar "&lt;&lt;",
/// even quoted, where YAML 1.1 and kubectl read a plain string. ProbeGen's YAML for such a value is still what kubectl
/// reads; the README says so where it says CreateManifest() equals KubernetesYaml.Deserialize.
/// </summary>
public class KubernetesYamlMergeKeyTests
{
    private static string ProbeGenYaml(string podYaml)
    {
        var doc = Assert.Single(ManifestYamlReader.Read(podYaml).Documents);
        Assert.Empty(doc.Issues);
        return ManifestYamlEmitter.Emit(doc.Workload!);
    }

    [Theory]
    [InlineData("args: [\"<<\"]", "args")]
    [InlineData("env: [{name: A, value: \"<<\"}]", "env")]
    public void QuotedMergeKeyText_KubernetesYamlThrows_KubectlReadsTheString(string containerField, string field)
    {
        string yaml = ProbeGenYaml("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: i\n    " + containerField + "\n");
        Assert.Contains("\"<<\"", yaml); // ProbeGen quotes it

        Assert.ThrowsAny<Exception>(() => KubernetesYaml.Deserialize<V1Pod>(yaml));

        using var decoded = JsonDocument.Parse(Kubectl.Decode(yaml));
        var container = decoded.RootElement.GetProperty("spec").GetProperty("containers")[0];
        string value = field == "args" ? container.GetProperty("args")[0].GetString()! : container.GetProperty("env")[0].GetProperty("value").GetString()!;
        Assert.Equal("<<", value);
    }

    [Fact]
    public void OtherQuotedText_KubernetesYamlReadsIt()
    {
        string yaml = ProbeGenYaml("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: i\n    args: [\"<\", \"<<<\", \"a<<\"]\n");
        Assert.Equal(new[] { "<", "<<<", "a<<" }, KubernetesYaml.Deserialize<V1Pod>(yaml).Spec.Containers[0].Args);
    }
}

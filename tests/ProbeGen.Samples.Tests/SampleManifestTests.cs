using System.Text.Json;
using k8s;
using k8s.Models;

namespace ProbeGen.Tests;

/// <summary>The samples' manifests: kubectl decodes them, typed factories equal the YAML, the batch kinds carry a valid restart policy.</summary>
public class SampleManifestTests
{
    public static IEnumerable<object[]> AllManifests() =>
        WebApi.ProbeGenCatalogue.All.Concat(Batch.ProbeGenCatalogue.All).Concat(LivenessProbes.ProbeGenCatalogue.All)
            .Select(m => new object[] { m.FileName, m.Yaml });

    [Theory]
    [MemberData(nameof(AllManifests))]
    public void Manifest_DecodesWithKubectl(string fileName, string yaml)
    {
        using var json = JsonDocument.Parse(Kubectl.Decode(yaml));
        Assert.Equal(fileName.Split('.')[^2], json.RootElement.GetProperty("kind").GetString()!.ToLowerInvariant());
    }

    [Fact]
    public void Job_RunsToCompletion_WithNever()
    {
        var job = Batch.SumJob.ManifestYaml;
        var parsed = KubernetesYaml.Deserialize<V1Job>(job);
        Assert.Equal("Never", parsed.Spec.Template.Spec.RestartPolicy);
        Assert.Equal(4, parsed.Spec.BackoffLimit);
        var cron = KubernetesYaml.Deserialize<V1CronJob>(Batch.NightlyReport.ManifestYaml);
        Assert.Equal("0 2 * * *", cron.Spec.Schedule);
        Assert.Equal("OnFailure", cron.Spec.JobTemplate.Spec.Template.Spec.RestartPolicy);
    }

    [Fact]
    public void Deployment_TypedFactory_EqualsYaml_AndSelectorMatchesTemplate()
    {
        var typed = WebApi.WebApiDeployment.CreateManifest();
        var parsed = KubernetesYaml.Deserialize<V1Deployment>(WebApi.WebApiDeployment.ManifestYaml);
        Assert.Equal(KubernetesJson.Serialize(parsed), KubernetesJson.Serialize(typed));
        Assert.Equal(parsed.Spec.Selector.MatchLabels, parsed.Spec.Template.Metadata.Labels);
    }
}

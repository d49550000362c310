using System.Reflection;
using System.Text.Json;
using k8s.Models;
using ProbeGen.Core.Emission;
using ProbeGen.Yaml;

namespace ProbeGen.Tests;

/// <summary>[Job]/[CronJob] CompletionMode, BackoffLimitPerIndex and MaxFailedIndexes: YAML text, kubectl, CreateManifest(), and import writes the arguments, not [Set].</summary>
public class JobIndexedGeneratorTests
{
    private static string ManifestYaml(Assembly assembly, string typeName) =>
        (string)assembly.GetType(typeName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!;

    private const string Source = """
        using ProbeGen;

        namespace Batch;

        [Job("shards", Completions = 5, Parallelism = 2, CompletionMode = CompletionMode.Indexed, BackoffLimitPerIndex = 1, MaxFailedIndexes = 2)]
        [RestartPolicy(RestartPolicy.Never)]
        [Container("app", "busybox:1.36")]
        public partial class Shards { }

        [CronJob("nightly", "0 3 * * *", Completions = 3, CompletionMode = CompletionMode.Indexed, BackoffLimitPerIndex = 0)]
        [RestartPolicy(RestartPolicy.Never)]
        [Container("app", "busybox:1.36")]
        public partial class Nightly { }
        """;

    private const string ShardsYaml = """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: shards
        spec:
          completions: 5
          parallelism: 2
          completionMode: Indexed
          backoffLimitPerIndex: 1
          maxFailedIndexes: 2
          template:
            spec:
              restartPolicy: Never
              containers:
              - name: app
                image: busybox:1.36

        """;

    [Fact]
    public void IndexedJobFields_YamlText_Kubectl_CreateManifest()
    {
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Source, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.Empty(TestCompilation.Analyze(output).Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal)));
        var assembly = TestCompilation.Load(output);
        string shards = ManifestYaml(assembly, "Batch.Shards");
        Assert.Equal(ShardsYaml.Replace("\r\n", "\n"), shards);
        using (var decoded = JsonDocument.Parse(Kubectl.Decode(shards)))
        {
            var spec = decoded.RootElement.GetProperty("spec");
            Assert.Equal("Indexed", spec.GetProperty("completionMode").GetString());
            Assert.Equal(1, spec.GetProperty("backoffLimitPerIndex").GetInt32());
            Assert.Equal(2, spec.GetProperty("maxFailedIndexes").GetInt32());
        }
        string nightly = ManifestYaml(assembly, "Batch.Nightly");
        using (var decoded = JsonDocument.Parse(Kubectl.Decode(nightly)))
        {
            var job = decoded.RootElement.GetProperty("spec").GetProperty("jobTemplate").GetProperty("spec");
            Assert.Equal("Indexed", job.GetProperty("completionMode").GetString());
            Assert.Equal(0, job.GetProperty("backoffLimitPerIndex").GetInt32());
            Assert.False(job.TryGetProperty("maxFailedIndexes", out _));
        }

        var typed = (V1Job)assembly.GetType("Batch.Shards", throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        Assert.Equal("Indexed", typed.Spec.CompletionMode);
        Assert.Equal(1, typed.Spec.BackoffLimitPerIndex);
        Assert.Equal(2, typed.Spec.MaxFailedIndexes);
        var cron = (V1CronJob)assembly.GetType("Batch.Nightly", throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        Assert.Equal("Indexed", cron.Spec.JobTemplate.Spec.CompletionMode);
        Assert.Equal(0, cron.Spec.JobTemplate.Spec.BackoffLimitPerIndex);
    }

    [Fact]
    public void IndexedJobFields_ImportAsJobArguments_RoundTripKubectlEqual()
    {
        var emitted = ImportRoundTrip.Check(ShardsYaml, null);
        Assert.Contains("CompletionMode = CompletionMode.Indexed", emitted.Source, StringComparison.Ordinal);
        Assert.Contains("BackoffLimitPerIndex = 1", emitted.Source, StringComparison.Ordinal);
        Assert.Contains("MaxFailedIndexes = 2", emitted.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("[Set(", emitted.Source, StringComparison.Ordinal);
    }
}

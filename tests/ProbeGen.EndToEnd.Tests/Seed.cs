using ProbeGen.Tests;

namespace ProbeGen.EndToEnd.Tests;

/// <summary>The seed example: API.md §1's C#, and the Kubernetes docs' liveness.yaml it must reproduce.</summary>
internal static class Seed
{
    public const string FileName = "test-liveness-exec.pod.yaml";

    public const string LivenessExec = """
        using ProbeGen;

        namespace Demo;

        [Pod("test-liveness-exec")]
        [Label("test", "liveness")]
        [Container("liveness", "busybox",
            Args = new[] { "/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -rf /tmp/healthy; sleep 600" })]
        [LivenessProbe(Exec = new[] { "cat", "/tmp/healthy" }, InitialDelaySeconds = 5, PeriodSeconds = 5)]
        public partial class LivenessExec { }
        """;

    /// <summary>The seed document's liveness.yaml, kept verbatim in testdata/seed (the generator tests read the same file).</summary>
    public static string LivenessYaml() => File.ReadAllText(RepoPaths.SeedLivenessYaml);

    private static readonly Lazy<string> DecodedSeed = new(() => Kubectl.Decode(LivenessYaml()));

    /// <summary>The seed document as kubectl decodes it (images replaced by the sentinel).</summary>
    public static string Decoded => DecodedSeed.Value;

    /// <summary>The images of a Pod manifest, which kubectl's decoding replaces: read with KubernetesClient's YAML reader.</summary>
    public static string[] Images(string yaml) =>
        k8s.KubernetesYaml.Deserialize<k8s.Models.V1Pod>(yaml).Spec.Containers.Select(c => c.Image).ToArray();
}

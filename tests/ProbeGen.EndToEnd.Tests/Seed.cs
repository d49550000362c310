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

    /// <summary>liveness.yaml from the seed document (shared/seed), as the generator tests extract it.</summary>
    public static string LivenessYaml()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Shared, "seed", "liveness-and-restart-policy.zh.md"));
        int start = Array.FindIndex(lines, l => l.Contains("vim liveness.yaml", StringComparison.Ordinal)) + 1;
        Assert.True(start > 0, "liveness.yaml not found in the seed document");
        return string.Join("\n", lines.Skip(start).TakeWhile(l => !l.StartsWith("```", StringComparison.Ordinal))) + "\n";
    }

    private static readonly Lazy<string> DecodedSeed = new(() => Kubectl.Decode(LivenessYaml()));

    /// <summary>The seed document as kubectl decodes it (images replaced by the sentinel).</summary>
    public static string Decoded => DecodedSeed.Value;

    /// <summary>The images of a Pod manifest, which kubectl's decoding replaces: read with KubernetesClient's YAML reader.</summary>
    public static string[] Images(string yaml) =>
        k8s.KubernetesYaml.Deserialize<k8s.Models.V1Pod>(yaml).Spec.Containers.Select(c => c.Image).ToArray();
}

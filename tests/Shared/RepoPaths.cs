namespace ProbeGen.Tests;

/// <summary>Finds the repository and its test data, wherever the tests run from; nothing outside the repository is read.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ProbeGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ProbeGen.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>testdata/k8s-corpus: the conformance manifests, each with its expected verdict in its header (provenance: testdata/README.md).</summary>
    public static string Corpus => Path.Combine(Root, "testdata", "k8s-corpus");

    /// <summary>testdata/seed/liveness.yaml: the seed document's Pod, which ProbeGen must reproduce.</summary>
    public static string SeedLivenessYaml => Path.Combine(Root, "testdata", "seed", "liveness.yaml");

    public static string Golden(string project, string name) => Path.Combine(Root, "tests", project, "Golden", name);
}

namespace ProbeGen.Tests;

/// <summary>Finds the repository and the shared/ folder beside it, wherever the tests run from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ProbeGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ProbeGen.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>../shared (the project's reference material), required by corpus and seed tests.</summary>
    public static string Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            if (!Directory.Exists(path)) throw new InvalidOperationException("The shared/ folder beside the repository is missing: " + path);
            return path;
        }
    }

    public static string Golden(string project, string name) => Path.Combine(Root, "tests", project, "Golden", name);
}

namespace ProbeGen.Tests;

/// <summary>Golden files: compared byte for byte; PROBEGEN_UPDATE_GOLDEN=1 rewrites them (review the diff before committing).</summary>
internal static class Golden
{
    public static void AssertMatches(string project, string name, string actual)
    {
        string path = RepoPaths.Golden(project, name);
        if (Environment.GetEnvironmentVariable("PROBEGEN_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), "Golden file missing: " + path + " (run with PROBEGEN_UPDATE_GOLDEN=1 to create it)");
        string expected = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.Equal(expected, actual);
    }
}

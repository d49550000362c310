namespace ProbeGen.Cli.Tests;

/// <summary>The package is a .NET tool: packed, installed with <c>dotnet tool install</c>, run as <c>probegen</c>.</summary>
public class ToolPackageTests
{
    [Fact]
    public void PackedTool_InstallsAndRunsAsProbegen()
    {
        using var tmp = new TempDir();
        string feed = Path.Combine(tmp.Path, "feed");
        string tools = Path.Combine(tmp.Path, "tools");
        // A version no earlier run used (the package caches keep what they saw), a configuration of its own (so no other
        // build's bin/obj is written) and no restore (the solution's restore already ran; restoring could race other tests).
        string version = "0.0.0-tooltest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "." + Random.Shared.Next(1_000_000);
        string project = Path.Combine(ProbeGen.Tests.RepoPaths.Root, "src", "Cli", "ProbeGen.Cli.csproj");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(tmp.Path, "packages") };
        var pack = ChildProcess.Run(ChildProcess.DotNet, tmp.Path, null, null,
            "pack", project, "--no-restore", "-c", "ToolTest", "-p:Optimize=true", "-p:Version=" + version, "-o", feed, "-nologo", "-tl:off", "--disable-build-servers");
        Assert.True(pack.ExitCode == 0, pack.ToString());

        var install = ChildProcess.Run(ChildProcess.DotNet, tmp.Path, null, environment,
            "tool", "install", "ProbeGen.Cli", "--version", version, "--tool-path", tools, "--add-source", feed);
        Assert.True(install.ExitCode == 0, install.ToString());

        string probegen = Path.Combine(tools, OperatingSystem.IsWindows() ? "probegen.exe" : "probegen");
        Assert.Equal(version + "\n", ChildProcess.Run(probegen, tmp.Path, null, null, "--version").Out);
        tmp.Write("k8s/pod.yaml", Manifests.DocsHttpGetTimingsUnderHttpGet);
        var lint = ChildProcess.Run(probegen, tmp.Path, null, null, "lint", "k8s");
        Assert.True(lint.ExitCode == 1, lint.ToString());
        Assert.Equal(2, lint.Lines.Count(l => l.Id == "PG0102" && l.Severity == "error"));
    }
}

namespace ProbeGen.EndToEnd.Tests;

/// <summary>An error diagnostic fails the build, and the workload gets no manifest.</summary>
[Collection(PackageCollection.Name)]
public class FailingBuildTests
{
    private readonly PackageFixture _fixture;

    public FailingBuildTests(PackageFixture fixture) => _fixture = fixture;

    [Fact]
    public void LivenessSuccessThresholdTwo_FailsWithPG1316_AndWritesNoManifest()
    {
        string invalid = Seed.LivenessExec.Replace("PeriodSeconds = 5)]", "PeriodSeconds = 5, SuccessThreshold = 2)]", StringComparison.Ordinal);
        Assert.NotEqual(Seed.LivenessExec, invalid);
        var consumer = new Consumer(_fixture, "invalid", Consumer.Project(_fixture), ("LivenessExec.cs", invalid));

        var build = consumer.Dotnet("build");

        Assert.False(build.Succeeded, "the build should fail. " + build.Describe());
        Assert.Matches(@"LivenessExec\.cs\(\d+,\d+\): error PG1316", build.Output);
        Assert.Empty(Consumer.YamlBelow(consumer.Directory));
    }

    /// <summary>The code fix in a real host: `dotnet format analyzers` loads the package's analyzers and fixes, rewrites the file.</summary>
    [Fact]
    public void DotnetFormat_AppliesTheCodeFix_ThenTheBuildWritesTheManifest()
    {
        string invalid = Seed.LivenessExec.Replace("PeriodSeconds = 5)]", "PeriodSeconds = 5, SuccessThreshold = 2)]", StringComparison.Ordinal);
        var consumer = new Consumer(_fixture, "formatfix", Consumer.Project(_fixture), ("LivenessExec.cs", invalid));
        consumer.Succeed("restore");

        var format = DotNet.Run(consumer.Directory, _fixture.Environment,
            "format", "analyzers", consumer.Name + ".csproj", "--diagnostics", "PG1316", "--severity", "error", "--no-restore", "-v", "diag");
        Assert.True(format.Succeeded, format.Describe());

        string fixedText = consumer.Read("LivenessExec.cs");
        Assert.Equal(Seed.LivenessExec.Replace("\r\n", "\n"), fixedText.Replace("\r\n", "\n"));
        consumer.Build();
        Assert.Equal(new[] { "test-liveness-exec.pod.yaml" }, Consumer.FilesIn(consumer.ManifestsDir()));
    }
}

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
}

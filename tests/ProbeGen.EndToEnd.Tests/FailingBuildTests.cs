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

    /// <summary>Hiding the error never makes a workload vanish silently: the build warns PG0017 (no location, so no pragma reaches it).</summary>
    [Theory]
    [InlineData("pragma")]
    [InlineData("editorconfig")]
    public void HiddenError_BuildSucceeds_WarnsPG0017_AndWritesNoManifest(string how)
    {
        string invalid = Seed.LivenessExec.Replace("PeriodSeconds = 5)]", "PeriodSeconds = 5, SuccessThreshold = 2)]", StringComparison.Ordinal);
        var files = new List<(string, string)>();
        if (how == "pragma") invalid = "#pragma warning disable PG1316\n" + invalid;
        else files.Add((".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.PG1316.severity = none\n"));
        files.Add(("LivenessExec.cs", invalid));
        var consumer = new Consumer(_fixture, "hidden-" + how, Consumer.Project(_fixture), files.ToArray());

        var build = consumer.Dotnet("build");

        Assert.True(build.Succeeded, build.Describe());
        Assert.DoesNotContain("PG1316:", build.Output, StringComparison.Ordinal);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(build.Output,
            @"warning PG0017: 'Demo\.LivenessExec' gets no manifest \(its ManifestYaml throws\): error PG1316 \(Liveness and startup probes have successThreshold 1\) holds it back, and its diagnostic is hidden: PG1316 \((#pragma warning disable|set to none in the configuration)\)"),
            build.Describe());
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

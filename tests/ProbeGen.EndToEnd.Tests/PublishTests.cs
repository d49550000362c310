namespace ProbeGen.EndToEnd.Tests;

/// <summary>`dotnet publish` carries the manifests into the publish folder.</summary>
[Collection(PackageCollection.Name)]
public class PublishTests
{
    private readonly PackageFixture _fixture;

    public PublishTests(PackageFixture fixture) => _fixture = fixture;

    [Fact]
    public void Publish_PutsTheManifestsUnderThePublishFolder()
    {
        var consumer = new Consumer(_fixture, "publish",
            Consumer.Project(_fixture, "<OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework>"),
            ("LivenessExec.cs", Seed.LivenessExec), ("Program.cs", "System.Console.WriteLine(Demo.LivenessExec.ManifestYaml);\n"));
        string publishDir = consumer.PathOf("out");

        var publish = consumer.Succeed("publish", "-o", publishDir);

        string published = Path.Combine(publishDir, "manifests", Seed.FileName);
        Assert.True(File.Exists(published), "expected " + published + "\n" + publish.Describe());
        Assert.Equal(new[] { Seed.FileName }, Consumer.FilesIn(Path.Combine(publishDir, "manifests")));
        // publish builds Release: the same bytes as the build output's manifests folder
        Assert.Equal(File.ReadAllBytes(Path.Combine(consumer.ManifestsDir("Release"), Seed.FileName)), File.ReadAllBytes(published));
        Assert.Equal(Seed.Decoded, ProbeGen.Tests.Kubectl.DecodeFile(published));

        // publish --no-build (the CI pattern: build once, publish the built output) carries them too
        string again = consumer.PathOf("out-no-build");
        var noBuild = consumer.Succeed("publish", "--no-build", "-o", again);
        Assert.True(File.Exists(Path.Combine(again, "manifests", Seed.FileName)), "publish --no-build left out the manifests\n" + noBuild.Describe());
        Assert.Equal(File.ReadAllBytes(published), File.ReadAllBytes(Path.Combine(again, "manifests", Seed.FileName)));
    }
}

using ProbeGen.Tests;

namespace ProbeGen.EndToEnd.Tests;

/// <summary>A console app that also references KubernetesClient gets CreateManifest(), built with object initializers.</summary>
[Collection(PackageCollection.Name)]
public class KubernetesClientConsumerTests
{
    private const string Program = """
        // Prints the typed object, serialised by KubernetesClient itself.
        System.Console.Write(k8s.KubernetesYaml.Serialize(Demo.LivenessExec.CreateManifest()));
        """;

    private readonly PackageFixture _fixture;

    public KubernetesClientConsumerTests(PackageFixture fixture) => _fixture = fixture;

    [Fact]
    public void CreateManifest_SerialisedByKubernetesClient_DecodesLikeTheManifestFile()
    {
        var consumer = new Consumer(_fixture, "typed",
            Consumer.Project(_fixture, "<OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework>",
                $"<PackageReference Include=\"KubernetesClient\" Version=\"{_fixture.KubernetesClientVersion}\" />"),
            ("LivenessExec.cs", Seed.LivenessExec), ("Program.cs", Program));
        consumer.Build();

        var run = DotNet.Run(consumer.Directory, _fixture.Environment, consumer.PathOf("bin/Debug/net10.0/typed.dll"));
        Assert.True(run.Succeeded, run.Describe());
        string printed = run.StandardOutput;

        string file = Path.Combine(consumer.ManifestsDir(), Seed.FileName);
        Assert.Equal(Kubectl.DecodeFile(file), Kubectl.Decode(printed));
        Assert.Equal(Seed.Decoded, Kubectl.Decode(printed));
        Assert.Equal(new[] { "busybox" }, Seed.Images(printed));
    }
}

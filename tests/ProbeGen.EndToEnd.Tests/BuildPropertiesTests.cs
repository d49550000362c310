using ProbeGen.Tests;

namespace ProbeGen.EndToEnd.Tests;

/// <summary>The build properties of API.md §6, a namespaced workload, and multi-targeting.</summary>
[Collection(PackageCollection.Name)]
public class BuildPropertiesTests
{
    private const string NamespacedWeb = """
        using ProbeGen;

        namespace Demo;

        [Pod("web", Namespace = "prod")]
        [Container("web", "nginx:1.27")]
        [LivenessProbe(HttpGet = "/healthz", Port = 80)]
        public partial class Web { }
        """;

    private readonly PackageFixture _fixture;

    public BuildPropertiesTests(PackageFixture fixture) => _fixture = fixture;

    private Consumer TwoPods(string name, string properties = "<TargetFramework>net10.0</TargetFramework>") =>
        new(_fixture, name, Consumer.Project(_fixture, properties), ("LivenessExec.cs", Seed.LivenessExec), ("Web.cs", NamespacedWeb));

    [Fact]
    public void EmitManifestsFalse_WritesNoFile_ThenDefaultBuild_WritesNamespacedFileWithPrefix()
    {
        var consumer = TwoPods("emit-off");

        var off = consumer.Build("-p:ProbeGenEmitManifests=false");
        Assert.True(Consumer.YamlBelow(consumer.Directory).Length == 0, "ProbeGenEmitManifests=false wrote " + string.Join(", ", Consumer.YamlBelow(consumer.Directory)) + "\n" + off.Describe());
        Assert.True(File.Exists(consumer.PathOf("bin/Debug/net10.0/emit-off.dll")), "the project itself was still built");

        consumer.Build();
        Assert.Equal(new[] { "prod.web.pod.yaml", Seed.FileName }, Consumer.FilesIn(consumer.ManifestsDir()));
        string web = File.ReadAllText(Path.Combine(consumer.ManifestsDir(), "prod.web.pod.yaml"));
        var pod = k8s.KubernetesYaml.Deserialize<k8s.Models.V1Pod>(web);
        Assert.Equal(("web", "prod"), (pod.Metadata.Name, pod.Metadata.NamespaceProperty));
        Assert.Equal(new[] { "nginx:1.27" }, Seed.Images(web));
        Assert.Contains("\"namespace\": \"prod\"", Kubectl.Decode(web), StringComparison.Ordinal);
    }

    [Fact]
    public void ManifestsDir_WritesThere_LeavesTheOldFolderAndSaysSo_AndCleanTakesEachFolderOnItsOwn()
    {
        var consumer = TwoPods("custom-dir");
        consumer.Build();
        Assert.Equal(new[] { "prod.web.pod.yaml", Seed.FileName }, Consumer.FilesIn(consumer.ManifestsDir()));

        // relative to the project, as a user writes it in the project file
        const string property = "-p:ProbeGenManifestsDir=../deploy-of-custom-dir/k8s/";
        string deploy = Path.Combine(_fixture.Root, "deploy-of-custom-dir", "k8s");
        var build = consumer.Build(property);

        Assert.True(new[] { "prod.web.pod.yaml", Seed.FileName }.SequenceEqual(Consumer.FilesIn(deploy)), "files in " + deploy + ": " + string.Join(", ", Consumer.FilesIn(deploy)) + "\n" + build.Describe());
        Assert.Equal(Seed.Decoded, Kubectl.DecodeFile(Path.Combine(deploy, Seed.FileName)));
        // a folder change never deletes in the old folder (it may be a one-off -p:, or another checkout's): it says so
        Assert.Equal(new[] { "prod.web.pod.yaml", Seed.FileName }, Consumer.FilesIn(consumer.ManifestsDir()));
        Assert.Contains("PGB006", build.Output, StringComparison.Ordinal);
        Assert.Contains("dotnet clean -p:ProbeGenManifestsDir=bin/Debug/net10.0/manifests", build.Output, StringComparison.Ordinal);

        // dotnet clean removes them from there (the folder is outside bin/ and obj/, so only ProbeGen knows them) ...
        File.WriteAllText(Path.Combine(deploy, "kustomization.yaml"), "resources: []\n");
        var clean = consumer.Succeed("clean", property);
        Assert.True(new[] { "kustomization.yaml" }.SequenceEqual(Consumer.FilesIn(deploy)), "after dotnet clean: " + string.Join(", ", Consumer.FilesIn(deploy)) + "\n" + clean.Describe());
        Assert.Equal(new[] { "prod.web.pod.yaml", Seed.FileName }, Consumer.FilesIn(consumer.ManifestsDir()));

        // ... and a clean of the default folder still knows ProbeGen's files there
        consumer.Succeed("clean");
        Assert.True(Consumer.YamlBelow(consumer.PathOf("bin")).Length == 0, "left in bin/ after cleaning it: " + string.Join(", ", Consumer.YamlBelow(consumer.PathOf("bin"))));
    }

    [Fact]
    public void ManifestsDirNotWritable_FailsTheBuildWithPGB002_NotACrash()
    {
        var consumer = TwoPods("unwritable");
        consumer.Write("not-a-folder", "a regular file: nothing can be created below it, not even by root\n");

        var build = consumer.Dotnet("build", "-p:ProbeGenManifestsDir=not-a-folder/k8s");

        Assert.False(build.Succeeded, "the build should fail. " + build.Describe());
        Assert.Contains("error PGB002: ProbeGen: could not write the manifests to", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MSB4018", build.Output, StringComparison.Ordinal); // "the task failed unexpectedly": an exception
    }

    [Fact]
    public void MultiTargeted_WritesOneFolderPerTargetFramework_WithTheSameContent()
    {
        var consumer = TwoPods("multi", "<TargetFrameworks>net8.0;net10.0</TargetFrameworks>");

        consumer.Build();

        string net8 = consumer.ManifestsDir(tfm: "net8.0"), net10 = consumer.ManifestsDir(tfm: "net10.0");
        Assert.Equal(new[] { "prod.web.pod.yaml", Seed.FileName }, Consumer.FilesIn(net8));
        Assert.Equal(Consumer.FilesIn(net8), Consumer.FilesIn(net10));
        foreach (var name in Consumer.FilesIn(net8))
            Assert.Equal(File.ReadAllBytes(Path.Combine(net10, name)), File.ReadAllBytes(Path.Combine(net8, name)));
        Assert.Equal(Seed.Decoded, Kubectl.DecodeFile(Path.Combine(net8, Seed.FileName)));

        // One folder for both target frameworks (they build in parallel, each with its own state file): the same files;
        // the per-framework folders are left as they are (a folder change never deletes in the old folder).
        const string shared = "-p:ProbeGenManifestsDir=deploy";
        var build = consumer.Build(shared);
        Assert.True(new[] { "prod.web.pod.yaml", Seed.FileName }.SequenceEqual(Consumer.FilesIn(consumer.PathOf("deploy"))), build.Describe());
        Assert.Equal(new[] { "prod.web.pod.yaml", Seed.FileName }, Consumer.FilesIn(net8));
        Assert.Equal(new[] { "prod.web.pod.yaml", Seed.FileName }, Consumer.FilesIn(net10));

        var clean = consumer.Succeed("clean", shared);
        Assert.True(Consumer.FilesIn(consumer.PathOf("deploy")).Length == 0, "left in deploy/ after dotnet clean: " + string.Join(", ", Consumer.FilesIn(consumer.PathOf("deploy"))) + "\n" + clean.Describe());
        var cleanDefault = consumer.Succeed("clean");
        Assert.True(Consumer.YamlBelow(consumer.Directory).Length == 0, "left after both cleans: " + string.Join(", ", Consumer.YamlBelow(consumer.Directory)) + "\n" + cleanDefault.Describe());
    }
}

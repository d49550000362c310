using ProbeGen.Tests;

namespace ProbeGen.EndToEnd.Tests;

/// <summary>A plain consumer of the package: what `dotnet build` and `dotnet clean` do to the manifests folder over time.</summary>
[Collection(PackageCollection.Name)]
public class BuildLifecycleTests
{
    private const string UserYaml = "# the user's own manifest, next to ProbeGen's\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: mine\n";
    private static readonly DateTime Past = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private readonly PackageFixture _fixture;

    public BuildLifecycleTests(PackageFixture fixture) => _fixture = fixture;

    private Consumer SeedConsumer(string name) =>
        new(_fixture, name, Consumer.Project(_fixture), ("LivenessExec.cs", Seed.LivenessExec));

    [Fact]
    public void SeedConsumer_Build_WritesThePodThatKubectlDecodesAsTheSeedDocument()
    {
        var consumer = SeedConsumer("seed");

        var build = consumer.Build();

        string file = Path.Combine(consumer.ManifestsDir(), Seed.FileName);
        Assert.True(File.Exists(file), "expected " + file + "\n" + build.Describe());
        Assert.Equal(new[] { Seed.FileName }, Consumer.FilesIn(consumer.ManifestsDir()));
        Assert.Contains("ProbeGen: wrote " + file, build.Output, StringComparison.Ordinal);
        Assert.Equal(Seed.Decoded, Kubectl.DecodeFile(file));
        Assert.Equal(new[] { "busybox" }, Seed.Images(File.ReadAllText(file)));
    }

    [Fact]
    public void SeedConsumer_RebuildEditRenameClean_RewritesOnlyWhatChanged_AndNeverTouchesUserFiles()
    {
        var consumer = SeedConsumer("lifecycle");
        consumer.Build();
        string dir = consumer.ManifestsDir();
        string file = Path.Combine(dir, Seed.FileName);
        string mine = Path.Combine(dir, "my.yaml");
        File.WriteAllText(mine, UserYaml);
        File.SetLastWriteTimeUtc(mine, Past);
        var firstWrite = File.GetLastWriteTimeUtc(file);
        string firstContent = File.ReadAllText(file);

        // 1. Rebuild without changes: the file is not rewritten.
        var rebuild = consumer.Build();
        Assert.Equal(firstWrite, File.GetLastWriteTimeUtc(file));
        Assert.Equal(firstContent, File.ReadAllText(file));
        Assert.DoesNotContain("ProbeGen: wrote", rebuild.Output, StringComparison.Ordinal);
        AssertUserFileUntouched(mine, "after a rebuild");

        // 2. Edit the C#: the file is rewritten with the new value.
        File.SetLastWriteTimeUtc(file, Past);
        consumer.Write("LivenessExec.cs", Seed.LivenessExec.Replace("PeriodSeconds = 5", "PeriodSeconds = 7", StringComparison.Ordinal));
        var edited = consumer.Build();
        Assert.NotEqual(Past, File.GetLastWriteTimeUtc(file));
        Assert.Contains("ProbeGen: wrote " + file, edited.Output, StringComparison.Ordinal);
        Assert.Equal(7, k8s.KubernetesYaml.Deserialize<k8s.Models.V1Pod>(File.ReadAllText(file)).Spec.Containers[0].LivenessProbe.PeriodSeconds);
        AssertUserFileUntouched(mine, "after an edit");

        // 3. Rename the workload: the old file goes, the new one comes.
        consumer.Write("LivenessExec.cs", Seed.LivenessExec.Replace("[Pod(\"test-liveness-exec\")]", "[Pod(\"liveness-renamed\")]", StringComparison.Ordinal));
        consumer.Build();
        Assert.Equal(new[] { "liveness-renamed.pod.yaml", "my.yaml" }, Consumer.FilesIn(dir));
        AssertUserFileUntouched(mine, "after a rename");

        // 4. A file ProbeGen wrote but someone edited since is theirs now: a rename does not delete it.
        string renamed = Path.Combine(dir, "liveness-renamed.pod.yaml");
        string handEdited = File.ReadAllText(renamed) + "# tuned by hand\n";
        File.WriteAllText(renamed, handEdited);
        consumer.Write("LivenessExec.cs", Seed.LivenessExec.Replace("[Pod(\"test-liveness-exec\")]", "[Pod(\"liveness-final\")]", StringComparison.Ordinal));
        var second = consumer.Build();
        Assert.True(new[] { "liveness-final.pod.yaml", "liveness-renamed.pod.yaml", "my.yaml" }.SequenceEqual(Consumer.FilesIn(dir)),
            "after the second rename: " + string.Join(", ", Consumer.FilesIn(dir)) + "\n" + second.Describe());
        Assert.Equal(handEdited, File.ReadAllText(renamed));

        // 5. dotnet clean: ProbeGen's files go; the user's and the hand-edited one stay.
        var clean = consumer.Succeed("clean");
        Assert.True(new[] { "liveness-renamed.pod.yaml", "my.yaml" }.SequenceEqual(Consumer.FilesIn(dir)), "after dotnet clean: " + string.Join(", ", Consumer.FilesIn(dir)) + "\n" + clean.Describe());
        Assert.Equal(handEdited, File.ReadAllText(renamed));
        AssertUserFileUntouched(mine, "after dotnet clean");
    }

    private static void AssertUserFileUntouched(string path, string when)
    {
        Assert.True(File.Exists(path), "the user's " + Path.GetFileName(path) + " was deleted " + when);
        Assert.Equal(UserYaml, File.ReadAllText(path));
        Assert.Equal(Past, File.GetLastWriteTimeUtc(path));
    }
}

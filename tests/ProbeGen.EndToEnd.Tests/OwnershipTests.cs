namespace ProbeGen.EndToEnd.Tests;

/// <summary>
/// The task's ownership rule through a real `dotnet build` of the packed package (README, "Where the files go"):
/// ProbeGen overwrites or deletes only a file it can prove it wrote, in the folder it writes now.
/// </summary>
[Collection(PackageCollection.Name)]
public class OwnershipTests
{
    private const string Web = """
        using ProbeGen;

        namespace Demo;

        [Pod("web")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """;

    private const string HandWritten = "# written by hand before ProbeGen was added\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n";

    private readonly PackageFixture _fixture;

    public OwnershipTests(PackageFixture fixture) => _fixture = fixture;

    private Consumer DeployConsumer(string name, params (string Path, string Text)[] extra) =>
        new(_fixture, name, Consumer.Project(_fixture, "<TargetFramework>net10.0</TargetFramework><ProbeGenManifestsDir>deploy/</ProbeGenManifestsDir>"),
            new[] { ("LivenessExec.cs", Seed.LivenessExec), ("Web.cs", Web) }.Concat(extra).ToArray());

    private static string Renamed(string source) => source.Replace("[Pod(\"web\")]", "[Pod(\"web-v2\")]", StringComparison.Ordinal);

    [Fact]
    public void CopiedProjectWithObj_BuildingTheCopy_NeverTouchesTheOriginalsManifests()
    {
        var app = DeployConsumer("copy-original");
        app.Build();
        string original = app.PathOf("deploy/web.pod.yaml");
        string originalText = File.ReadAllText(original);

        // cp -r app app-copy, obj/ and bin/ included; the copy renames a workload and builds
        string copyDir = app.Directory + "-copy";
        CopyTree(app.Directory, copyDir);
        File.WriteAllText(Path.Combine(copyDir, "Web.cs"), Renamed(Web));
        var build = DotNet.Run(copyDir, _fixture.Environment, "build", app.Name + ".csproj", "-tl:off", "-v:m", "-nologo", "--disable-build-servers");
        Assert.True(build.Succeeded, build.Describe());

        Assert.Equal(new[] { Seed.FileName, "web-v2.pod.yaml" }, Consumer.FilesIn(Path.Combine(copyDir, "deploy")));
        Assert.Equal(new[] { Seed.FileName, "web.pod.yaml" }, Consumer.FilesIn(app.PathOf("deploy")));
        Assert.Equal(originalText, File.ReadAllText(original));

        // and cleaning the copy leaves the original alone too
        var clean = DotNet.Run(copyDir, _fixture.Environment, "clean", app.Name + ".csproj", "-tl:off", "-v:m", "-nologo", "--disable-build-servers");
        Assert.True(clean.Succeeded, clean.Describe());
        Assert.Empty(Consumer.FilesIn(Path.Combine(copyDir, "deploy")));
        Assert.Equal(new[] { Seed.FileName, "web.pod.yaml" }, Consumer.FilesIn(app.PathOf("deploy")));
    }

    [Fact]
    public void OneOffManifestsDir_LeavesTheConfiguredFolderAlone_SaysSo_AndTheNextBuildStillOwnsIt()
    {
        var app = DeployConsumer("one-off");
        app.Build();
        string release2 = Path.Combine(_fixture.Root, "release2-of-one-off");
        app.Write("Web.cs", Renamed(Web));

        var oneOff = app.Build("-p:ProbeGenManifestsDir=../release2-of-one-off");

        Assert.Equal(new[] { Seed.FileName, "web.pod.yaml" }, Consumer.FilesIn(app.PathOf("deploy")));
        Assert.Equal(new[] { Seed.FileName, "web-v2.pod.yaml" }, Consumer.FilesIn(release2));
        Assert.Contains("PGB006", oneOff.Output, StringComparison.Ordinal);
        Assert.Contains("were left there", oneOff.Output, StringComparison.Ordinal);

        // the next normal build: deploy/'s files are still ProbeGen's, so the renamed workload's old file goes
        var back = app.Build();
        Assert.True(new[] { Seed.FileName, "web-v2.pod.yaml" }.SequenceEqual(Consumer.FilesIn(app.PathOf("deploy"))), string.Join(", ", Consumer.FilesIn(app.PathOf("deploy"))) + "\n" + back.Describe());
        Assert.Equal(new[] { Seed.FileName, "web-v2.pod.yaml" }, Consumer.FilesIn(release2));
    }

    [Fact]
    public void PreExistingHandWrittenManifest_FailsWithPGB004NamingIt_IsNeverReplacedOrDeleted()
    {
        var app = DeployConsumer("hand-written", ("deploy/web.pod.yaml", HandWritten));
        string file = app.PathOf("deploy/web.pod.yaml");

        var build = app.Dotnet("build");

        Assert.False(build.Succeeded, "the build should fail. " + build.Describe());
        Assert.Contains(file + " : error PGB004: ProbeGen: '" + file + "' was not written by ProbeGen", build.Output, StringComparison.Ordinal);
        Assert.Equal(HandWritten, File.ReadAllText(file));
        Assert.True(File.Exists(app.PathOf("deploy/" + Seed.FileName)), "the other workload's manifest is still written");

        // the workload goes: its name is not ProbeGen's to delete; dotnet clean leaves it too
        app.Write("Web.cs", "namespace Demo;\npublic partial class Web { }\n");
        app.Build();
        app.Succeed("clean");
        Assert.Equal(HandWritten, File.ReadAllText(file));
        Assert.Equal(new[] { "web.pod.yaml" }, Consumer.FilesIn(app.PathOf("deploy")));
    }

    [Fact]
    public void EditedStateFile_IsIgnoredWithPGB007_AndDeletesNothingWhereItPoints()
    {
        var app = DeployConsumer("tampered");
        app.Build();
        string victim = Path.Combine(_fixture.Root, "victim-of-tampered");
        Directory.CreateDirectory(victim);
        File.Copy(app.PathOf("deploy/web.pod.yaml"), Path.Combine(victim, "web.pod.yaml"));
        string state = app.PathOf("obj/Debug/net10.0/probegen.manifests.state");
        string text = File.ReadAllText(state);
        Assert.Contains("folder deploy\n", text, StringComparison.Ordinal);
        File.WriteAllText(state, text.Replace("folder deploy\n", "folder " + victim + "\n", StringComparison.Ordinal));
        app.Write("Web.cs", Renamed(Web));

        var build = app.Build();
        app.Succeed("clean");

        Assert.Contains("warning PGB007", build.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(victim, "web.pod.yaml")), "a file in the folder the edited state names was deleted");
    }

    [Fact]
    public void LongPodNames_240CharactersWritten_OverTheFileSystemLimitShortened_AndCleanRemovesBoth()
    {
        string name240 = new('a', 240), name253 = new('b', 253), ns63 = new('n', 63);
        string source = $$"""
            using ProbeGen;

            namespace Demo;

            [Pod("{{name240}}")]
            [Container("web", "nginx:1.27")]
            public partial class Long { }

            [Pod("{{name253}}", Namespace = "{{ns63}}")]
            [Container("web", "nginx:1.27")]
            public partial class Longest { }
            """;
        var app = new Consumer(_fixture, "long-names", Consumer.Project(_fixture), ("Long.cs", source));

        var build = app.Build();

        string[] files = Consumer.FilesIn(app.ManifestsDir());
        Assert.True(files.Length == 2, string.Join(", ", files) + "\n" + build.Describe());
        Assert.Contains(name240 + ".pod.yaml", files);
        string shortened = files.Single(f => f.StartsWith('n'));
        Assert.Matches("^" + ns63 + @"\.b+~[0-9a-f]{12}\.pod\.yaml$", shortened);
        Assert.Equal(255, System.Text.Encoding.UTF8.GetByteCount(shortened));
        Assert.Contains("PGB008", build.Output, StringComparison.Ordinal);
        Assert.Equal(name253, k8s.KubernetesYaml.Deserialize<k8s.Models.V1Pod>(File.ReadAllText(Path.Combine(app.ManifestsDir(), shortened))).Metadata.Name);

        app.Succeed("clean");
        Assert.Empty(Consumer.FilesIn(app.ManifestsDir()));
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories)) Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories)) File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}

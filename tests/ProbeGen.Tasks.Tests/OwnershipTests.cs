using System.Text;

namespace ProbeGen.Tasks.Tests;

/// <summary>
/// The ownership rule (README, "Where the files go"): ProbeGen overwrites or deletes only a file it can prove it wrote,
/// in the folder it writes now. Real copies, moves, one-off folders, tampered state and pre-existing files.
/// </summary>
public class OwnershipTests
{
    private const string Web = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n";
    private const string Api = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\n";
    private const string HandWritten = "# written by hand\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n";

    private static List<KeyValuePair<string, string>> Ms(params (string Name, string Yaml)[] manifests) =>
        manifests.Select(m => new KeyValuePair<string, string>(m.Name, m.Yaml)).ToList();

    /// <summary>A project folder with its manifests folder and obj/ state, as the targets pass them.</summary>
    private sealed record Project(string Root)
    {
        public string Deploy => Path.Combine(Root, "deploy");
        public string State => Path.Combine(Root, "obj", "Debug", "net10.0", "probegen.manifests.state");
        public string File(string name) => Path.Combine(Deploy, name);
        public SyncResult Sync(params (string Name, string Yaml)[] manifests) => ManifestWriter.Sync(Ms(manifests), Deploy, State, Root);
        public SyncResult SyncTo(string folder, params (string Name, string Yaml)[] manifests) => ManifestWriter.Sync(Ms(manifests), folder, State, Root);
        public List<string> Clean() => ManifestWriter.Clean(Deploy, State, Root);
    }

    private static string[] FilesIn(string dir) =>
        Directory.Exists(dir) ? Directory.GetFiles(dir).Select(f => Path.GetFileName(f)!).OrderBy(f => f, StringComparer.Ordinal).ToArray() : Array.Empty<string>();

    private static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories)) Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories)) File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void CopiedProjectWithObj_BuildOfTheCopy_NeverTouchesTheOriginalsFiles()
    {
        // cp -r app app-copy (obj/ included), then the copy drops a workload and changes another
        using var t = new TempDir();
        var app = new Project(t["app"]);
        app.Sync(("web.pod.yaml", Web), ("api.pod.yaml", Api));
        CopyTree(app.Root, t["app-copy"]);
        var copy = new Project(t["app-copy"]);

        var result = copy.Sync(("web.pod.yaml", Web + "spec: {}\n"));

        Assert.Equal(Web, File.ReadAllText(app.File("web.pod.yaml")));
        Assert.Equal(Api, File.ReadAllText(app.File("api.pod.yaml")));
        Assert.Equal(new[] { copy.File("api.pod.yaml") }, result.Removed);
        Assert.Equal(new[] { copy.File("web.pod.yaml") }, result.Written);
        Assert.Null(result.PreviousFolder);
        copy.Clean();
        Assert.Equal(new[] { "api.pod.yaml", "web.pod.yaml" }, FilesIn(app.Deploy));
        Assert.Empty(FilesIn(copy.Deploy));
    }

    [Fact]
    public void MovedProject_KeepsOwningItsFolder()
    {
        using var t = new TempDir();
        var app = new Project(t["app"]);
        app.Sync(("web.pod.yaml", Web), ("api.pod.yaml", Api));
        Directory.Move(app.Root, t["moved"]);
        var moved = new Project(t["moved"]);

        var result = moved.Sync(("web.pod.yaml", Web + "spec: {}\n"));

        Assert.Equal(new[] { moved.File("api.pod.yaml") }, result.Removed);
        Assert.Equal(new[] { moved.File("web.pod.yaml") }, result.Written);
        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void CopyCarryingAnOlderProbeGensAbsoluteState_NeverTouchesTheFolderItNames()
    {
        // The state an older ProbeGen left in obj/: an absolute folder. In a copy it names the original's folder.
        using var t = new TempDir();
        var app = new Project(t["app"]);
        Directory.CreateDirectory(app.Deploy);
        File.WriteAllText(app.File("web.pod.yaml"), Web);
        string legacy = Path.Combine(t["app-copy"], "obj", "Debug", "net10.0", ManifestWriter.LegacyStateFileName);
        Directory.CreateDirectory(Path.GetDirectoryName(legacy)!);
        File.WriteAllText(legacy, "# ProbeGen: manifests written to " + app.Deploy + "\n" + ManifestWriter.Hash(Encoding.UTF8.GetBytes(Web)) + " web.pod.yaml\n");
        var copy = new Project(t["app-copy"]);

        copy.Sync(("api.pod.yaml", Api));
        copy.Clean();

        Assert.Equal(Web, File.ReadAllText(app.File("web.pod.yaml")));
        Assert.False(File.Exists(legacy), "the older state is replaced");
    }

    [Fact]
    public void OlderProbeGensStateForTheSameFolder_IsTakenOver()
    {
        using var t = new TempDir();
        var app = new Project(t["app"]);
        Directory.CreateDirectory(app.Deploy);
        File.WriteAllText(app.File("gone.pod.yaml"), Api);
        string legacy = Path.Combine(Path.GetDirectoryName(app.State)!, ManifestWriter.LegacyStateFileName);
        Directory.CreateDirectory(Path.GetDirectoryName(legacy)!);
        File.WriteAllText(legacy, "# ProbeGen: manifests written to " + app.Deploy + "\n" + ManifestWriter.Hash(Encoding.UTF8.GetBytes(Api)) + " gone.pod.yaml\n");

        var result = app.Sync(("web.pod.yaml", Web));

        Assert.Equal(new[] { app.File("gone.pod.yaml") }, result.Removed);
        Assert.False(File.Exists(legacy));
    }

    [Fact]
    public void OneOffFolder_LeavesTheConfiguredFolderAlone_AndTheNextNormalBuildStillOwnsIt()
    {
        // dotnet build -p:ProbeGenManifestsDir=../release2, after normal builds to deploy/
        using var t = new TempDir();
        var app = new Project(t["app"]);
        app.Sync(("web.pod.yaml", Web), ("api.pod.yaml", Api));
        string release2 = t["release2"];

        var oneOff = app.SyncTo(release2, ("web.pod.yaml", Web));

        Assert.Equal(new[] { "api.pod.yaml", "web.pod.yaml" }, FilesIn(app.Deploy));
        Assert.Equal(new[] { "web.pod.yaml" }, FilesIn(release2));
        Assert.Empty(oneOff.Removed);
        Assert.Equal("deploy", oneOff.PreviousFolder);

        // back to deploy/, with an edited workload and the other one gone: deploy's files are still ProbeGen's
        var back = app.Sync(("web.pod.yaml", Web + "spec: {}\n"));
        Assert.Equal("../release2", back.PreviousFolder);
        Assert.Equal(new[] { app.File("web.pod.yaml") }, back.Written);
        Assert.Equal(new[] { app.File("api.pod.yaml") }, back.Removed);
        Assert.Empty(back.Conflicts);
        Assert.Equal(new[] { "web.pod.yaml" }, FilesIn(release2));
    }

    [Fact]
    public void EditedStateHeaderNamingAnotherFolder_DeletesNothingThere()
    {
        using var t = new TempDir();
        var app = new Project(t["app"]);
        app.Sync(("web.pod.yaml", Web));
        string victim = t["victim"];
        Directory.CreateDirectory(victim);
        File.WriteAllText(Path.Combine(victim, "web.pod.yaml"), Web);
        string state = File.ReadAllText(app.State);
        Assert.Contains("folder deploy\n", state, StringComparison.Ordinal);
        File.WriteAllText(app.State, state.Replace("folder deploy\n", "folder " + victim + "\n", StringComparison.Ordinal).Replace("last deploy\n", "last " + victim + "\n", StringComparison.Ordinal));

        var result = app.Sync();
        app.Clean();

        Assert.True(result.StateIgnored, "an edited state is ignored");
        Assert.Equal(Web, File.ReadAllText(Path.Combine(victim, "web.pod.yaml")));
        // ignored means nothing in deploy/ is proven ProbeGen's either: the file stays
        Assert.Equal(new[] { "web.pod.yaml" }, FilesIn(app.Deploy));
    }

    [Fact]
    public void StateForgedWithAValidChecksum_StillActsOnlyInTheCurrentFolder()
    {
        // Someone who recomputes the check line: a folder the state names is compared, never followed.
        using var t = new TempDir();
        var app = new Project(t["app"]);
        string victim = t["victim"];
        Directory.CreateDirectory(victim);
        File.WriteAllText(Path.Combine(victim, "web.pod.yaml"), Web);
        ManifestWriter.Sync(Ms(("web.pod.yaml", Web)), victim, app.State, app.Root); // a state that truly records victim/
        File.WriteAllText(Path.Combine(victim, "web.pod.yaml"), Web);

        var result = app.Sync(("api.pod.yaml", Api));
        app.Clean();

        Assert.False(result.StateIgnored);
        Assert.Equal("../victim", result.PreviousFolder);
        Assert.Equal(Web, File.ReadAllText(Path.Combine(victim, "web.pod.yaml")));
    }

    [Fact]
    public void PreExistingHandWrittenFile_IsNeverReplaced_NorLaterDeletedAsProbeGens()
    {
        // ProbeGenManifestsDir=deploy/ with a hand-written deploy/web.pod.yaml already there
        using var t = new TempDir();
        var app = new Project(t["app"]);
        Directory.CreateDirectory(app.Deploy);
        File.WriteAllText(app.File("web.pod.yaml"), HandWritten);

        var first = app.Sync(("web.pod.yaml", Web), ("api.pod.yaml", Api));

        Assert.Equal(HandWritten, File.ReadAllText(app.File("web.pod.yaml")));
        var conflict = Assert.Single(first.Conflicts);
        Assert.Equal(app.File("web.pod.yaml"), conflict.Path);
        Assert.Equal(new[] { app.File("api.pod.yaml") }, first.Written);
        Assert.Equal(new[] { app.File("api.pod.yaml") }, first.Current);

        // the workload goes: the stale sweep must not take the hand-written file for ProbeGen's
        var second = app.Sync(("api.pod.yaml", Api));
        Assert.Empty(second.Removed);
        app.Clean();
        Assert.Equal(new[] { "web.pod.yaml" }, FilesIn(app.Deploy));
        Assert.Equal(HandWritten, File.ReadAllText(app.File("web.pod.yaml")));
    }

    [Fact]
    public void PreExistingFileWithExactlyProbeGensContent_IsAdopted()
    {
        // A fresh clone of a repository that commits deploy/: no state, the files are what ProbeGen writes.
        using var t = new TempDir();
        var app = new Project(t["app"]);
        Directory.CreateDirectory(app.Deploy);
        File.WriteAllText(app.File("web.pod.yaml"), Web);
        File.WriteAllText(app.File("api.pod.yaml"), Api);

        var first = app.Sync(("web.pod.yaml", Web), ("api.pod.yaml", Api));
        Assert.Equal(2, first.Unchanged.Count);

        var second = app.Sync(("web.pod.yaml", Web + "spec: {}\n"));
        Assert.Equal(new[] { app.File("web.pod.yaml") }, second.Written);
        Assert.Equal(new[] { app.File("api.pod.yaml") }, second.Removed);
        Assert.Empty(second.Conflicts);
    }

    [Fact]
    public void TwoTargetFrameworksSharingAFolder_WithDifferentContent_ConflictInsteadOfOverwritingEachOther()
    {
        using var t = new TempDir();
        string deploy = t["app/deploy"];
        ManifestWriter.Sync(Ms(("web.pod.yaml", Web)), deploy, t["app/obj/net8.0/s.state"], t["app"]);
        var other = ManifestWriter.Sync(Ms(("web.pod.yaml", Web + "spec: {}\n")), deploy, t["app/obj/net10.0/s.state"], t["app"]);
        Assert.Single(other.Conflicts);
        Assert.Equal(Web, File.ReadAllText(Path.Combine(deploy, "web.pod.yaml")));
    }

    [Fact]
    public void FailingRun_RecordsWhatItWroteBeforeTheFailure_SoCleanRemovesIt()
    {
        using var t = new TempDir();
        var app = new Project(t["app"]);
        Directory.CreateDirectory(app.File("b.pod.yaml")); // a folder where the second file must go: that write fails
        Assert.ThrowsAny<Exception>(() => app.Sync(("a.pod.yaml", Web), ("b.pod.yaml", Api)));
        Assert.True(File.Exists(app.File("a.pod.yaml")));

        var removed = app.Clean();

        Assert.Equal(new[] { app.File("a.pod.yaml") }, removed);
        Assert.False(File.Exists(app.File("a.pod.yaml")));
    }

    [Fact]
    public void FolderKey_IsRelativeToTheProject_WithSlashes()
    {
        using var t = new TempDir();
        Assert.Equal("deploy", ManifestWriter.FolderKey(t["app/deploy"], t["app"]));
        Assert.Equal("bin/Debug/net10.0/manifests", ManifestWriter.FolderKey(t["app/bin/Debug/net10.0/manifests"], t["app"] + "/"));
        Assert.Equal("../release2", ManifestWriter.FolderKey(t["release2"], t["app"]));
        Assert.Equal(".", ManifestWriter.FolderKey(t["app"], t["app"]));
        Assert.Equal(t["app/deploy"].Replace('\\', '/'), ManifestWriter.FolderKey(t["app/deploy"], null));
    }
}

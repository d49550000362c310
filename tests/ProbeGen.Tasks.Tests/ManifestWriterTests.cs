using System.Text;

namespace ProbeGen.Tasks.Tests;

public class ManifestWriterTests
{
    private const string PodA = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n";
    private const string PodB = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n";
    private const string UserYaml = "# the user's own file\nkind: ConfigMap\n";

    /// <summary>A date no sync could produce: if a file still carries it, nothing rewrote it.</summary>
    private static readonly DateTime Past = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private static KeyValuePair<string, string> M(string name, string yaml) => new(name, yaml);

    private static List<KeyValuePair<string, string>> Ms(params (string Name, string Yaml)[] manifests) =>
        manifests.Select(m => M(m.Name, m.Yaml)).ToList();

    private static string Dir(TempDir t) => t["bin/manifests"];

    private static string State(TempDir t, string project = "a") => t["obj/" + project + "/probegen.manifests.txt"];

    private static string[] FilesIn(string dir) =>
        Directory.GetFiles(dir).Select(f => Path.GetFileName(f)!).OrderBy(f => f, StringComparer.Ordinal).ToArray();

    [Fact]
    public void Sync_NewManifests_WritesEachFileAsUtf8WithoutBom()
    {
        using var t = new TempDir();
        var result = ManifestWriter.Sync(Ms(("a.pod.yaml", PodA), ("b.pod.yaml", "name: \"ü€\"\n")), Dir(t), State(t));

        Assert.Equal(new[] { "a.pod.yaml", "b.pod.yaml" }, FilesIn(Dir(t)));
        Assert.Equal(Encoding.UTF8.GetBytes(PodA), File.ReadAllBytes(Path.Combine(Dir(t), "a.pod.yaml")));
        Assert.Equal(Encoding.UTF8.GetBytes("name: \"ü€\"\n"), File.ReadAllBytes(Path.Combine(Dir(t), "b.pod.yaml")));
        Assert.Equal(new[] { Path.Combine(Dir(t), "a.pod.yaml"), Path.Combine(Dir(t), "b.pod.yaml") }, result.Written);
        Assert.Equal(result.Written, result.Current);
        Assert.Empty(result.Unchanged);
        Assert.Empty(result.Removed);
        Assert.True(File.Exists(State(t)), "the state file records what was written");
    }

    [Fact]
    public void Sync_NoManifests_CreatesNoFolder()
    {
        using var t = new TempDir();
        var result = ManifestWriter.Sync(Ms(), Dir(t), State(t));
        Assert.False(Directory.Exists(Dir(t)));
        Assert.Empty(result.Current);
    }

    [Fact]
    public void Sync_SameContentAgain_DoesNotRewrite()
    {
        using var t = new TempDir();
        var manifests = Ms(("a.pod.yaml", PodA), ("b.pod.yaml", PodB));
        ManifestWriter.Sync(manifests, Dir(t), State(t));
        string a = Path.Combine(Dir(t), "a.pod.yaml");
        File.SetLastWriteTimeUtc(a, Past);
        File.SetLastWriteTimeUtc(State(t), Past);

        var result = ManifestWriter.Sync(manifests, Dir(t), State(t));

        Assert.Equal(Past, File.GetLastWriteTimeUtc(a));
        Assert.Equal(Past, File.GetLastWriteTimeUtc(State(t)));
        Assert.Empty(result.Written);
        Assert.Equal(new[] { a, Path.Combine(Dir(t), "b.pod.yaml") }, result.Unchanged);
        Assert.Equal(result.Unchanged, result.Current);
    }

    [Fact]
    public void Sync_ChangedContent_RewritesOnlyThatFile_AndLeavesNoTempFile()
    {
        using var t = new TempDir();
        ManifestWriter.Sync(Ms(("a.pod.yaml", PodA), ("b.pod.yaml", PodB)), Dir(t), State(t));
        string a = Path.Combine(Dir(t), "a.pod.yaml"), b = Path.Combine(Dir(t), "b.pod.yaml");
        File.SetLastWriteTimeUtc(a, Past);
        File.SetLastWriteTimeUtc(b, Past);

        string changed = PodA + "spec: {}\n";
        var result = ManifestWriter.Sync(Ms(("a.pod.yaml", changed), ("b.pod.yaml", PodB)), Dir(t), State(t));

        Assert.Equal(new[] { a }, result.Written);
        Assert.Equal(new[] { b }, result.Unchanged);
        Assert.Equal(changed, File.ReadAllText(a));
        Assert.NotEqual(Past, File.GetLastWriteTimeUtc(a));
        Assert.Equal(Past, File.GetLastWriteTimeUtc(b));
        Assert.Equal(new[] { "a.pod.yaml", "b.pod.yaml" }, FilesIn(Dir(t)));
    }

    [Fact]
    public void Sync_SameLengthDifferentContent_Rewrites()
    {
        using var t = new TempDir();
        ManifestWriter.Sync(Ms(("a.pod.yaml", PodA)), Dir(t), State(t));
        var result = ManifestWriter.Sync(Ms(("a.pod.yaml", PodB)), Dir(t), State(t));
        Assert.Single(result.Written);
        Assert.Equal(PodB, File.ReadAllText(Path.Combine(Dir(t), "a.pod.yaml")));
    }

    [Fact]
    public void Sync_OurFileEditedButWorkloadStillThere_IsKeptAsEdited_AndReportedAsAConflict()
    {
        // An edit is the user's: never overwritten. The conflict names the file (the task makes it error PGB004).
        using var t = new TempDir();
        ManifestWriter.Sync(Ms(("a.pod.yaml", PodA)), Dir(t), State(t));
        string a = Path.Combine(Dir(t), "a.pod.yaml");
        File.AppendAllText(a, "# edited\n");
        var result = ManifestWriter.Sync(Ms(("a.pod.yaml", PodA + "x: 1\n")), Dir(t), State(t));
        Assert.Empty(result.Written);
        Assert.Equal(new[] { a }, result.Conflicts.Select(c => c.Path));
        Assert.Equal(new[] { "a.pod.yaml" }, result.Conflicts.Select(c => c.ManifestName));
        Assert.Empty(result.Current);
        Assert.Equal(PodA + "# edited\n", File.ReadAllText(a));

        // and it is no longer recorded as ProbeGen's: neither a later sync without the workload nor Clean removes it
        ManifestWriter.Sync(Ms(), Dir(t), State(t));
        ManifestWriter.Clean(Dir(t), State(t));
        Assert.Equal(PodA + "# edited\n", File.ReadAllText(a));

        // once the user moves it away, ProbeGen writes its manifest again
        File.Delete(a);
        var again = ManifestWriter.Sync(Ms(("a.pod.yaml", PodA)), Dir(t), State(t));
        Assert.Equal(new[] { a }, again.Written);
        Assert.Empty(again.Conflicts);
    }

    [Fact]
    public void Sync_WorkloadRemoved_DeletesItsFile()
    {
        using var t = new TempDir();
        ManifestWriter.Sync(Ms(("a.pod.yaml", PodA), ("b.pod.yaml", PodB)), Dir(t), State(t));

        var result = ManifestWriter.Sync(Ms(("b.pod.yaml", PodB)), Dir(t), State(t));

        Assert.Equal(new[] { Path.Combine(Dir(t), "a.pod.yaml") }, result.Removed);
        Assert.Equal(new[] { "b.pod.yaml" }, FilesIn(Dir(t)));

        // and the state forgets it: a file of that name appearing later is not ours
        File.WriteAllText(Path.Combine(Dir(t), "a.pod.yaml"), PodA);
        var again = ManifestWriter.Sync(Ms(("b.pod.yaml", PodB)), Dir(t), State(t));
        Assert.Empty(again.Removed);
        Assert.True(File.Exists(Path.Combine(Dir(t), "a.pod.yaml")));
    }

    [Fact]
    public void Sync_WorkloadRenamed_WritesNewAndRemovesOld()
    {
        using var t = new TempDir();
        ManifestWriter.Sync(Ms(("old.pod.yaml", PodA)), Dir(t), State(t));
        var result = ManifestWriter.Sync(Ms(("new.pod.yaml", PodA)), Dir(t), State(t));
        Assert.Equal(new[] { "new.pod.yaml" }, FilesIn(Dir(t)));
        Assert.Single(result.Written);
        Assert.Single(result.Removed);
    }

    [Fact]
    public void Sync_StaleFileEditedSinceWritten_IsNotDeleted()
    {
        using var t = new TempDir();
        ManifestWriter.Sync(Ms(("a.pod.yaml", PodA), ("b.pod.yaml", PodB)), Dir(t), State(t));
        string a = Path.Combine(Dir(t), "a.pod.yaml");
        string edited = PodA + "# kept by hand\n";
        File.WriteAllText(a, edited);

        var result = ManifestWriter.Sync(Ms(("b.pod.yaml", PodB)), Dir(t), State(t));

        Assert.Empty(result.Removed);
        Assert.Equal(new[] { a }, result.KeptForeign);
        Assert.Equal(edited, File.ReadAllText(a));

        // no longer ours: later syncs and Clean leave it alone too
        ManifestWriter.Sync(Ms(), Dir(t), State(t));
        ManifestWriter.Clean(Dir(t), State(t));
        Assert.Equal(edited, File.ReadAllText(a));
    }

    [Fact]
    public void Sync_StaleFileAlreadyDeletedByUser_IsNotAnError()
    {
        using var t = new TempDir();
        ManifestWriter.Sync(Ms(("a.pod.yaml", PodA)), Dir(t), State(t));
        File.Delete(Path.Combine(Dir(t), "a.pod.yaml"));
        var result = ManifestWriter.Sync(Ms(), Dir(t), State(t));
        Assert.Empty(result.Removed);
        Assert.Empty(result.KeptForeign);
    }

    [Fact]
    public void Sync_UsersOwnYamlInTheFolder_IsNeverTouched()
    {
        using var t = new TempDir();
        Directory.CreateDirectory(Dir(t));
        string mine = Path.Combine(Dir(t), "my.yaml");
        File.WriteAllText(mine, UserYaml);
        File.SetLastWriteTimeUtc(mine, Past);

        ManifestWriter.Sync(Ms(("a.pod.yaml", PodA)), Dir(t), State(t));
        ManifestWriter.Sync(Ms(("a.pod.yaml", PodA + "x: 1\n")), Dir(t), State(t));
        ManifestWriter.Sync(Ms(("b.pod.yaml", PodB)), Dir(t), State(t));
        ManifestWriter.Sync(Ms(), Dir(t), State(t));
        ManifestWriter.Clean(Dir(t), State(t));

        Assert.Equal(new[] { "my.yaml" }, FilesIn(Dir(t)));
        Assert.Equal(UserYaml, File.ReadAllText(mine));
        Assert.Equal(Past, File.GetLastWriteTimeUtc(mine));
    }

    [Fact]
    public void Sync_UsersYamlWithSameContentAsOurs_IsNotOursToDelete()
    {
        // Ownership comes from the state file, not from the content: a user's copy of a manifest is theirs.
        using var t = new TempDir();
        Directory.CreateDirectory(Dir(t));
        File.WriteAllText(Path.Combine(Dir(t), "copy.pod.yaml"), PodA);
        ManifestWriter.Sync(Ms(("a.pod.yaml", PodA)), Dir(t), State(t));
        ManifestWriter.Sync(Ms(), Dir(t), State(t));
        Assert.Equal(new[] { "copy.pod.yaml" }, FilesIn(Dir(t)));
    }

    [Fact]
    public void Sync_TwoProjectsShareOneFolder_DoNotDeleteEachOthersFiles()
    {
        using var t = new TempDir();
        ManifestWriter.Sync(Ms(("a.pod.yaml", PodA)), Dir(t), State(t, "projA"));
        ManifestWriter.Sync(Ms(("b.pod.yaml", PodB)), Dir(t), State(t, "projB"));
        Assert.Equal(new[] { "a.pod.yaml", "b.pod.yaml" }, FilesIn(Dir(t)));

        // each project syncs again with what it has: the other's file is foreign to it, not stale
        var a = ManifestWriter.Sync(Ms(("a.pod.yaml", PodA)), Dir(t), State(t, "projA"));
        var b = ManifestWriter.Sync(Ms(("b.pod.yaml", PodB)), Dir(t), State(t, "projB"));
        Assert.Empty(a.Removed);
        Assert.Empty(b.Removed);

        // project A drops its workload: only A's file goes
        var dropped = ManifestWriter.Sync(Ms(), Dir(t), State(t, "projA"));
        Assert.Equal(new[] { Path.Combine(Dir(t), "a.pod.yaml") }, dropped.Removed);
        Assert.Equal(new[] { "b.pod.yaml" }, FilesIn(Dir(t)));

        // cleaning A does not touch B's file
        ManifestWriter.Sync(Ms(("a.pod.yaml", PodA)), Dir(t), State(t, "projA"));
        ManifestWriter.Clean(Dir(t), State(t, "projA"));
        Assert.Equal(new[] { "b.pod.yaml" }, FilesIn(Dir(t)));
    }

    [Theory]
    [InlineData("../x.yaml")]
    [InlineData("a/b.yaml")]
    [InlineData("a\\b.yaml")]
    [InlineData("/etc/x.yaml")]
    [InlineData("x.yml")]
    [InlineData("x.pod")]
    [InlineData("x.YAML")]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("a\0.yaml")]
    public void Sync_UnsafeFileName_IsRefused_AndNothingIsWrittenOutsideTheFolder(string name)
    {
        using var t = new TempDir();
        Assert.False(ManifestWriter.IsSafeFileName(name));
        var ex = Assert.Throws<InvalidDataException>(() => ManifestWriter.Sync(Ms((name, PodA)), Dir(t), State(t)));
        Assert.Contains("refusing", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(t["bin/x.yaml"]), "../x.yaml escaped the folder");
        Assert.False(Directory.Exists(Dir(t)) && Directory.EnumerateFileSystemEntries(Dir(t), "*", SearchOption.AllDirectories).Any(), "nothing may be written");
    }

    [Fact]
    public void Sync_UnsafeNameAfterValidOnes_WritesNothingAtAll()
    {
        // A file written before the refusal would be recorded nowhere, and so never cleaned up.
        using var t = new TempDir();
        Assert.Throws<InvalidDataException>(() => ManifestWriter.Sync(Ms(("a.pod.yaml", PodA), ("../x.yaml", PodB)), Dir(t), State(t)));
        Assert.False(Directory.Exists(Dir(t)) && Directory.EnumerateFileSystemEntries(Dir(t)).Any(), "a.pod.yaml was written before the refusal");
        Assert.False(File.Exists(State(t)));
    }

    [Fact]
    public void Sync_FolderChanged_LeavesTheOldFolderAlone_ReportsIt_AndCleanTakesOnlyTheCurrentFolder()
    {
        using var t = new TempDir();
        string oldDir = t["bin/manifests"], newDir = t["deploy"];
        ManifestWriter.Sync(Ms(("a.pod.yaml", PodA), ("b.pod.yaml", PodB)), oldDir, State(t), t.Path);
        File.WriteAllText(Path.Combine(oldDir, "my.yaml"), UserYaml);

        var result = ManifestWriter.Sync(Ms(("a.pod.yaml", PodA)), newDir, State(t), t.Path);

        Assert.Equal(new[] { "a.pod.yaml" }, FilesIn(newDir));
        Assert.Equal(new[] { "a.pod.yaml", "b.pod.yaml", "my.yaml" }, FilesIn(oldDir));
        Assert.Empty(result.Removed);
        Assert.Equal("bin/manifests", result.PreviousFolder);
        Assert.Equal(2, result.LeftInPreviousFolder);

        // the move is reported once
        Assert.Null(ManifestWriter.Sync(Ms(("a.pod.yaml", PodA)), newDir, State(t), t.Path).PreviousFolder);

        // Clean of the new folder leaves the old one alone, and the state keeps what the old folder holds ...
        ManifestWriter.Clean(newDir, State(t), t.Path);
        Assert.Empty(FilesIn(newDir));
        Assert.Equal(new[] { "a.pod.yaml", "b.pod.yaml", "my.yaml" }, FilesIn(oldDir));
        Assert.True(File.Exists(State(t)));

        // ... so a clean of the old folder still removes ProbeGen's files there, and then the state goes
        ManifestWriter.Clean(oldDir, State(t), t.Path);
        Assert.Equal(new[] { "my.yaml" }, FilesIn(oldDir));
        Assert.False(File.Exists(State(t)));
    }

    [Theory]
    [InlineData("bin/manifests/")]
    [InlineData("bin/./manifests")]
    [InlineData("bin/x/../manifests//")]
    public void Sync_SameFolderSpelledDifferently_IsNotAMove(string spelling)
    {
        using var t = new TempDir();
        ManifestWriter.Sync(Ms(("a.pod.yaml", PodA)), Dir(t), State(t));
        var result = ManifestWriter.Sync(Ms(("a.pod.yaml", PodA)), t[spelling], State(t));
        Assert.Empty(result.Removed);
        Assert.Single(result.Unchanged);
        Assert.Equal(new[] { "a.pod.yaml" }, FilesIn(Dir(t)));
    }

    [Theory]
    [InlineData("a.pod.yaml")]
    [InlineData("prod.test-liveness-exec.pod.yaml")]
    [InlineData("x.yaml")]
    public void IsSafeFileName_PlainYamlName_IsAccepted(string name) => Assert.True(ManifestWriter.IsSafeFileName(name));

    [Fact]
    public void Sync_StateFileNamingAPathOutsideTheFolder_NeverDeletesIt()
    {
        // A tampered or corrupt state file must not turn the stale-file sweep into a delete-anything.
        using var t = new TempDir();
        ManifestWriter.Sync(Ms(("a.pod.yaml", PodA)), Dir(t), State(t));
        string victim = t["bin/victim.yaml"];
        File.WriteAllText(victim, PodA);
        string hash = File.ReadAllLines(State(t)).Single(l => l.EndsWith(" a.pod.yaml", StringComparison.Ordinal)).Split(' ')[0];
        File.AppendAllText(State(t), hash + " ../victim.yaml\n" + hash + " " + victim + "\n");

        ManifestWriter.Sync(Ms(), Dir(t), State(t));
        ManifestWriter.Clean(Dir(t), State(t));

        Assert.True(File.Exists(victim));
    }

    [Fact]
    public void Clean_RemovesOnlyFilesStillAsWeWroteThem_AndTheState()
    {
        using var t = new TempDir();
        ManifestWriter.Sync(Ms(("a.pod.yaml", PodA), ("b.pod.yaml", PodB)), Dir(t), State(t));
        File.WriteAllText(Path.Combine(Dir(t), "my.yaml"), UserYaml);
        File.AppendAllText(Path.Combine(Dir(t), "b.pod.yaml"), "# edited\n");

        var removed = ManifestWriter.Clean(Dir(t), State(t));

        Assert.Equal(new[] { Path.Combine(Dir(t), "a.pod.yaml") }, removed);
        Assert.Equal(new[] { "b.pod.yaml", "my.yaml" }, FilesIn(Dir(t)));
        Assert.False(File.Exists(State(t)));
    }

    [Fact]
    public void Clean_WithoutState_RemovesNothing()
    {
        using var t = new TempDir();
        Directory.CreateDirectory(Dir(t));
        File.WriteAllText(Path.Combine(Dir(t), "a.pod.yaml"), PodA);
        Assert.Empty(ManifestWriter.Clean(Dir(t), State(t)));
        Assert.Empty(ManifestWriter.Clean(t["does/not/exist"], State(t)));
        Assert.True(File.Exists(Path.Combine(Dir(t), "a.pod.yaml")));
    }
}

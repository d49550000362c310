using Microsoft.Build.Framework;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace ProbeGen.Tasks.Tests;

public class WriteManifestsTaskTests
{
    private static readonly string TwoPods =
        "[assembly: System.Reflection.AssemblyMetadata(\"SomethingElse\", \"not a manifest\")]\n" +
        TestAssembly.Generated(
            ("a.pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n"),
            ("prod.b.pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n  namespace: prod\n"));

    /// <summary>The task of one build (net8.0 or net472, see <see cref="TaskBuilds"/>): every test here runs against both.</summary>
    private static (MSBuildTask Task, FakeBuildEngine Engine) Task(string build, string assembly, string outputDirectory, string stateFile, string projectDirectory = "")
    {
        var engine = new FakeBuildEngine();
        return (TaskBuilds.Create(build, "WriteManifests", engine, ("Assembly", assembly), ("OutputDirectory", outputDirectory), ("StateFile", stateFile), ("ProjectDirectory", projectDirectory)), engine);
    }

    private static MSBuildTask Clean(string build, FakeBuildEngine engine, string outputDirectory, string stateFile) =>
        TaskBuilds.Create(build, "CleanManifests", engine, ("OutputDirectory", outputDirectory), ("StateFile", stateFile));

    /// <summary>Execute must report failures through the log, never throw into MSBuild; false exactly when it logged an error.</summary>
    private static bool Run(MSBuildTask task)
    {
        bool result = false;
        var ex = Record.Exception(() => result = task.Execute());
        Assert.Null(ex);
        Assert.Equal(!result, task.Log.HasLoggedErrors);
        return result;
    }

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void Execute_AssemblyWithManifests_WritesThemAndReturnsThemAsFiles(string build)
    {
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TwoPods, t["obj/Consumer.dll"]);
        var (task, engine) = Task(build, dll, t["bin/manifests"], t["obj/probegen.manifests.txt"]);

        Assert.True(task.Execute(), engine.Log);

        Assert.Empty(engine.Errors);
        Assert.Equal(new[] { t["bin/manifests/a.pod.yaml"], t["bin/manifests/prod.b.pod.yaml"] }, TaskBuilds.Files(task));
        Assert.Equal("apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n", File.ReadAllText(t["bin/manifests/a.pod.yaml"]));
        Assert.Equal(2, engine.Messages.Count(m => m.Message!.StartsWith("ProbeGen: wrote ", StringComparison.Ordinal) && m.Importance == MessageImportance.High));
        Assert.Equal(new[] { "a.pod.yaml", "prod.b.pod.yaml" }, Directory.GetFiles(t["bin/manifests"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>The generator's list of held-back workloads, in the shape HeldBackEmitter writes it.</summary>
    private static string HeldBack(string index) =>
        "namespace ProbeGen.Generated\n{\n    internal static class HeldBackManifests\n    {\n        internal const string Index = " + TestAssembly.Literal(index) + ";\n    }\n}\n";

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void Execute_HeldBackWorkloadWhosePG0017WasOff_WarnsPGB010NamingItAndTheRule(string build)
    {
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TwoPods + HeldBack("Shop.Web\tDeployment\tPG1002,PG1316\t0\nShop.Seen\tPod\tPG1103\t1\n"), t["obj/Consumer.dll"]);
        var (task, engine) = Task(build, dll, t["bin/manifests"], t["obj/state.txt"]);

        Assert.True(Run(task), engine.Log);

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("PGB010", warning.Code);
        Assert.Equal("ProbeGen: 'Shop.Web' (Deployment) has no manifest: PG1002, PG1316 holds it back, and that diagnostic was hidden (suppressed, with PG0017 turned off too). A suppressed error is still one the API server rejects: fix it (docs/rules/PG1002.md).", warning.Message);
        // The workload whose PG0017 the build showed gets a message only: the build has said it once.
        Assert.Contains(engine.Messages, m => m.Code == "PGB010" && m.Message == "ProbeGen: 'Shop.Seen' (Pod) has no manifest: PG1103 holds it back (reported as PG0017).");
        Assert.Equal(2, TaskBuilds.Files(task).Length);
    }

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void Execute_NothingHeldBack_NoPGB010(string build)
    {
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TwoPods, t["obj/Consumer.dll"]);
        var (task, engine) = Task(build, dll, t["bin/manifests"], t["obj/state.txt"]);

        Assert.True(Run(task), engine.Log);

        Assert.Empty(engine.Warnings);
        Assert.DoesNotContain(engine.Messages, m => m.Code == "PGB010");
    }

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void Execute_SecondRunUnchanged_WritesNothingAndStillReportsTheFiles(string build)
    {
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TwoPods, t["obj/Consumer.dll"]);
        Assert.True(Task(build, dll, t["bin/manifests"], t["obj/state.txt"]).Task.Execute());
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(t["bin/manifests/a.pod.yaml"], stamp);

        var (task, engine) = Task(build, dll, t["bin/manifests"], t["obj/state.txt"]);
        Assert.True(task.Execute(), engine.Log);

        Assert.DoesNotContain(engine.Messages, m => m.Message!.StartsWith("ProbeGen: wrote ", StringComparison.Ordinal));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(t["bin/manifests/a.pod.yaml"]));
        Assert.Equal(2, TaskBuilds.Files(task).Length);
    }

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void Execute_AssemblyMissing_LogsPGB001AndFails(string build)
    {
        using var t = new TempDir();
        var (task, engine) = Task(build, t["obj/Missing.dll"], t["bin/manifests"], t["obj/state.txt"]);
        Assert.False(Run(task));
        var error = Assert.Single(engine.Errors);
        Assert.Equal("PGB001", error.Code);
        Assert.Contains("Missing.dll", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void Execute_NotAnAssembly_LogsErrorInsteadOfThrowing(string build)
    {
        using var t = new TempDir();
        string junk = t["junk.dll"];
        File.WriteAllText(junk, "not a PE file");
        var (task, engine) = Task(build, junk, t["bin/manifests"], t["obj/state.txt"]);
        Assert.False(Run(task));
        var error = Assert.Single(engine.Errors);
        Assert.Equal("PGB003", error.Code);
        Assert.Contains("could not read the manifests from '" + junk + "'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("writable", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void Execute_UnsafeFileNameInAssembly_LogsErrorAndWritesNothingOutside(string build)
    {
        string source = TestAssembly.Generated(("../escape.yaml", "kind: Pod\n"));
        using var t = new TempDir();
        string dll = TestAssembly.Compile(source, t["obj/Consumer.dll"]);
        var (task, engine) = Task(build, dll, t["bin/manifests"], t["obj/state.txt"]);

        Assert.False(Run(task));

        var error = Assert.Single(engine.Errors);
        Assert.Equal("PGB003", error.Code);
        Assert.Contains("../escape.yaml", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(t["bin/escape.yaml"]));
    }

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void Execute_OutputDirectoryReadOnly_LogsClearErrorAndReturnsFalse(string build)
    {
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TwoPods, t["obj/Consumer.dll"]);
        string output = t["readonly"];
        Directory.CreateDirectory(output);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute); // chmod 555
        if (CanWriteInto(output))
        {
            // Root (or Windows): permission bits do not stop writes. A path below a regular file fails for everyone.
            File.WriteAllText(t["a-file"], "");
            output = Path.Combine(t["a-file"], "manifests");
        }
        var (task, engine) = Task(build, dll, output, t["obj/state.txt"]);

        Assert.False(Run(task));

        var error = Assert.Single(engine.Errors);
        Assert.Equal("PGB002", error.Code);
        Assert.Contains("could not write the manifests to '" + output + "'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ProbeGenManifestsDir", error.Message, StringComparison.Ordinal);
        Assert.Empty(TaskBuilds.Files(task));
    }

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void Execute_OutputDirectoryBelowARegularFile_LogsClearErrorAndReturnsFalse(string build)
    {
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TwoPods, t["obj/Consumer.dll"]);
        File.WriteAllText(t["a-file"], "");
        var (task, engine) = Task(build, dll, t["a-file/manifests"], t["obj/state.txt"]);

        Assert.False(Run(task));
        Assert.Equal("PGB002", Assert.Single(engine.Errors).Code);
    }

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void Execute_StateFileNotWritable_LogsErrorAndReturnsFalse(string build)
    {
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TwoPods, t["obj/Consumer.dll"]);
        File.WriteAllText(t["a-file"], "");
        var (task, engine) = Task(build, dll, t["bin/manifests"], t["a-file/state.txt"]);

        Assert.False(Run(task));
        Assert.Equal("PGB002", Assert.Single(engine.Errors).Code);
    }

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void CleanManifests_RemovesWhatWriteManifestsWrote_AndKeepsTheRest(string build)
    {
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TwoPods, t["obj/Consumer.dll"]);
        Assert.True(Task(build, dll, t["bin/manifests"], t["obj/state.txt"]).Task.Execute());
        File.WriteAllText(t["bin/manifests/my.yaml"], "kind: ConfigMap\n");

        var engine = new FakeBuildEngine();
        var clean = Clean(build, engine, t["bin/manifests"], t["obj/state.txt"]);
        Assert.True(clean.Execute(), engine.Log);

        Assert.Equal(new[] { "my.yaml" }, Directory.GetFiles(t["bin/manifests"]).Select(Path.GetFileName));
        Assert.False(File.Exists(t["obj/state.txt"]));
        Assert.Equal(2, engine.Messages.Count(m => m.Message!.StartsWith("ProbeGen: removed ", StringComparison.Ordinal)));
    }

    private static string LongName(int length) => new string('a', length - 1) + "z";

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void Execute_Valid240CharacterPodName_WritesTheFileAndLeavesNoTempFile(string build)
    {
        // 240 + ".pod.yaml" = 249 bytes: fits, but the temp name (the file name plus a suffix) did not.
        string name = LongName(240) + ".pod.yaml";
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TestAssembly.Generated((name, "kind: Pod\n")), t["obj/Consumer.dll"]);
        var (task, engine) = Task(build, dll, t["bin/manifests"], t["obj/state.txt"]);

        Assert.True(Run(task), engine.Log);

        Assert.Equal(new[] { name }, Directory.GetFiles(t["bin/manifests"]).Select(Path.GetFileName));
        Assert.Equal("kind: Pod\n", File.ReadAllText(Path.Combine(t["bin/manifests"], name)));
    }

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void Execute_FileNameLongerThan255Bytes_WritesTheDocumentedShortName_AndSaysSo(string build)
    {
        // The longest valid Pod name (253) in a 63-character namespace: 327 bytes.
        string full = LongName(63) + "." + LongName(253) + ".pod.yaml";
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TestAssembly.Generated((full, "kind: Pod\n"), ("short.pod.yaml", "kind: Pod\n")), t["obj/Consumer.dll"]);
        var (task, engine) = Task(build, dll, t["bin/manifests"], t["obj/state.txt"]);

        Assert.True(Run(task), engine.Log);

        string shortened = ManifestWriter.FitFileName(full);
        Assert.Equal(255, System.Text.Encoding.UTF8.GetByteCount(shortened));
        Assert.StartsWith(full.Substring(0, 200), shortened, StringComparison.Ordinal);
        Assert.Matches(@"~[0-9a-f]{12}\.pod\.yaml$", shortened);
        Assert.Equal(new[] { shortened, "short.pod.yaml" }, Directory.GetFiles(t["bin/manifests"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var message = Assert.Single(engine.Messages, m => m.Code == "PGB008");
        Assert.Contains(full, message.Message, StringComparison.Ordinal);
        Assert.Contains(shortened, message.Message, StringComparison.Ordinal);
        Assert.Equal(shortened, ManifestWriter.FitFileName(full)); // deterministic
        Assert.NotEqual(shortened, ManifestWriter.FitFileName(full.Replace("az.", "bz.", StringComparison.Ordinal)));

        // its clean removes it like any other
        var clean = Clean(build, new FakeBuildEngine(), t["bin/manifests"], t["obj/state.txt"]);
        Assert.True(clean.Execute());
        Assert.Empty(Directory.GetFiles(t["bin/manifests"]));
    }

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void Execute_HandWrittenFileWhereAManifestGoes_FailsWithPGB004NamingIt_AndWritesTheOthers(string build)
    {
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TwoPods, t["obj/Consumer.dll"]);
        Directory.CreateDirectory(t["deploy"]);
        File.WriteAllText(t["deploy/a.pod.yaml"], "# mine\nkind: Pod\n");
        var (task, engine) = Task(build, dll, t["deploy"], t["obj/state.txt"]);

        Assert.False(Run(task));

        var error = Assert.Single(engine.Errors);
        Assert.Equal("PGB004", error.Code);
        Assert.Equal(t["deploy/a.pod.yaml"], error.File);
        Assert.Contains("'" + t["deploy/a.pod.yaml"] + "' was not written by ProbeGen", error.Message, StringComparison.Ordinal);
        Assert.Contains("Move or delete that file", error.Message, StringComparison.Ordinal);
        Assert.Equal("# mine\nkind: Pod\n", File.ReadAllText(t["deploy/a.pod.yaml"]));
        Assert.True(File.Exists(t["deploy/prod.b.pod.yaml"]));
        Assert.Equal(new[] { t["deploy/prod.b.pod.yaml"] }, TaskBuilds.Files(task));
    }

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void Execute_StaleFileEditedSince_IsKeptWithWarningPGB005(string build)
    {
        using var t = new TempDir();
        Assert.True(Task(build, TestAssembly.Compile(TwoPods, t["obj/v1/Consumer.dll"]), t["deploy"], t["obj/state.txt"]).Task.Execute());
        File.AppendAllText(t["deploy/a.pod.yaml"], "# tuned\n");
        string onlyB = TestAssembly.Generated(("prod.b.pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n  namespace: prod\n"));
        var (task, engine) = Task(build, TestAssembly.Compile(onlyB, t["obj/v2/Consumer.dll"]), t["deploy"], t["obj/state.txt"]);

        Assert.True(Run(task), engine.Log);

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("PGB005", warning.Code);
        Assert.Equal(t["deploy/a.pod.yaml"], warning.File);
        Assert.True(File.Exists(t["deploy/a.pod.yaml"]));
    }

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void Execute_FolderChanged_LeavesTheOldOneAndSaysSoWithPGB006(string build)
    {
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TwoPods, t["obj/Consumer.dll"]);
        var (first, _) = Task(build, dll, t["bin/manifests"], t["obj/state.txt"], t.Path);
        Assert.True(first.Execute());
        var (moved, engine) = Task(build, dll, t["deploy"], t["obj/state.txt"], t.Path);

        Assert.True(Run(moved), engine.Log);

        var message = Assert.Single(engine.Messages, m => m.Code == "PGB006");
        Assert.Equal(MessageImportance.High, message.Importance);
        Assert.Contains("'bin/manifests'", message.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet clean -p:ProbeGenManifestsDir=bin/manifests", message.Message, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(t["bin/manifests"]).Length);
        Assert.Equal(2, Directory.GetFiles(t["deploy"]).Length);
    }

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void Execute_EditedStateFile_IsIgnoredWithWarningPGB007(string build)
    {
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TwoPods, t["obj/Consumer.dll"]);
        Assert.True(Task(build, dll, t["bin/manifests"], t["obj/state.txt"]).Task.Execute());
        File.AppendAllText(t["obj/state.txt"], "0000 victim.yaml\n");
        var (task, engine) = Task(build, dll, t["bin/manifests"], t["obj/state.txt"]);

        Assert.True(Run(task), engine.Log);

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("PGB007", warning.Code);
        Assert.Contains(t["obj/state.txt"], warning.Message, StringComparison.Ordinal);
        // rewritten: the next build is quiet
        var (again, quiet) = Task(build, dll, t["bin/manifests"], t["obj/state.txt"]);
        Assert.True(Run(again));
        Assert.Empty(quiet.Warnings);
    }

    [Theory]
    [MemberData(nameof(TaskBuilds.All), MemberType = typeof(TaskBuilds))]
    public void Execute_FailsPartWay_StillRecordsWhatItWrote_SoCleanRemovesIt(string build)
    {
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TwoPods, t["obj/Consumer.dll"]);
        Directory.CreateDirectory(t["bin/manifests/prod.b.pod.yaml"]); // the second write fails
        var (task, engine) = Task(build, dll, t["bin/manifests"], t["obj/state.txt"]);

        Assert.False(Run(task));
        Assert.Equal("PGB002", Assert.Single(engine.Errors).Code);
        Assert.True(File.Exists(t["bin/manifests/a.pod.yaml"]));

        var clean = Clean(build, new FakeBuildEngine(), t["bin/manifests"], t["obj/state.txt"]);
        Assert.True(clean.Execute());
        Assert.False(File.Exists(t["bin/manifests/a.pod.yaml"]));
    }

    private static bool CanWriteInto(string dir)
    {
        string probe = Path.Combine(dir, "probe");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}

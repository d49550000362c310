using Microsoft.Build.Framework;

namespace ProbeGen.Tasks.Tests;

public class WriteManifestsTaskTests
{
    private static readonly string TwoPods =
        "[assembly: System.Reflection.AssemblyMetadata(\"SomethingElse\", \"not a manifest\")]\n" +
        TestAssembly.Generated(
            ("a.pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n"),
            ("prod.b.pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n  namespace: prod\n"));

    private static (WriteManifests Task, FakeBuildEngine Engine) Task(string assembly, string outputDirectory, string stateFile)
    {
        var engine = new FakeBuildEngine();
        return (new WriteManifests { BuildEngine = engine, Assembly = assembly, OutputDirectory = outputDirectory, StateFile = stateFile }, engine);
    }

    /// <summary>Execute must report failures through the log, never throw into MSBuild; false exactly when it logged an error.</summary>
    private static bool Run(WriteManifests task)
    {
        bool result = false;
        var ex = Record.Exception(() => result = task.Execute());
        Assert.Null(ex);
        Assert.Equal(!result, task.Log.HasLoggedErrors);
        return result;
    }

    [Fact]
    public void Execute_AssemblyWithManifests_WritesThemAndReturnsThemAsFiles()
    {
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TwoPods, t["obj/Consumer.dll"]);
        var (task, engine) = Task(dll, t["bin/manifests"], t["obj/probegen.manifests.txt"]);

        Assert.True(task.Execute(), engine.Log);

        Assert.Empty(engine.Errors);
        Assert.Equal(new[] { t["bin/manifests/a.pod.yaml"], t["bin/manifests/prod.b.pod.yaml"] }, task.Files.Select(f => f.ItemSpec));
        Assert.Equal("apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n", File.ReadAllText(t["bin/manifests/a.pod.yaml"]));
        Assert.Equal(2, engine.Messages.Count(m => m.Message!.StartsWith("ProbeGen: wrote ", StringComparison.Ordinal) && m.Importance == MessageImportance.High));
        Assert.Equal(new[] { "a.pod.yaml", "prod.b.pod.yaml" }, Directory.GetFiles(t["bin/manifests"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Execute_SecondRunUnchanged_WritesNothingAndStillReportsTheFiles()
    {
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TwoPods, t["obj/Consumer.dll"]);
        Assert.True(Task(dll, t["bin/manifests"], t["obj/state.txt"]).Task.Execute());
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(t["bin/manifests/a.pod.yaml"], stamp);

        var (task, engine) = Task(dll, t["bin/manifests"], t["obj/state.txt"]);
        Assert.True(task.Execute(), engine.Log);

        Assert.DoesNotContain(engine.Messages, m => m.Message!.StartsWith("ProbeGen: wrote ", StringComparison.Ordinal));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(t["bin/manifests/a.pod.yaml"]));
        Assert.Equal(2, task.Files.Length);
    }

    [Fact]
    public void Execute_AssemblyMissing_LogsPGB001AndFails()
    {
        using var t = new TempDir();
        var (task, engine) = Task(t["obj/Missing.dll"], t["bin/manifests"], t["obj/state.txt"]);
        Assert.False(Run(task));
        var error = Assert.Single(engine.Errors);
        Assert.Equal("PGB001", error.Code);
        Assert.Contains("Missing.dll", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_NotAnAssembly_LogsErrorInsteadOfThrowing()
    {
        using var t = new TempDir();
        string junk = t["junk.dll"];
        File.WriteAllText(junk, "not a PE file");
        var (task, engine) = Task(junk, t["bin/manifests"], t["obj/state.txt"]);
        Assert.False(Run(task));
        Assert.Equal("PGB002", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void Execute_UnsafeFileNameInAssembly_LogsErrorAndWritesNothingOutside()
    {
        string source = TestAssembly.Generated(("../escape.yaml", "kind: Pod\n"));
        using var t = new TempDir();
        string dll = TestAssembly.Compile(source, t["obj/Consumer.dll"]);
        var (task, engine) = Task(dll, t["bin/manifests"], t["obj/state.txt"]);

        Assert.False(Run(task));

        var error = Assert.Single(engine.Errors);
        Assert.Equal("PGB002", error.Code);
        Assert.Contains("../escape.yaml", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(t["bin/escape.yaml"]));
    }

    [Fact]
    public void Execute_OutputDirectoryReadOnly_LogsClearErrorAndReturnsFalse()
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
        var (task, engine) = Task(dll, output, t["obj/state.txt"]);

        Assert.False(Run(task));

        var error = Assert.Single(engine.Errors);
        Assert.Equal("PGB002", error.Code);
        Assert.Contains("could not write the manifests to '" + output + "'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ProbeGenManifestsDir", error.Message, StringComparison.Ordinal);
        Assert.Empty(task.Files);
    }

    [Fact]
    public void Execute_OutputDirectoryBelowARegularFile_LogsClearErrorAndReturnsFalse()
    {
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TwoPods, t["obj/Consumer.dll"]);
        File.WriteAllText(t["a-file"], "");
        var (task, engine) = Task(dll, t["a-file/manifests"], t["obj/state.txt"]);

        Assert.False(Run(task));
        Assert.Equal("PGB002", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void Execute_StateFileNotWritable_LogsErrorAndReturnsFalse()
    {
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TwoPods, t["obj/Consumer.dll"]);
        File.WriteAllText(t["a-file"], "");
        var (task, engine) = Task(dll, t["bin/manifests"], t["a-file/state.txt"]);

        Assert.False(Run(task));
        Assert.Equal("PGB002", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void CleanManifests_RemovesWhatWriteManifestsWrote_AndKeepsTheRest()
    {
        using var t = new TempDir();
        string dll = TestAssembly.Compile(TwoPods, t["obj/Consumer.dll"]);
        Assert.True(Task(dll, t["bin/manifests"], t["obj/state.txt"]).Task.Execute());
        File.WriteAllText(t["bin/manifests/my.yaml"], "kind: ConfigMap\n");

        var engine = new FakeBuildEngine();
        var clean = new CleanManifests { BuildEngine = engine, OutputDirectory = t["bin/manifests"], StateFile = t["obj/state.txt"] };
        Assert.True(clean.Execute(), engine.Log);

        Assert.Equal(new[] { "my.yaml" }, Directory.GetFiles(t["bin/manifests"]).Select(Path.GetFileName));
        Assert.False(File.Exists(t["obj/state.txt"]));
        Assert.Equal(2, engine.Messages.Count(m => m.Message!.StartsWith("ProbeGen: removed ", StringComparison.Ordinal)));
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

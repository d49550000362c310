// Runs the net472 build of ProbeGen.Tasks.dll on Mono (a .NET Framework-compatible runtime) against the same scenarios
// as the task tests: writes, unchanged rebuild, hand-written file (PGB004), folder change (PGB006), long name (PGB008),
// clean. Not part of `dotnet test` (this machine image has no Mono); run-on-mono.sh builds and runs it. C# 7 for mcs.
using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

internal sealed class Engine : IBuildEngine
{
    public readonly List<string> Errors = new List<string>();
    public readonly List<string> Warnings = new List<string>();
    public readonly List<string> Messages = new List<string>();
    public bool ContinueOnError { get { return false; } }
    public int LineNumberOfTaskNode { get { return 0; } }
    public int ColumnNumberOfTaskNode { get { return 0; } }
    public string ProjectFileOfTaskNode { get { return "Consumer.csproj"; } }
    public void LogErrorEvent(BuildErrorEventArgs e) { Errors.Add(e.Code + " " + e.File + " " + e.Message); }
    public void LogWarningEvent(BuildWarningEventArgs e) { Warnings.Add(e.Code + " " + e.Message); }
    public void LogMessageEvent(BuildMessageEventArgs e) { Messages.Add((e.Code ?? "") + " " + e.Message); }
    public void LogCustomEvent(CustomBuildEventArgs e) { }
    public bool BuildProjectFile(string p, string[] t, IDictionary g, IDictionary o) { throw new NotSupportedException(); }
}

internal static class MonoHarness
{
    private static int failures;

    private static void Check(bool condition, string what)
    {
        Console.WriteLine((condition ? "ok    " : "FAIL  ") + what);
        if (!condition) failures++;
    }

    private static ITask Task(string name, Engine engine, string assembly, string output, string state, string project)
    {
        var type = typeof(ProbeGen.Tasks.WriteManifests).Assembly.GetType("ProbeGen.Tasks." + name, true);
        var task = (ITask)Activator.CreateInstance(type);
        task.BuildEngine = engine;
        if (assembly != null) type.GetProperty("Assembly").SetValue(task, assembly, null);
        type.GetProperty("OutputDirectory").SetValue(task, output, null);
        type.GetProperty("StateFile").SetValue(task, state, null);
        type.GetProperty("ProjectDirectory").SetValue(task, project, null);
        return task;
    }

    private static string[] Names(string dir)
    {
        return Directory.Exists(dir) ? Directory.GetFiles(dir).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray() : new string[0];
    }

    public static int Main(string[] args)
    {
        string consumer = args[0], root = args[1];
        string project = Path.Combine(root, "app"), state = Path.Combine(project, "obj", "probegen.manifests.state");
        string deploy = Path.Combine(project, "deploy"), bin = Path.Combine(project, "bin", "manifests");
        Console.WriteLine("runtime: " + Type.GetType("Mono.Runtime") + " " + Environment.Version + "; task: " + typeof(ProbeGen.Tasks.WriteManifests).Assembly.Location);

        var e1 = new Engine();
        Check(Task("WriteManifests", e1, consumer, bin, state, project).Execute(), "first build succeeds " + string.Join("; ", e1.Errors));
        var names = Names(bin);
        Check(names.Length == 2 && names.Contains("web.pod.yaml"), "two files written: " + string.Join(", ", names));
        Check(names.Any(n => n.StartsWith(new string('n', 63) + ".b") && n.Contains("~") && System.Text.Encoding.UTF8.GetByteCount(n) == 255), "the long name is shortened to 255 bytes");
        Check(e1.Messages.Any(m => m.StartsWith("PGB008 ")), "PGB008 says so");
        Check(File.ReadAllText(Path.Combine(bin, "web.pod.yaml")) == "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n", "web.pod.yaml has the YAML from the assembly");
        Check(!Directory.GetFiles(bin, "*.tmp").Any() && !Directory.GetFiles(bin, ".*").Any(), "no temp file left");

        var e2 = new Engine();
        var stamp = File.GetLastWriteTimeUtc(Path.Combine(bin, "web.pod.yaml"));
        Check(Task("WriteManifests", e2, consumer, bin, state, project).Execute() && !e2.Messages.Any(m => m.Contains("wrote")), "an unchanged rebuild writes nothing");
        Check(File.GetLastWriteTimeUtc(Path.Combine(bin, "web.pod.yaml")) == stamp, "web.pod.yaml not rewritten");

        Directory.CreateDirectory(deploy);
        File.WriteAllText(Path.Combine(deploy, "web.pod.yaml"), "# mine\n");
        var e3 = new Engine();
        Check(!Task("WriteManifests", e3, consumer, deploy, state, project).Execute(), "a hand-written file where a manifest goes fails the build");
        Check(e3.Errors.Count == 1 && e3.Errors[0].StartsWith("PGB004 " + Path.Combine(deploy, "web.pod.yaml")), "PGB004 names it: " + string.Join("; ", e3.Errors));
        Check(File.ReadAllText(Path.Combine(deploy, "web.pod.yaml")) == "# mine\n", "the hand-written file is unchanged");
        Check(e3.Messages.Any(m => m.StartsWith("PGB006 ") && m.Contains("'bin/manifests'")), "PGB006: the folder changed, the old one is left");
        Check(Names(bin).Length == 2, "the old folder is left alone");

        var e4 = new Engine();
        Check(Task("CleanManifests", e4, null, deploy, state, project).Execute(), "clean of deploy/ succeeds");
        Check(Names(deploy).SequenceEqual(new[] { "web.pod.yaml" }), "clean keeps the hand-written file: " + string.Join(", ", Names(deploy)));
        var e5 = new Engine();
        Check(Task("CleanManifests", e5, null, bin, state, project).Execute() && Names(bin).Length == 0, "clean of bin/manifests removes ProbeGen's files there");
        Check(!File.Exists(state), "and the state goes when it records nothing");

        Console.WriteLine(failures == 0 ? "all passed on Mono" : failures + " failed on Mono");
        return failures == 0 ? 0 : 1;
    }
}

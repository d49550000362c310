using System.Reflection;
using System.Runtime.Loader;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace ProbeGen.Tasks.Tests;

/// <summary>
/// The two builds of ProbeGen.Tasks.dll the package ships: net8.0 (referenced) and net472 (for MSBuild on .NET
/// Framework). No .NET Framework runtime is on this machine, so the net472 build runs in .NET in an
/// AssemblyLoadContext of its own: its code is the one compiled against the .NET Framework 4.7.2 reference
/// assemblies (the <c>#if NETFRAMEWORK</c> paths included), while MSBuild's own assemblies resolve to the test's, as
/// MSBuild would provide them. The task types derive from the one <see cref="MSBuildTask"/>.
/// </summary>
internal static class TaskBuilds
{
    public const string Net8 = "net8.0";
    public const string Net472 = "net472";

    public static TheoryData<string> All => new() { Net8, Net472 };

    private static readonly Lazy<Assembly> Net472Assembly = new(() =>
    {
        string path = Path.Combine(AppContext.BaseDirectory, "task-net472", "ProbeGen.Tasks.dll");
        if (!File.Exists(path)) throw new InvalidOperationException("the net472 build of the task was not copied to " + path + " (see the test project's CopyNet472TaskBuild)");
        return new AssemblyLoadContext("ProbeGen.Tasks net472").LoadFromAssemblyPath(path);
    });

    public static Assembly Load(string build) => build switch
    {
        Net8 => typeof(WriteManifests).Assembly,
        Net472 => Net472Assembly.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(build), build, null),
    };

    /// <summary>A new task of that build (<c>WriteManifests</c> or <c>CleanManifests</c>) with its properties set.</summary>
    public static MSBuildTask Create(string build, string taskName, FakeBuildEngine engine, params (string Property, string Value)[] properties)
    {
        var type = Load(build).GetType("ProbeGen.Tasks." + taskName, throwOnError: true)!;
        var task = (MSBuildTask)Activator.CreateInstance(type)!;
        task.BuildEngine = engine;
        foreach (var (property, value) in properties) type.GetProperty(property)!.SetValue(task, value);
        return task;
    }

    /// <summary>The task's <c>Files</c> output.</summary>
    public static string[] Files(MSBuildTask task) =>
        ((Microsoft.Build.Framework.ITaskItem[])task.GetType().GetProperty("Files")!.GetValue(task)!).Select(i => i.ItemSpec).ToArray();
}

using System.Reflection;
using System.Runtime.Versioning;

namespace ProbeGen.Tasks.Tests;

/// <summary>The two task builds are what they claim: the tests that run "net472" really run the .NET Framework build.</summary>
public class TaskBuildsTests
{
    [Theory]
    [InlineData(TaskBuilds.Net8, ".NETCoreApp,Version=v8.0")]
    [InlineData(TaskBuilds.Net472, ".NETFramework,Version=v4.7.2")]
    public void Load_EachBuild_TargetsItsFramework(string build, string framework)
    {
        var assembly = TaskBuilds.Load(build);
        Assert.Equal(framework, assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);
        Assert.NotNull(assembly.GetType("ProbeGen.Tasks.WriteManifests"));
        Assert.NotNull(assembly.GetType("ProbeGen.Tasks.CleanManifests"));
    }

    [Fact]
    public void Net472Build_ReferencesOnlyTheFrameworkMSBuildAndSystemReflectionMetadata()
    {
        var references = TaskBuilds.Load(TaskBuilds.Net472).GetReferencedAssemblies().Select(r => r.Name + " " + r.Version).Order(StringComparer.Ordinal).ToArray();
        var allowed = new[] { "mscorlib", "System", "System.Core", "Microsoft.Build.Framework", "Microsoft.Build.Utilities.Core", "System.Reflection.Metadata", "System.Collections.Immutable", "netstandard" };
        Assert.All(references, r => Assert.Contains(r.Split(' ')[0], allowed));
        Assert.Contains("mscorlib 4.0.0.0", references);
        // not newer than the System.Reflection.Metadata that Visual Studio 17.14's MSBuild binds to
        Assert.Contains("System.Reflection.Metadata 8.0.0.0", references);
    }

    [Fact]
    public void Net472Build_RunsInItsOwnLoadContext_NotAsTheNet8Build()
    {
        var net472 = TaskBuilds.Load(TaskBuilds.Net472);
        Assert.NotSame(typeof(WriteManifests).Assembly, net472);
        Assert.NotEqual(typeof(WriteManifests).Assembly.Location, net472.Location);
        Assert.Same(typeof(Microsoft.Build.Utilities.Task), net472.GetType("ProbeGen.Tasks.WriteManifests")!.BaseType);
    }
}

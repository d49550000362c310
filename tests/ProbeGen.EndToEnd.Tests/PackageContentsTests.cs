using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace ProbeGen.EndToEnd.Tests;

/// <summary>
/// The packed .nupkg carries the task for MSBuild on .NET and on .NET Framework (Visual Studio, msbuild.exe), and
/// its targets choose between them by MSBuildRuntimeType.
/// </summary>
[Collection(PackageCollection.Name)]
public class PackageContentsTests
{
    private readonly PackageFixture _fixture;

    public PackageContentsTests(PackageFixture fixture) => _fixture = fixture;

    private string Nupkg => Path.Combine(_fixture.Feed, "ProbeGen." + _fixture.Version + ".nupkg");

    /// <summary>The package unzipped once into a folder of its own.</summary>
    private string Extracted()
    {
        string dir = Path.Combine(_fixture.Root, "nupkg-" + Guid.NewGuid().ToString("N"));
        ZipFile.ExtractToDirectory(Nupkg, dir);
        return dir;
    }

    [Fact]
    public void Package_HasBothTaskBuilds_AndSystemReflectionMetadataBesideTheNet472One()
    {
        using var zip = ZipFile.OpenRead(Nupkg);
        var dlls = zip.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".dll", StringComparison.Ordinal) && !n.StartsWith("analyzers/", StringComparison.Ordinal) && !n.StartsWith("lib/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(new[] { "tasks/net472/ProbeGen.Tasks.dll", "tasks/net472/System.Reflection.Metadata.dll", "tasks/net8.0/ProbeGen.Tasks.dll" }, dlls);

        string dir = Extracted();
        Assert.Contains("mscorlib", References(Path.Combine(dir, "tasks", "net472", "ProbeGen.Tasks.dll")));
        Assert.Contains("System.Reflection.Metadata 8.0.0.0", References(Path.Combine(dir, "tasks", "net472", "ProbeGen.Tasks.dll")));
        Assert.Contains("System.Runtime", References(Path.Combine(dir, "tasks", "net8.0", "ProbeGen.Tasks.dll")));
        Assert.DoesNotContain("mscorlib", References(Path.Combine(dir, "tasks", "net8.0", "ProbeGen.Tasks.dll")));
        var srm = System.Reflection.AssemblyName.GetAssemblyName(Path.Combine(dir, "tasks", "net472", "System.Reflection.Metadata.dll"));
        Assert.Equal(new Version(8, 0, 0, 0), srm.Version);
        Assert.Contains("mscorlib", References(Path.Combine(dir, "tasks", "net472", "System.Reflection.Metadata.dll"))); // its .NET Framework build
    }

    [Fact]
    public void Targets_ChooseTheTaskBuildByMSBuildRuntimeType_AndBothPathsExistInThePackage()
    {
        string dir = Extracted();
        string targets = Path.Combine(dir, "build", "ProbeGen.targets");
        var xml = XDocument.Load(targets);
        Assert.All(xml.Descendants().Where(e => e.Name.LocalName == "UsingTask"), u => Assert.Equal("$(ProbeGenTasksAssembly)", (string?)u.Attribute("AssemblyFile")));

        // MSBuildRuntimeType is reserved (it cannot be set on a command line): evaluate the same targets with it renamed
        string probe = Path.Combine(dir, "build", "RuntimeTypeProbe.targets");
        File.WriteAllText(probe, File.ReadAllText(targets).Replace("$(MSBuildRuntimeType)", "$(ProbeRuntimeType)", StringComparison.Ordinal));
        Assert.NotEqual(File.ReadAllText(targets), File.ReadAllText(probe));
        string project = Path.Combine(dir, "probe.proj");
        File.WriteAllText(project, "<Project><Import Project=\"build/RuntimeTypeProbe.targets\" /></Project>\n");

        string Evaluate(string runtimeType)
        {
            var result = DotNet.Run(dir, _fixture.Environment, "msbuild", project, "-getProperty:ProbeGenTasksAssembly", "-p:ProbeRuntimeType=" + runtimeType, "-nologo");
            Assert.True(result.Succeeded, result.Describe());
            return result.StandardOutput.Trim();
        }

        Assert.Equal(Path.Combine(dir, "tasks", "net472", "ProbeGen.Tasks.dll"), Evaluate("Full"));
        Assert.Equal(Path.Combine(dir, "tasks", "net8.0", "ProbeGen.Tasks.dll"), Evaluate("Core"));
        Assert.True(File.Exists(Evaluate("Full")));
        Assert.True(File.Exists(Evaluate("Core")));
    }

    [Fact]
    public void ConsumerBuild_OnTheDotnetCli_LoadsTheNet8Task_AndThePackedNet472TaskWritesTheSameFiles()
    {
        var consumer = new Consumer(_fixture, "task-builds", Consumer.Project(_fixture), ("LivenessExec.cs", Seed.LivenessExec));
        consumer.Succeed("restore");
        var property = DotNet.Run(consumer.Directory, _fixture.Environment, "msbuild", consumer.Name + ".csproj", "-getProperty:ProbeGenTasksAssembly", "-nologo");
        Assert.True(property.Succeeded, property.Describe());
        string net8 = property.StandardOutput.Trim();
        Assert.EndsWith(Path.Combine("tasks", "net8.0", "ProbeGen.Tasks.dll"), net8, StringComparison.Ordinal);
        Assert.True(File.Exists(net8), net8);

        consumer.Build();
        byte[] byNet8 = File.ReadAllBytes(Path.Combine(consumer.ManifestsDir(), Seed.FileName));
        consumer.Succeed("clean");
        Assert.Empty(Consumer.FilesIn(consumer.ManifestsDir()));

        // The net472 build from the same package, run by this (.NET) MSBuild: the code Visual Studio's MSBuild runs.
        string net472 = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(net8)!)!, "net472", "ProbeGen.Tasks.dll");
        var build = consumer.Build("-p:ProbeGenTasksAssembly=" + net472);
        Assert.Contains("ProbeGen: wrote", build.Output, StringComparison.Ordinal);
        Assert.Equal(byNet8, File.ReadAllBytes(Path.Combine(consumer.ManifestsDir(), Seed.FileName)));
        consumer.Succeed("clean", "-p:ProbeGenTasksAssembly=" + net472);
        Assert.Empty(Consumer.FilesIn(consumer.ManifestsDir()));
    }

    /// <summary>"Name Version" of each assembly an assembly references (read from metadata, nothing loaded).</summary>
    private static string[] References(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var md = pe.GetMetadataReader();
        return md.AssemblyReferences.Select(h => md.GetAssemblyReference(h)).SelectMany(r => new[] { md.GetString(r.Name), md.GetString(r.Name) + " " + r.Version }).ToArray();
    }
}

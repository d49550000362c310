using System.Security.Cryptography;
using System.Xml.Linq;
using ProbeGen.Tests;

namespace ProbeGen.EndToEnd.Tests;

/// <summary>All end-to-end tests share one packed package (and run one after the other: builds are CPU-bound).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "ProbeGen package";
}

/// <summary>
/// Packs ProbeGen once, with a version no earlier run used, into a temp feed; consumers restore it through a nuget.config
/// that adds that feed to the configured sources and with NUGET_PACKAGES in the same temp folder, so neither a stale
/// package cache nor the user's global cache is involved. PROBEGEN_E2E_KEEP=1 keeps the folder for inspection.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "probegen-e2e-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant());
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);
        Version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "." + RandomNumberGenerator.GetInt32(1_000_000);
        KubernetesClientVersion = CentralVersion("KubernetesClient");
        WriteIsolation();

        // The repository is shared with the other test projects, which may still be building (in Debug or Release) while
        // this runs. So: restore without any version property (a no-op after the solution's restore), then pack with
        // --no-restore, PackageVersion rather than Version (the package gets the unique version; src/'s project.assets.json
        // files are not rewritten and the assemblies do not change, so they are not recompiled on every run), and a
        // configuration of its own, optimised like Release, so its bin/ and obj/ folders are never written by another build.
        string project = Path.Combine(RepoPaths.Root, "src", "Abstractions", "ProbeGen.Abstractions.csproj");
        var restore = DotNet.Run(RepoPaths.Root, new Dictionary<string, string?>(), "restore", project, "-tl:off", "-nologo", "--disable-build-servers");
        if (!restore.Succeeded) throw new InvalidOperationException("Restoring ProbeGen's projects failed. " + restore.Describe());
        Pack = DotNet.Run(RepoPaths.Root, new Dictionary<string, string?>(),
            "pack", project, "--no-restore", "-o", Feed, "-c", PackConfiguration, "-p:Optimize=true", "-p:PackageVersion=" + Version,
            "-tl:off", "-nologo", "--disable-build-servers");
        if (!Pack.Succeeded) throw new InvalidOperationException("Packing ProbeGen failed. " + Pack.Describe());
        string nupkg = Path.Combine(Feed, "ProbeGen." + Version + ".nupkg");
        if (!File.Exists(nupkg)) throw new InvalidOperationException("dotnet pack did not produce " + nupkg + ". " + Pack.Describe());
    }

    /// <summary>The configuration the package is built in: src/*/bin/EndToEnd, apart from every other build's output.</summary>
    public const string PackConfiguration = "EndToEnd";

    /// <summary>The temp folder of this run: feed/, packages/, and one folder per consumer.</summary>
    public string Root { get; }

    public string Feed { get; }

    /// <summary>NUGET_PACKAGES of the consumers' builds.</summary>
    public string Packages { get; }

    /// <summary>The version of the ProbeGen package under test.</summary>
    public string Version { get; }

    public string KubernetesClientVersion { get; }

    internal ProcessResult Pack { get; }

    /// <summary>The environment of every consumer build.</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Packages };

    private int _consumers;

    /// <summary>A new, empty consumer folder under <see cref="Root"/>.</summary>
    public string NewConsumerDirectory(string name)
    {
        string dir = Path.Combine(Root, Interlocked.Increment(ref _consumers).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "-" + name);
        Directory.CreateDirectory(dir);
        return dir;
    }

    public void Dispose()
    {
        if (System.Environment.GetEnvironmentVariable("PROBEGEN_E2E_KEEP") == "1") return;
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// The consumers must see only what a user's machine has: empty Directory.Build.* files stop MSBuild from importing
    /// anything above the temp folder, and nuget.config adds the temp feed (keeping the configured sources). The user's
    /// global package folder is a read-only fallback, so other packages are not downloaded again and it is never written.
    /// </summary>
    private void WriteIsolation()
    {
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            File.WriteAllText(Path.Combine(Root, name), "<Project />\n");

        var config = new XElement("configuration",
            new XElement("packageSources", new XElement("add", new XAttribute("key", "probegen-e2e"), new XAttribute("value", Feed))));
        string? global = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } env
            ? env
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        if (Directory.Exists(global))
            config.Add(new XElement("fallbackPackageFolders", new XElement("add", new XAttribute("key", "global-read-only"), new XAttribute("value", global))));
        new XDocument(config).Save(Path.Combine(Root, "nuget.config"));
    }

    private static string CentralVersion(string package)
    {
        var props = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Packages.props"));
        return props.Descendants("PackageVersion").FirstOrDefault(e => (string?)e.Attribute("Include") == package)?.Attribute("Version")?.Value
            ?? throw new InvalidOperationException(package + " has no PackageVersion in Directory.Packages.props");
    }
}

namespace ProbeGen.EndToEnd.Tests;

/// <summary>A user's project in a temp folder that references the packed ProbeGen package, built with the real SDK.</summary>
internal sealed class Consumer
{
    private readonly PackageFixture _fixture;

    public Consumer(PackageFixture fixture, string name, string projectBody, params (string Path, string Text)[] files)
    {
        _fixture = fixture;
        Name = name;
        Directory = fixture.NewConsumerDirectory(name);
        Write(name + ".csproj", projectBody);
        foreach (var (path, text) in files) Write(path, text);
    }

    public string Name { get; }

    public string Directory { get; }

    /// <summary>A project file: the SDK, <paramref name="properties"/>, ProbeGen and any other package references.</summary>
    public static string Project(PackageFixture fixture, string properties = "<TargetFramework>net10.0</TargetFramework>", string references = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            {properties}
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="ProbeGen" Version="{fixture.Version}" />
            {references}
          </ItemGroup>
        </Project>
        """;

    public string PathOf(string relative) => System.IO.Path.Combine(Directory, relative);

    public void Write(string relative, string text)
    {
        string path = PathOf(relative);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>The default manifests folder, <c>bin/&lt;configuration&gt;/&lt;tfm&gt;/manifests</c>.</summary>
    public string ManifestsDir(string configuration = "Debug", string tfm = "net10.0") => PathOf(System.IO.Path.Combine("bin", configuration, tfm, "manifests"));

    /// <summary>Runs <c>dotnet &lt;verb&gt;</c> on the project; console logger at minimal verbosity (ProbeGen's "wrote" lines are high importance).</summary>
    public ProcessResult Dotnet(string verb, params string[] arguments) =>
        DotNet.Run(Directory, _fixture.Environment,
            new[] { verb, Name + ".csproj" }.Concat(arguments).Concat(new[] { "-tl:off", "-v:m", "-nologo", "--disable-build-servers" }).ToArray());

    /// <summary>Runs a verb that must succeed; on failure the assertion carries the whole output.</summary>
    public ProcessResult Succeed(string verb, params string[] arguments)
    {
        var result = Dotnet(verb, arguments);
        Assert.True(result.Succeeded, result.Describe());
        return result;
    }

    public ProcessResult Build(params string[] arguments) => Succeed("build", arguments);

    /// <summary>The files of a folder by name (empty when the folder does not exist).</summary>
    public static string[] FilesIn(string dir) =>
        System.IO.Directory.Exists(dir)
            ? System.IO.Directory.GetFiles(dir).Select(f => System.IO.Path.GetFileName(f)!).OrderBy(f => f, StringComparer.Ordinal).ToArray()
            : Array.Empty<string>();

    /// <summary>Every YAML file below a folder, relative to it.</summary>
    public static string[] YamlBelow(string dir) =>
        System.IO.Directory.Exists(dir)
            ? System.IO.Directory.GetFiles(dir, "*.yaml", SearchOption.AllDirectories).Select(f => System.IO.Path.GetRelativePath(dir, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal).ToArray()
            : Array.Empty<string>();
}

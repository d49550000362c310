using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProbeGen.Bench;

/// <summary>
/// dotnet run --project bench/ProjectGenerator -c Release -- --count 1000 --out bench/out/w1000 [--seed N] [--mix clean|diagnostics] [--src-configuration Release]
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        int count = 1000, seed = WorkloadFactory.DefaultSeed;
        string? outDir = null, repo = null;
        string srcConfiguration = "Release";
        var mix = WorkloadMix.Clean;
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException("missing value after " + args[i]);
            switch (args[i])
            {
                case "--count": count = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--out": outDir = Next(); break;
                case "--repo": repo = Next(); break;
                case "--src-configuration": srcConfiguration = Next(); break;
                case "--mix": mix = Next() switch { "clean" => WorkloadMix.Clean, "diagnostics" => WorkloadMix.Diagnostics, var m => throw new ArgumentException("--mix clean|diagnostics, not " + m) }; break;
                default:
                    Console.Error.WriteLine("usage: ProjectGenerator --count N --out DIR [--seed N] [--repo DIR] [--mix clean|diagnostics] [--src-configuration Release|Debug]");
                    return 2;
            }
        }
        repo ??= BenchProject.FindRepo(AppContext.BaseDirectory) ?? BenchProject.FindRepo(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException("cannot find the repository (ProbeGen.sln); pass --repo");
        outDir ??= Path.Combine(repo, "bench", "out", "w" + count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var written = BenchProject.Write(Path.GetFullPath(outDir), Path.GetFullPath(repo), count, seed, srcConfiguration, mix);
        Console.WriteLine($"{count} workloads (seed {seed}, {mix}) -> {written.Root}");
        foreach (var (id, n) in WorkloadFactory.ExpectedDiagnostics(written.Workloads)) Console.WriteLine($"  expected {id}: {n}");
        Console.WriteLine($"  workloads with at least one diagnostic: {written.Workloads.Count(w => WorkloadFactory.ExpectedDiagnostics(w).Count > 0)}, with a warning: {written.Workloads.Count(w => WorkloadFactory.ExpectedDiagnostics(w).Contains("PG3002"))}");
        foreach (var v in written.Variants) Console.WriteLine("  " + v);
        return 0;
    }
}

/// <summary>
/// The generated project: shared sources in src/, one folder per variant with its own project file (so each keeps its
/// own obj/ and restore state), workloads.json for cdk8s, and edit-target.txt naming the file the comparison edits.
/// Variants reference ProbeGen the way its NuGet package does (assemblies, not ProjectReferences), so a build of a
/// variant checks no other project and the difference to the baseline is only what the package adds.
/// </summary>
public static class BenchProject
{
    public sealed record Result(string Root, IReadOnlyList<string> Variants, string EditTarget, IReadOnlyList<Workload> Workloads);

    // The assemblies the package puts in analyzers/dotnet/cs (declared before Variants, which uses it).
    private static readonly string[] PackageAnalyzers = { "Core", "Generator", "Analyzers", "CodeFixes" };

    /// <summary>name → (analyzer assemblies, manifest task, KubernetesClient, in-repo ProjectReference wiring).</summary>
    public static readonly IReadOnlyDictionary<string, (string[] Analyzers, bool Task, bool Kubernetes, bool InRepo)> Variants =
        new Dictionary<string, (string[], bool, bool, bool)>
        {
            // No generator, no analyzers, no task: the attributes only.
            ["baseline"] = (Array.Empty<string>(), false, false, false),
            // What the package adds: analyzers/dotnet/cs/*.dll and build/ProbeGen.props|targets with the task.
            ["probegen"] = (PackageAnalyzers, true, false, false),
            // The generator (+ task) without the analyzers: probegen minus this is what the analyzers cost. (The
            // analyzers cannot run without ProbeGen.Generator.dll, which holds the parser they share, so there is no
            // analyzers-only variant; the compiler's -p:ReportAnalyzer=true times each one inside a build.)
            ["probegen-gen"] = (new[] { "Core", "Generator" }, true, false, false),
            // With KubernetesClient referenced: typed CreateManifest() factories.
            ["baseline-k8s"] = (Array.Empty<string>(), false, true, false),
            ["probegen-k8s"] = (PackageAnalyzers, true, true, false),
            // The repository's own wiring (eng/ProbeGen.InRepo.*, as samples/ use it): ProjectReferences to src/.
            ["probegen-inrepo"] = (Array.Empty<string>(), false, false, true),
        };

    public static string? FindRepo(string start)
    {
        for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "ProbeGen.sln"))) return d.FullName;
        return null;
    }

    public static Result Write(string root, string repo, int count, int seed, string srcConfiguration, WorkloadMix mix = WorkloadMix.Clean)
    {
        var workloads = WorkloadFactory.Create(count, seed, mix);
        string src = Path.Combine(root, "src");
        if (Directory.Exists(src)) Directory.Delete(src, recursive: true);
        Directory.CreateDirectory(src);
        string? editTarget = null;
        for (int i = 0; i < workloads.Count; i++)
        {
            var w = workloads[i];
            string dir = Path.Combine(src, w.CSharpNamespace.Substring("Bench.".Length));
            Directory.CreateDirectory(dir);
            string file = Path.Combine(dir, w.ClassName + ".cs");
            File.WriteAllText(file, CSharpWriter.Write(w, withEditMarker: i == 0));
            if (i == 0) editTarget = file;
        }
        File.WriteAllText(Path.Combine(root, "edit-target.txt"), editTarget + "\n");
        File.WriteAllText(Path.Combine(root, "workloads.json"), JsonSerializer.Serialize(workloads, JsonOptions));

        // Isolate the generated projects from the repository's Directory.Build.props and central package versions:
        // they are built like a user's project.
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project>\n  <!-- Isolated from the repository's build settings: a user's project. -->\n</Project>\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project />\n");

        string repoDir = repo.TrimEnd('/', '\\') + "/";
        foreach (var (name, v) in Variants)
        {
            string dir = Path.Combine(root, name);
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "Bench.Workloads.csproj"), ProjectFile(repoDir, srcConfiguration, v.Analyzers, v.Task, v.Kubernetes, v.InRepo));
        }
        return new Result(root, Variants.Keys.ToArray(), editTarget!, workloads);
    }

    private static string ProjectFile(string repo, string configuration, string[] analyzers, bool task, bool kubernetes, bool inRepo)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("<Project>\n");
        sb.Append("  <!-- Generated by bench/ProjectGenerator. -->\n");
        sb.Append("  <Import Project=\"Sdk.props\" Sdk=\"Microsoft.NET.Sdk\" />\n");
        if (inRepo)
        {
            sb.Append("  <PropertyGroup><RepoRoot>").Append(repo).Append("</RepoRoot></PropertyGroup>\n");
            sb.Append("  <Import Project=\"").Append(repo).Append("eng/ProbeGen.InRepo.props\" />\n");
        }
        else if (task)
        {
            // As NuGet imports the package's build/ProbeGen.props (early) and build/ProbeGen.targets (late).
            sb.Append("  <Import Project=\"").Append(repo).Append("src/Abstractions/build/ProbeGen.props\" />\n");
        }
        sb.Append("  <PropertyGroup>\n");
        sb.Append("    <TargetFramework>net10.0</TargetFramework>\n");
        sb.Append("    <Nullable>enable</Nullable>\n");
        sb.Append("    <AssemblyName>Bench.Workloads</AssemblyName>\n");
        sb.Append("    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>\n");
        sb.Append("    <IsPackable>false</IsPackable>\n");
        sb.Append("  </PropertyGroup>\n");
        sb.Append("  <ItemGroup>\n");
        sb.Append("    <Compile Include=\"../src/**/*.cs\" />\n");
        if (!inRepo)
        {
            sb.Append("    <Reference Include=\"ProbeGen\" HintPath=\"").Append(repo).Append("src/Abstractions/bin/").Append(configuration).Append("/netstandard2.0/ProbeGen.dll\" />\n");
            foreach (var a in analyzers)
                sb.Append("    <Analyzer Include=\"").Append(repo).Append("src/").Append(a).Append("/bin/").Append(configuration).Append("/netstandard2.0/ProbeGen.").Append(a).Append(".dll\" />\n");
        }
        if (kubernetes) sb.Append("    <PackageReference Include=\"KubernetesClient\" Version=\"21.0.8\" />\n");
        sb.Append("  </ItemGroup>\n");
        if (task && !inRepo)
        {
            sb.Append("  <PropertyGroup>\n");
            sb.Append("    <ProbeGenTasksAssembly>").Append(repo).Append("src/Tasks/bin/").Append(configuration).Append("/net8.0/ProbeGen.Tasks.dll</ProbeGenTasksAssembly>\n");
            sb.Append("  </PropertyGroup>\n");
        }
        sb.Append("  <Import Project=\"Sdk.targets\" Sdk=\"Microsoft.NET.Sdk\" />\n");
        if (inRepo) sb.Append("  <Import Project=\"").Append(repo).Append("eng/ProbeGen.InRepo.targets\" />\n");
        else if (task) sb.Append("  <Import Project=\"").Append(repo).Append("src/Abstractions/build/ProbeGen.targets\" />\n");
        sb.Append("</Project>\n");
        return sb.ToString();
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };
}

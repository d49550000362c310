extern alias generator;

using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;
using BenchProject = generator::ProbeGen.Bench.BenchProject;

namespace ProbeGen.Bench.Tests;

public class BenchSmokeTests
{
    private readonly ITestOutputHelper _output;

    public BenchSmokeTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_benchmark_body_runs_once_on_20_workloads()
    {
        // Smoke.Run throws if a body does not do its work (a generated file per workload, no ProbeGen warning, an emit).
        foreach (var line in Smoke.Run(20)) _output.WriteLine(line);
    }

    [Fact]
    public void The_project_generator_writes_every_variant_and_the_cdk8s_description()
    {
        string root = Path.Combine(Path.GetTempPath(), "probegen-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            string repo = RepoRoot();
            var result = BenchProject.Write(root, repo, 20, 7, Configuration);
            Assert.Equal(BenchProject.Variants.Keys, result.Variants);
            Assert.Equal(20, Directory.GetFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories).Length);
            Assert.Contains("public static int Revision() => 0;", File.ReadAllText(result.EditTarget), StringComparison.Ordinal);
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "workloads.json")));
            Assert.Equal(20, json.RootElement.GetArrayLength());
            foreach (var v in result.Variants)
            {
                string project = File.ReadAllText(Path.Combine(root, v, "Bench.Workloads.csproj"));
                // Every assembly a variant names must exist: catches a rename in src/ that would break the comparison.
                foreach (var path in System.Text.RegularExpressions.Regex.Matches(project, "(?<=\")/[^\"]+\\.(dll|props|targets)(?=\")").Select(m => m.Value))
                    Assert.True(File.Exists(path), v + " names a missing file: " + path);
            }
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_generated_probegen_project_builds_and_writes_one_manifest_per_workload()
    {
        string root = Path.Combine(Path.GetTempPath(), "probegen-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            BenchProject.Write(root, RepoRoot(), 20, 7, Configuration);
            var (code, log) = Dotnet(Path.Combine(root, "probegen"), "build", "-nologo", "-v:m", "-p:UseSharedCompilation=false");
            _output.WriteLine(log);
            Assert.True(code == 0, "dotnet build failed:\n" + log);
            Assert.DoesNotContain("warning PG", log, StringComparison.Ordinal);
            var manifests = Directory.GetFiles(Path.Combine(root, "probegen", "bin", "Debug", "net10.0", "manifests"), "*.yaml");
            Assert.Equal(20, manifests.Length);
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_generated_diagnostics_heavy_project_builds_with_its_expected_diagnostics_and_every_manifest()
    {
        string root = Path.Combine(Path.GetTempPath(), "probegen-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = BenchProject.Write(root, RepoRoot(), 40, 7, Configuration, generator::ProbeGen.Bench.WorkloadMix.Diagnostics);
            // The mix must stay diagnostics-heavy (each rule, a warning, most workloads), whatever the seed gives.
            generator::ProbeGen.Bench.WorkloadFactory.CheckDiagnosticsHeavy(result.Workloads);
            string sarif = Path.Combine(root, "diagnostics.sarif");
            var (code, log) = Dotnet(Path.Combine(root, "probegen"), "build", "-nologo", "-v:m", "-p:UseSharedCompilation=false", "-p:ErrorLog=" + sarif);
            _output.WriteLine(log);
            Assert.True(code == 0, "dotnet build failed:\n" + log);
            Assert.DoesNotContain(": error ", log, StringComparison.Ordinal);

            // What the build reported (SARIF keeps info diagnostics, which the console log does not show), by ID.
            using var json = JsonDocument.Parse(File.ReadAllText(sarif));
            var reported = json.RootElement.GetProperty("runs").EnumerateArray()
                .SelectMany(run => run.GetProperty("results").EnumerateArray())
                .Select(r => r.GetProperty("ruleId").GetString()!)
                .Where(id => id.StartsWith("PG", StringComparison.Ordinal))
                .GroupBy(id => id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var expected = generator::ProbeGen.Bench.WorkloadFactory.ExpectedDiagnostics(result.Workloads);
            Assert.Equal(expected.OrderBy(kv => kv.Key, StringComparer.Ordinal), reported.OrderBy(kv => kv.Key, StringComparer.Ordinal));

            var manifests = Directory.GetFiles(Path.Combine(root, "probegen", "bin", "Debug", "net10.0", "manifests"), "*.yaml");
            Assert.Equal(40, manifests.Length);
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    // The src/ assemblies this test project was built with (Debug under `dotnet test`).
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static string RepoRoot() =>
        generator::ProbeGen.Bench.BenchProject.FindRepo(AppContext.BaseDirectory) ?? throw new InvalidOperationException("repository not found");

    private static (int Code, string Log) Dotnet(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        // Do not inherit the outer build's MSBuild (dotnet test runs inside one).
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "MSBUILDNOINPROCNODE" })
            psi.Environment.Remove(name);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(300_000)) { p.Kill(entireProcessTree: true); return (-1, "timed out\n" + stdout.Result + stderr.Result); }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}

using System.Diagnostics;
using System.Text;

namespace ProbeGen.EndToEnd.Tests;

/// <summary>The outcome of one child process: exit code and everything it printed (stdout and stderr, interleaved).</summary>
internal sealed record ProcessResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output, string StandardOutput, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>What an assertion message needs to diagnose a failed build: the command, where, and the whole output.</summary>
    public string Describe() =>
        $"`{CommandLine}` in {WorkingDirectory} exited with {ExitCode} after {Elapsed.TotalSeconds:0.0} s. Whole output:\n{Output}";
}

/// <summary>Runs the .NET SDK as a child process with a clean, predictable environment.</summary>
internal static class DotNet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>The dotnet host that runs these tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    public static string Executable { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static ProcessResult Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        RunProcess(Executable, workingDirectory, environment, arguments);

    public static ProcessResult RunProcess(string fileName, string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        Sanitize(psi.Environment);
        foreach (var (key, value) in environment)
        {
            if (value is null) psi.Environment.Remove(key);
            else psi.Environment[key] = value;
        }

        string commandLine = Path.GetFileName(fileName) + " " + string.Join(" ", arguments);
        var output = new StringBuilder();
        var stdout = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.Append(e.Data).Append('\n');
            lock (stdout) stdout.Append(e.Data).Append('\n');
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.Append(e.Data).Append('\n');
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"`{commandLine}` in {workingDirectory} did not finish within {Timeout.TotalMinutes} minutes. Output so far:\n{output}");
        }
        process.WaitForExit(); // drains the asynchronous readers
        lock (output) return new ProcessResult(commandLine, workingDirectory, process.ExitCode, output.ToString(), stdout.ToString(), watch.Elapsed);
    }

    /// <summary>
    /// The test host runs inside an SDK process tree: MSBuild's own variables (and properties that MSBuild would read from
    /// the environment) must not leak into the consumer's build. Build servers and node reuse stay off so no process
    /// outlives its build.
    /// </summary>
    private static void Sanitize(IDictionary<string, string?> env)
    {
        foreach (var key in env.Keys.ToList())
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase)
                || LeakingProperties.Contains(key))
            {
                env.Remove(key);
            }
        }
        env["MSBUILDDISABLENODEREUSE"] = "1";
        env["UseSharedCompilation"] = "false";
        env["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        env["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        env["DOTNET_NOLOGO"] = "1";
        env["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        env["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "true";
        env["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false";
    }

    private static readonly HashSet<string> LeakingProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "Configuration", "Platform", "TargetFramework", "TargetFrameworks", "RuntimeIdentifier", "OutDir", "OutputPath",
        "BaseOutputPath", "BaseIntermediateOutputPath", "IntermediateOutputPath", "NuGetPackageRoot", "RestoreSources",
    };
}

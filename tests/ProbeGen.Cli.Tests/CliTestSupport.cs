using System.Text.RegularExpressions;
using ProbeGen.Cli;
using YamlDotNet.RepresentationModel;

namespace ProbeGen.Cli.Tests;

/// <summary>One run of the tool, in-process: exit code, standard output and standard error.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public IReadOnlyList<LintLine> Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(LintLine.Parse).ToArray();

    public override string ToString() => "exit " + ExitCode + "\n--- stdout\n" + Out + "--- stderr\n" + Error;
}

/// <summary><c>file:line:col: severity PGxxxx: message</c>.</summary>
public sealed record LintLine(string File, int Line, int Column, string Severity, string Id, string Message)
{
    private static readonly Regex Format = new(@"^(?<file>.+?):(?<line>\d+):(?<col>\d+): (?<sev>error|warning|info) (?<id>PG\d{4}): (?<msg>.*)$");

    public static LintLine Parse(string line)
    {
        var m = Format.Match(line);
        if (!m.Success) throw new InvalidOperationException("not a lint line: " + line);
        return new LintLine(m.Groups["file"].Value, int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["col"].Value), m.Groups["sev"].Value, m.Groups["id"].Value, m.Groups["msg"].Value);
    }
}

internal static class Cli
{
    /// <summary>Runs <c>probegen args…</c> in <paramref name="workingDirectory"/> with <paramref name="stdin"/> as standard input.</summary>
    public static CliRun Run(string workingDirectory, string? stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int code = CliApp.Run(args, new CliContext(new StringReader(stdin ?? ""), output, error, workingDirectory));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

/// <summary>A temporary folder, removed afterwards; it holds a <c>root = true</c> .editorconfig so that none above it applies.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "probegen-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        File.WriteAllText(System.IO.Path.Combine(Path, ".editorconfig"), "root = true\n");
    }

    public string Path { get; }

    public string Write(string relative, string text)
    {
        string full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.Replace("\r\n", "\n"));
        return full;
    }

    public string Read(string relative) => File.ReadAllText(System.IO.Path.Combine(Path, relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>
/// Where a Kubernetes field path sits in a YAML document, found with YamlDotNet's representation model — independently
/// of the front-end under test. Fields: the key's line to the value's last line; list items and map entries alike.
/// </summary>
internal static class YamlNodeLines
{
    public readonly record struct Span(int Start, int End, bool Complete, string Found);

    public static Span Find(string yaml, string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        YamlNode node = stream.Documents[0].RootNode;
        var span = new Span((int)node.Start.Line, (int)node.End.Line, true, "");
        string found = "";
        foreach (var (segment, isIndex) in Segments(path))
        {
            if (isIndex && node is YamlSequenceNode seq && int.TryParse(segment, out int i) && i < seq.Children.Count)
            {
                node = seq.Children[i];
                found += "[" + segment + "]";
                span = new Span((int)node.Start.Line, (int)node.End.Line, true, found);
                continue;
            }
            if (node is YamlMappingNode map && map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode k && k.Value == segment) is { Key: not null } entry)
            {
                node = entry.Value;
                found += isIndex ? "[" + segment + "]" : (found.Length == 0 ? "" : ".") + segment;
                span = new Span((int)entry.Key.Start.Line, (int)entry.Value.End.Line, true, found);
                continue;
            }
            return span with { Complete = false };
        }
        return span;
    }

    /// <summary><c>a.b[0].c[app.kubernetes.io/name]</c> → a, b, [0], c, [app.kubernetes.io/name].</summary>
    private static IEnumerable<(string Segment, bool IsIndex)> Segments(string path)
    {
        int i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
                continue;
            }
            if (path[i] == '[')
            {
                int close = path.IndexOf(']', i);
                yield return (path.Substring(i + 1, close - i - 1), true);
                i = close + 1;
                continue;
            }
            int end = i;
            while (end < path.Length && path[end] != '.' && path[end] != '[') end++;
            yield return (path.Substring(i, end - i), false);
            i = end;
        }
    }
}

/// <summary>A child process, for the tests that run the real tool: exit code, standard output and error.</summary>
internal static class ChildProcess
{
    /// <summary>The dotnet host that runs these tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    public static string DotNet { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static CliRun Run(string fileName, string workingDirectory, string? stdin, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        // The test host's MSBuild variables would steer a child dotnet into this build.
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k == "MSBUILD_EXE_PATH").ToList()) psi.Environment.Remove(key);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardInput.Write(stdin ?? "");
        p.StandardInput.Close();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException(fileName + " " + string.Join(" ", args) + " did not finish in 5 minutes");
        }
        return new CliRun(p.ExitCode, stdout.Result.Replace("\r\n", "\n"), stderr.Result.Replace("\r\n", "\n"));
    }
}

using System.Diagnostics;
using System.Text.Json;
using ProbeGen.Tests;

namespace ProbeGen.Cli.Tests;

/// <summary>
/// The tool on input that is hostile or careless: devices, FIFOs, huge files, links to secrets, its own report over an
/// input, control characters in keys, !!binary. Each ends in a clear answer, in bounded time and memory.
/// </summary>
public class HostileInputTests
{
    private static CliRun RunWithin(TimeSpan limit, string cwd, string? stdin, params string[] args)
    {
        var task = Task.Run(() => Cli.Run(cwd, stdin, args));
        Assert.True(task.Wait(limit), "probegen " + string.Join(" ", args) + " did not end within " + limit.TotalSeconds + " s");
        return task.Result;
    }

    private static void MakeFifo(string path)
    {
        var p = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }

    [Fact]
    public void Lint_DevZero_IsAnInputError_NotOutOfMemory()
    {
        if (OperatingSystem.IsWindows()) return;
        using var tmp = new TempDir();
        var run = RunWithin(TimeSpan.FromSeconds(30), tmp.Path, null, "lint", "/dev/zero");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("probegen: error: /dev/zero: not a regular file (a FIFO, device or socket): lint reads regular files only", run.Error);
    }

    [Fact]
    public void Lint_Fifo_NamedOrInAFolder_IsAnInputError_NotAHang()
    {
        if (OperatingSystem.IsWindows()) return;
        using var tmp = new TempDir();
        tmp.Write("k8s/web.yaml", Manifests.CleanDeployment);
        MakeFifo(Path.Combine(tmp.Path, "k8s", "pipe.yaml"));
        var named = RunWithin(TimeSpan.FromSeconds(30), tmp.Path, null, "lint", "k8s/pipe.yaml");
        Assert.Equal(2, named.ExitCode);
        Assert.Contains("k8s/pipe.yaml: not a regular file", named.Error);
        var folder = RunWithin(TimeSpan.FromSeconds(30), tmp.Path, null, "lint", "k8s");
        Assert.Equal(2, folder.ExitCode);
        Assert.Contains("probegen: error: k8s/pipe.yaml: not a regular file (a FIFO, device or socket): lint reads regular files only", folder.Error);
        Assert.Contains("1 file, 1 unusable input", folder.Error);
        var import = RunWithin(TimeSpan.FromSeconds(30), tmp.Path, null, "import", "k8s/pipe.yaml");
        Assert.Equal(2, import.ExitCode);
        Assert.Contains("not a regular file", import.Error);
        Assert.Equal(0, Cli.Run(tmp.Path, null, "lint", "k8s/web.yaml").ExitCode);
    }

    [Fact]
    public void Lint_FileOverTheSizeLimit_IsRefusedUnread()
    {
        using var tmp = new TempDir();
        tmp.Write("big.yaml", "# " + new string('x', 9 * 1024 * 1024) + "\n");
        var run = Cli.Run(tmp.Path, null, "lint", "big.yaml");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("probegen: error: big.yaml: larger than the limit of 8,388,608 bytes (8 MiB): 9,437,187 bytes", run.Error);
        var stdin = Cli.Run(tmp.Path, "# " + new string('x', 9 * 1024 * 1024), "lint", "-");
        Assert.Equal(2, stdin.ExitCode);
        Assert.Contains("probegen: error: <stdin>: larger than the limit of 8,388,608 bytes (8 MiB)", stdin.Error);
    }

    [Fact]
    public void Lint_DeepNesting_IsPG0101WithTheLimit_Exit2()
    {
        using var tmp = new TempDir();
        tmp.Write("deep.yaml", new string('[', 20_000) + new string(']', 20_000));
        var run = Cli.Run(tmp.Path, null, "lint", "deep.yaml");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("deep.yaml:1:257: error PG0101: YAML not read: lists and mappings nest more than 256 levels deep (the limit)", run.Out.Trim());
    }

    [Theory]
    [InlineData("web.yaml", "web.yaml")]
    [InlineData(".", "web.yaml")]
    [InlineData("web.yaml", "./sub/../web.yaml")]
    [InlineData("web.yaml", "link.yaml")]
    public void Lint_OutputOntoAnInput_IsRefused_AndTheInputIsKept(string input, string output)
    {
        using var tmp = new TempDir();
        tmp.Write("web.yaml", Manifests.CleanDeployment);
        Directory.CreateDirectory(Path.Combine(tmp.Path, "sub"));
        File.CreateSymbolicLink(Path.Combine(tmp.Path, "link.yaml"), Path.Combine(tmp.Path, "web.yaml"));
        var run = Cli.Run(tmp.Path, null, "lint", input, "-o", output, "-f", "sarif");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("probegen: lint: --output " + output + " is one of the inputs; writing the report there would overwrite it", run.Error);
        Assert.Equal(Manifests.CleanDeployment.Replace("\r\n", "\n"), tmp.Read("web.yaml"));
        Assert.Equal(0, Cli.Run(tmp.Path, null, "lint", "web.yaml", "-o", "report.txt").ExitCode);
    }

    [Fact]
    public void Import_OverItsOwnInput_IsRefusedEvenWithForce()
    {
        using var tmp = new TempDir();
        tmp.Write("WebDeployment.cs", Manifests.CleanDeployment);
        var run = Cli.Run(tmp.Path, null, "import", "WebDeployment.cs", "--force");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("WebDeployment.cs is the input; writing the class there would overwrite it", run.Error);
        Assert.Equal(Manifests.CleanDeployment.Replace("\r\n", "\n"), tmp.Read("WebDeployment.cs"));
    }

    [Fact]
    public void Lint_LinkOutOfTheFolder_IsNotFollowed_AndASecretIsNeverEchoed()
    {
        using var tmp = new TempDir();
        string secret = tmp.Write("home/.secrets", "API_TOKEN=hunter2-do-not-print\n");
        tmp.Write("k8s/web.yaml", Manifests.CleanDeployment);
        tmp.Write("k8s/base/inner.yaml", Manifests.CleanDeployment);
        File.CreateSymbolicLink(Path.Combine(tmp.Path, "k8s", "app.yaml"), secret);
        File.CreateSymbolicLink(Path.Combine(tmp.Path, "k8s", "same.yaml"), Path.Combine(tmp.Path, "k8s", "base", "inner.yaml"));

        var folder = Cli.Run(tmp.Path, null, "lint", "k8s");
        Assert.Equal(2, folder.ExitCode);
        Assert.Contains("probegen: error: k8s/app.yaml: a symbolic link to a file outside k8s: not followed (name the file itself to lint it)", folder.Error);
        Assert.Contains("3 files, 1 unusable input", folder.Error); // web.yaml, same.yaml (a link inside the folder) and base/inner.yaml
        Assert.DoesNotContain("hunter2", folder.Out + folder.Error);
        var here = Cli.Run(Path.Combine(tmp.Path, "k8s"), null, "lint", ".");
        Assert.Contains("probegen: error: app.yaml: a symbolic link to a file outside .: not followed", here.Error);

        // Named on the command line, the link is read (the user asked) — and still nothing of it is echoed.
        foreach (var format in new[] { "text", "json", "sarif" })
        {
            var named = Cli.Run(tmp.Path, null, "lint", "k8s/app.yaml", "-f", format);
            Assert.Equal(1, named.ExitCode);
            Assert.Contains("expected an object (a Kubernetes manifest), found a string of 30 characters", named.Out);
            Assert.DoesNotContain("hunter2", named.Out + named.Error);
        }
    }

    private const string ForgingKey = "x\n::error file=app.yaml,line=1::forged\u001b[2K\u0007\u2028\u202e";

    private static string PodWithKey(string key) => "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n\"" + key.Replace("\n", "\\n").Replace("\u001b", "\\e").Replace("\u0007", "\\a").Replace("\u2028", "\\L").Replace("\u202e", "\\u202e") + "\": 1\nspec: {containers: [{name: c, image: i}]}\n";

    [Fact]
    public void ControlCharactersInKeys_AreEscaped_InTextSarifAndStderr()
    {
        using var tmp = new TempDir();
        tmp.Write("a\u001b]0;x\u0007.yaml", PodWithKey(ForgingKey));
        const string Escaped = "unknown field \"x\\n::error file=app.yaml,line=1::forged\\x1b[2K\\x07\\u2028\\u202e\"";

        var text = Cli.Run(tmp.Path, null, "lint", ".");
        Assert.Equal(1, text.ExitCode);
        var line = Assert.Single(text.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => !l.Contains("PG2003"));
        Assert.Equal("a\\x1b]0;x\\x07.yaml:4:1: error PG0102: " + Escaped, line);
        Assert.DoesNotContain(text.Out + text.Error, c => c != '\n' && (char.IsControl(c) || c == '\u2028' || c == '\u202e'));

        var sarif = Cli.Run(tmp.Path, null, "lint", ".", "-f", "sarif");
        using var doc = JsonDocument.Parse(sarif.Out);
        var message = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetString() == "PG0102").GetProperty("message").GetProperty("text").GetString()!;
        Assert.Equal(Escaped, message);

        // JSON keeps the exact text (its writer escapes it).
        var json = Cli.Run(tmp.Path, null, "lint", ".", "-f", "json");
        using var jdoc = JsonDocument.Parse(json.Out);
        Assert.Contains("unknown field \"" + ForgingKey + "\"", jdoc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("message").GetString()));

        var import = Cli.Run(tmp.Path, PodWithKey(ForgingKey), "import", "-", "-o", "out", "--stdin-name", "in\u001b.yaml");
        Assert.Equal(1, import.ExitCode);
        Assert.Contains("in\\x1b.yaml:4:1: error PG0102: " + Escaped, import.Error);
        Assert.DoesNotContain(import.Out + import.Error, c => c != '\n' && (char.IsControl(c) || c == '\u2028' || c == '\u202e'));

        var usage = Cli.Run(tmp.Path, null, "lint\u001b[31m");
        Assert.Contains("unknown command 'lint\\x1b[31m'", usage.Error);
    }

    [Fact]
    public void Binary_IsDecoded_LikeKubectl_NoFalseFindingAndTheRightClassName()
    {
        using var tmp = new TempDir();
        string yaml = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: !!binary d2Vi
            spec:
              containers:
              - name: !!binary YXBw
                image: nginx:1.27
            """;
        string file = tmp.Write("web.yaml", yaml);
        using var decoded = JsonDocument.Parse(Kubectl.DecodeFile(file));
        Assert.Equal("web", decoded.RootElement.GetProperty("metadata").GetProperty("name").GetString());
        Assert.Equal("app", decoded.RootElement.GetProperty("spec").GetProperty("containers")[0].GetProperty("name").GetString());

        var lint = Cli.Run(tmp.Path, null, "lint", "web.yaml");
        // Only the bare-Pod advice; before, the undecoded name "d2Vi" was a PG1002 error.
        Assert.True(lint.ExitCode == 0 && lint.Lines.All(l => l.Id == "PG2003"), lint.ToString());
        var import = Cli.Run(tmp.Path, null, "import", "web.yaml", "-o", "out");
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("[Pod(\"web\")]\n[Container(\"app\", \"nginx:1.27\")]\npublic partial class WebPod\n", tmp.Read("out/WebPod.cs"));
    }
}

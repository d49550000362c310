namespace ProbeGen.Cli.Tests;

public class LintCommandTests
{
    [Fact]
    public void CleanManifest_ExitsZero_PrintsNothing()
    {
        using var tmp = new TempDir();
        tmp.Write("web.yaml", Manifests.CleanDeployment);
        var run = Cli.Run(tmp.Path, null, "lint", "web.yaml");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal("probegen: 1 file: 0 errors, 0 warnings, 0 info\n", run.Error);
    }

    /// <summary>Issue 12's demonstration field: an unsupported terminationMessagePolicy is PG1109 at its line and column; a supported one has no finding of it.</summary>
    [Fact]
    public void TerminationMessagePolicy_Unsupported_PG1109AtItsLine_SupportedHasNone()
    {
        const string Bad = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:1.27\n    terminationMessagePolicy: Logs\n";
        using var tmp = new TempDir();
        tmp.Write("bad.yaml", Bad);
        tmp.Write("good.yaml", Bad.Replace("Logs", "FallbackToLogsOnError", StringComparison.Ordinal));
        var run = Cli.Run(tmp.Path, null, "lint", "bad.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("bad.yaml:9:5: error PG1109: spec.containers[0].terminationMessagePolicy: Unsupported value: \"Logs\": supported values: \"File\", \"FallbackToLogsOnError\"",
            Assert.Single(run.Out.Split('\n').Where(l => l.Contains(" error ", StringComparison.Ordinal))));
        var good = Cli.Run(tmp.Path, null, "lint", "good.yaml");
        Assert.Equal(0, good.ExitCode);
        Assert.DoesNotContain(good.Lines, l => l.Id == "PG1109"); // only PG2003's info about a bare pod remains
    }

    [Fact]
    public void WarningsOnly_ExitZero()
    {
        using var tmp = new TempDir();
        tmp.Write("web.yaml", Manifests.WarningDeployment);
        var run = Cli.Run(tmp.Path, null, "lint", "web.yaml");
        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Lines);
        Assert.Equal(("web.yaml", Manifests.LineOf(Manifests.WarningDeployment, "periodSeconds"), "warning", "PG3003"), (line.File, line.Line, line.Severity, line.Id));
    }

    [Fact]
    public void DocsHttpGetExample_TimingsUnderHttpGet_AreUnknownFieldsAtTheirLines_ExitOne()
    {
        using var tmp = new TempDir();
        tmp.Write("liveness-http.yaml", Manifests.DocsHttpGetTimingsUnderHttpGet);
        var run = Cli.Run(tmp.Path, null, "lint", "liveness-http.yaml");
        Assert.Equal(1, run.ExitCode);
        var unknown = run.Lines.Where(l => l.Id == "PG0102").ToList();
        Assert.Equal(2, unknown.Count);
        Assert.Equal($"liveness-http.yaml:{Manifests.LineOf(Manifests.DocsHttpGetTimingsUnderHttpGet, "initialDelaySeconds")}:9: error PG0102: unknown field \"spec.containers[0].livenessProbe.httpGet.initialDelaySeconds\": initialDelaySeconds is a field of spec.containers[0].livenessProbe (Probe); is it indented too deep?",
            run.Out.Split('\n').Single(l => l.Contains("initialDelaySeconds")));
        Assert.Equal(Manifests.LineOf(Manifests.DocsHttpGetTimingsUnderHttpGet, "periodSeconds"), unknown[1].Line);
        Assert.Contains("httpGet.periodSeconds", unknown[1].Message);
    }

    [Fact]
    public void ConfigMap_IsListedAsSkipped_NotSilentlyPassed()
    {
        using var tmp = new TempDir();
        tmp.Write("settings.yaml", Manifests.ConfigMap);
        var run = Cli.Run(tmp.Path, null, "lint", "settings.yaml");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("settings.yaml:1:1: info PG0106: kind ConfigMap (v1) is not a workload ProbeGen reads (Pod v1, Deployment, StatefulSet and DaemonSet apps/v1, Job and CronJob batch/v1): skipped\n", run.Out);
    }

    [Fact]
    public void MultiDocument_EachFindingAtItsLineInTheStream()
    {
        using var tmp = new TempDir();
        string text = Manifests.ConfigMap + "\n---\n" + Manifests.TwoDocuments;
        tmp.Write("all.yaml", text);
        var run = Cli.Run(tmp.Path, null, "lint", "all.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(new[]
        {
            (1, "info", "PG0106"),
            (Manifests.LineOf(text, "successThreshold: 2"), "error", "PG1316"),
            (Manifests.LineOf(text, "timeoutSecond: 2"), "error", "PG0102"),
        }, run.Lines.Select(l => (l.Line, l.Severity, l.Id)));
    }

    [Fact]
    public void StandardInput_IsReadForDash_AndNamedByStdinName()
    {
        using var tmp = new TempDir();
        var run = Cli.Run(tmp.Path, Manifests.DocsHttpGetTimingsUnderHttpGet, "lint", "-");
        Assert.Equal(1, run.ExitCode);
        Assert.All(run.Lines, l => Assert.Equal("<stdin>", l.File));
        Assert.Contains(run.Lines, l => l.Id == "PG0102");

        var named = Cli.Run(tmp.Path, Manifests.CleanDeployment, "lint", "--stdin-name", "k8s/web.yaml", "-");
        Assert.Equal(0, named.ExitCode);
        Assert.Equal("", named.Out);
    }

    [Fact]
    public void Folders_AreSearchedRecursively_ForYamlAndYml_NotHiddenFolders()
    {
        using var tmp = new TempDir();
        tmp.Write("k8s/a.yaml", Manifests.ConfigMap);
        tmp.Write("k8s/apps/b.yml", Manifests.ConfigMap);
        tmp.Write("k8s/apps/jobs/c.yaml", Manifests.ConfigMap);
        tmp.Write("k8s/apps/README.md", "# not a manifest");
        tmp.Write("k8s/.cache/d.yaml", Manifests.ConfigMap);
        var run = Cli.Run(tmp.Path, null, "lint", "k8s");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { "k8s/a.yaml", "k8s/apps/b.yml", "k8s/apps/jobs/c.yaml" }.Select(p => p.Replace('/', Path.DirectorySeparatorChar)), run.Lines.Select(l => l.File));
        Assert.Contains("probegen: 3 files:", run.Error);
    }

    [Fact]
    public void UnusableInputs_ExitTwo_AndTheOtherFilesAreStillLinted()
    {
        using var tmp = new TempDir();
        tmp.Write("web.yaml", Manifests.DocsHttpGetTimingsUnderHttpGet);
        tmp.Write("broken.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: [unclosed\n");
        File.WriteAllBytes(Path.Combine(tmp.Path, "binary.yaml"), new byte[] { 0x61, 0x3A, 0x20, 0xC3, 0x28, 0xFF, 0x0A });
        Directory.CreateDirectory(Path.Combine(tmp.Path, "empty"));
        var run = Cli.Run(tmp.Path, null, "lint", "web.yaml", "missing.yaml", "broken.yaml", "binary.yaml", "empty");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("probegen: error: missing.yaml: file not found", run.Error);
        Assert.Contains("probegen: error: binary.yaml: not YAML: the file is not UTF-8 text", run.Error);
        Assert.Contains("probegen: error: empty: no *.yaml or *.yml file in this folder", run.Error);
        Assert.Contains(run.Lines, l => l.File == "broken.yaml" && l.Id == "PG0101" && l.Severity == "error" && l.Line >= 3);
        Assert.Contains(run.Lines, l => l.File == "web.yaml" && l.Id == "PG0102");
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("lint", "--format", "xml", "a.yaml")]
    [InlineData("lint", "--severity", "PG0102", "a.yaml")]
    [InlineData("lint", "--severity", "PG0102=loud", "a.yaml")]
    [InlineData("lint", "--severity", "PG7777=error", "a.yaml")]
    [InlineData("lint", "--severity", "PG0101=none", "a.yaml")]
    [InlineData("lint", "--colour", "a.yaml")]
    [InlineData("check", "a.yaml")]
    [InlineData()]
    public void BadCommandLine_ExitsTwo_WithAReason(params string[] args)
    {
        using var tmp = new TempDir();
        tmp.Write("a.yaml", Manifests.CleanDeployment);
        var run = Cli.Run(tmp.Path, null, args);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith(args.Length == 0 ? "probegen — " : "probegen: ", run.Error);
    }

    [Fact]
    public void SeverityFlag_ChangesLevelsAndExitCode()
    {
        using var tmp = new TempDir();
        tmp.Write("pod.yaml", Manifests.DocsHttpGetTimingsUnderHttpGet);
        var lowered = Cli.Run(tmp.Path, null, "lint", "pod.yaml", "--severity", "PG0102=warning", "-s", "PG2003=none");
        Assert.Equal(0, lowered.ExitCode);
        Assert.Equal(new[] { "warning PG0102", "warning PG0102" }, lowered.Lines.Select(l => l.Severity + " " + l.Id));

        tmp.Write("web.yaml", Manifests.WarningDeployment);
        var raised = Cli.Run(tmp.Path, null, "lint", "web.yaml", "--severity=pg3003=error");
        Assert.Equal(1, raised.ExitCode);
        Assert.Equal("error PG3003", Assert.Single(raised.Lines).Severity + " PG3003");
    }

    [Fact]
    public void EditorConfig_NextToAndAboveTheFile_SetsSeverities_CloserWins_FlagWinsOverAll()
    {
        using var tmp = new TempDir();
        tmp.Write(".editorconfig", """
            root = true

            [*]
            dotnet_diagnostic.PG2003.severity = none

            [*.{yaml,yml}]
            dotnet_diagnostic.PG0102.severity = warning   # kubectl without --validate=strict only warns

            [*.json]
            dotnet_diagnostic.PG0102.severity = none
            """);
        tmp.Write("apps/pod.yaml", Manifests.DocsHttpGetTimingsUnderHttpGet);
        tmp.Write("strict/pod.yml", Manifests.DocsHttpGetTimingsUnderHttpGet);
        tmp.Write("strict/.editorconfig", "[*.yml]\ndotnet_diagnostic.PG0102.severity = error\n");

        var run = Cli.Run(tmp.Path, null, "lint", "apps", "strict");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(new[] { "apps/pod.yaml warning PG0102", "apps/pod.yaml warning PG0102", "strict/pod.yml error PG0102", "strict/pod.yml error PG0102" }
            .Select(s => s.Replace('/', Path.DirectorySeparatorChar)), run.Lines.Select(l => l.File + " " + l.Severity + " " + l.Id));

        var flag = Cli.Run(tmp.Path, null, "lint", "apps", "strict", "--severity", "PG0102=suggestion");
        Assert.Equal(0, flag.ExitCode);
        Assert.All(flag.Lines, l => Assert.Equal("info", l.Severity));

        var ignored = Cli.Run(tmp.Path, null, "lint", "apps", "--no-editorconfig");
        Assert.Equal(1, ignored.ExitCode);
        Assert.Contains(ignored.Lines, l => l.Id == "PG2003");
    }

    [Fact]
    public void EditorConfig_CategoryAndAllRules_IdWinsOverCategory_BadValueIsReported()
    {
        using var tmp = new TempDir();
        tmp.Write(".editorconfig", """
            root = true
            [*.yaml]
            dotnet_analyzer_diagnostic.severity = error
            dotnet_analyzer_diagnostic.category-ProbeGen.Yaml.severity = suggestion
            dotnet_diagnostic.PG0105.severity = none
            dotnet_diagnostic.PG2003.severity = loud
            """);
        // status has no [Set] form (the API server writes it): still PG0105, which the .editorconfig turns off.
        tmp.Write("pod.yaml", Manifests.DocsHttpGetTimingsUnderHttpGet.TrimEnd('\n') + "\nstatus:\n  phase: Running\n");
        var run = Cli.Run(tmp.Path, null, "lint", "pod.yaml");
        // PG0102 (ProbeGen.Yaml) → info by category; PG0105 → none by ID; PG2003's bad value falls back to the all-rules setting.
        Assert.Equal(new[] { "error PG2003", "info PG0102", "info PG0102" }, run.Lines.Select(l => l.Severity + " " + l.Id));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(".editorconfig:6: 'loud' is not a severity", run.Error);
    }

    [Fact]
    public void JsonFormat_CarriesEveryField_AndOutputGoesToAFile()
    {
        using var tmp = new TempDir();
        tmp.Write("pod.yaml", Manifests.DocsHttpGetTimingsUnderHttpGet);
        var run = Cli.Run(tmp.Path, null, "lint", "pod.yaml", "-f", "json", "-o", "reports/lint.json");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        var json = System.Text.Json.Nodes.JsonNode.Parse(tmp.Read("reports/lint.json"))!;
        Assert.Equal(1, (int)json["summary"]!["exitCode"]!);
        Assert.Equal(2, (int)json["summary"]!["errors"]!);
        var first = json["diagnostics"]!.AsArray().First(d => (string)d!["id"]! == "PG0102")!;
        Assert.Equal("pod.yaml", (string)first["file"]!);
        Assert.Equal(Manifests.LineOf(Manifests.DocsHttpGetTimingsUnderHttpGet, "initialDelaySeconds"), (int)first["line"]!);
        Assert.Equal(9, (int)first["column"]!);
        Assert.Equal("error", (string)first["severity"]!);
        Assert.Equal("spec.containers[0].livenessProbe.httpGet.initialDelaySeconds", (string)first["fieldPath"]!);
        Assert.Equal(0, (int)first["document"]!);
        Assert.EndsWith("/docs/rules/PG0102.md", (string)first["helpUri"]!);
    }

    [Theory]
    [InlineData("*", "a.yaml", true)]
    [InlineData("*", "k8s/apps/a.yaml", true)]
    [InlineData("*.yaml", "k8s/a.yaml", true)]
    [InlineData("*.yaml", "k8s/a.yml", false)]
    [InlineData("*.{yaml,yml}", "k8s/a.yml", true)]
    [InlineData("*.{yaml,yml}", "k8s/a.json", false)]
    [InlineData("k8s/*.yaml", "k8s/a.yaml", true)]
    [InlineData("k8s/*.yaml", "k8s/apps/a.yaml", false)]
    [InlineData("k8s/**.yaml", "k8s/apps/a.yaml", true)]
    [InlineData("/k8s/**/*.yaml", "k8s/a.yaml", true)]
    [InlineData("[!_]*.yaml", "_draft.yaml", false)]
    [InlineData("?.yaml", "a.yaml", true)]
    public void EditorConfigGlobs_MatchAsTheSpecSays(string glob, string relativePath, bool matches) =>
        Assert.Equal(matches, ProbeGen.Cli.Lint.Glob.ToRegex(glob).IsMatch(relativePath));

    [Fact]
    public void TheBuiltTool_RunsAsAProcess_ReadingStandardInput()
    {
        // The tool's own assembly with its own runtimeconfig (net8.0, RollForward=Major: it runs on this .NET 10), started
        // as `dotnet tool` starts it: real console streams and exit code.
        string dll = Path.Combine(AppContext.BaseDirectory, "ProbeGen.Cli.dll");
        var run = ChildProcess.Run(ChildProcess.DotNet, Path.GetTempPath(), Manifests.DocsHttpGetTimingsUnderHttpGet, null, "exec", dll, "lint", "-");
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal(2, run.Lines.Count(l => l.File == "<stdin>" && l.Id == "PG0102"));
        Assert.Contains("probegen: 1 file: 2 errors", run.Error);
    }
}

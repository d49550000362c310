using System.Text.Json;
using System.Xml.Linq;
using ProbeGen.Tests;

namespace ProbeGen.Cli.Tests;

/// <summary>
/// <c>probegen simulate</c>: the seed document's demo (docs/simulate/seed.yaml with seed-scenario.yaml), the JSON
/// contract, the SVG in the docs, project/assembly input and bad input.
/// </summary>
public sealed class SimulateCommandTests
{
    private static string Docs(string name) => Path.Combine(RepoPaths.Root, "docs", "simulate", name);

    private static CliRun Simulate(params string[] args) => Cli.Run(RepoPaths.Root, null, new[] { "simulate" }.Concat(args).ToArray());

    private const string NeverScenario = """
        containers:
          liveness:
            probes:
              liveness: { failAfter: 30s }
        """;

    // The seed: "kubectl get pod" shows Running 0 at 8 s; after 30 s the probe fails (Unhealthy), the kubelet kills and
    // recreates the container, RESTARTS goes 0 → 1, and the Pod stays Running.
    [Fact]
    public void SeedDemo_Text_Running0At8sUnhealthyKillingThenRunning1()
    {
        var run = Simulate("docs/simulate/seed.yaml", "--scenario", "docs/simulate/seed-scenario.yaml", "--until", "60s", "--at", "8s,41s");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""
            NAME                 READY   STATUS    RESTARTS   AGE
            test-liveness-exec   1/1     Running   0          8s
            test-liveness-exec   1/1     Running   1          41s

            Events:
              Type     Reason     Age                From               Message
              ----     ------     ----               ----               -------
              Normal   Scheduled  60s                default-scheduler  Successfully assigned default/test-liveness-exec to node-1
              Warning  Unhealthy  20s (x3 over 30s)  kubelet            Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory
              Normal   Killing    20s                kubelet            Container liveness failed liveness probe, will be restarted
              Normal   Pulling    20s (x2 over 60s)  kubelet            Pulling image "busybox"
              Normal   Pulled     20s (x2 over 60s)  kubelet            Successfully pulled image "busybox"
              Normal   Created    20s (x2 over 60s)  kubelet            Created container liveness
              Normal   Started    20s (x2 over 60s)  kubelet            Started container liveness

            """.Replace("\r\n", "\n"), run.Out);
    }

    // The seed, section 2: with restartPolicy Never the killed container is not restarted and the Pod goes Failed.
    [Fact]
    public void SeedDemo_Never_Json_EndsFailed()
    {
        using var dir = new TempDir();
        string manifest = dir.Write("never.yaml", File.ReadAllText(Docs("seed.yaml")).Replace("spec:\n  containers:", "spec:\n  restartPolicy: Never\n  containers:"));
        dir.Write("scenario.yaml", NeverScenario);
        var run = Cli.Run(dir.Path, null, "simulate", manifest, "--scenario", "scenario.yaml", "--format", "json", "--at", "8,40,100");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("Never", root.GetProperty("workload").GetProperty("restartPolicy").GetString());
        var events = root.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("t").GetInt32() + " " + e.GetProperty("type").GetString() + " " + e.GetProperty("reason").GetString()).ToArray();
        Assert.Equal(new[] { "0 Normal Scheduled", "0 Normal Pulling", "0 Normal Pulled", "0 Normal Created", "0 Normal Started",
            "30 Warning Unhealthy", "35 Warning Unhealthy", "40 Warning Unhealthy", "40 Normal Killing" }, events);
        Assert.Equal("Container liveness failed liveness probe", root.GetProperty("events")[8].GetProperty("message").GetString());
        var status = root.GetProperty("status").EnumerateArray().Select(s => s.GetProperty("t").GetInt32() + " " + s.GetProperty("phase").GetString() + " " + s.GetProperty("ready").GetString() + " " + s.GetProperty("restarts").GetInt32()).ToArray();
        Assert.Equal(new[] { "8 Running 1/1 0", "40 Failed 0/1 0", "100 Failed 0/1 0" }, status);
        var container = root.GetProperty("status")[1].GetProperty("containers")[0];
        Assert.Equal(("liveness", "terminated", "Error", 143), (container.GetProperty("name").GetString(), container.GetProperty("state").GetString(), container.GetProperty("reason").GetString(), container.GetProperty("exitCode").GetInt32()));
        var final = root.GetProperty("final");
        Assert.Equal(("Failed", 0, 40), (final.GetProperty("phase").GetString(), final.GetProperty("restarts").GetInt32(), final.GetProperty("t").GetInt32()));
    }

    [Fact]
    public void NoScenario_Json_EveryChangeOnceAndNoWarning()
    {
        var run = Simulate("docs/simulate/seed.yaml", "-f", "json", "--until", "2m");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var status = json.RootElement.GetProperty("status");
        Assert.Equal(1, status.GetArrayLength());
        Assert.Equal("Running", status[0].GetProperty("phase").GetString());
        Assert.DoesNotContain(json.RootElement.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "Warning");
        Assert.Equal(120, json.RootElement.GetProperty("final").GetProperty("t").GetInt32());
    }

    [Fact]
    public void Job_Json_BackoffLimitExceededWithOnePodPerFailure()
    {
        using var dir = new TempDir();
        dir.Write("job.yaml", """
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: pi
            spec:
              backoffLimit: 1
              template:
                spec:
                  restartPolicy: Never
                  containers:
                  - name: pi
                    image: perl:5.34
            """);
        dir.Write("crash.yaml", "containers:\n  pi:\n    exit: { after: 5s, code: 2 }\n");
        var run = Cli.Run(dir.Path, null, "simulate", "job.yaml", "-s", "crash.yaml", "-f", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(new[] { "pi-1", "pi-2" }, root.GetProperty("workload").GetProperty("pods").EnumerateArray().Select(p => p.GetString()));
        var job = root.GetProperty("final").GetProperty("job");
        Assert.Equal(("Failed", "BackoffLimitExceeded", 20), (job.GetProperty("condition").GetString(), job.GetProperty("reason").GetString(), job.GetProperty("t").GetInt32()));
        Assert.Contains(root.GetProperty("events").EnumerateArray(), e => e.GetProperty("reason").GetString() == "SuccessfulCreate" && e.GetProperty("t").GetInt32() == 15);
    }

    // The committed picture in the docs is exactly what the tool draws (regenerate: the command in docs/simulate/README.md).
    [Theory]
    [MemberData(nameof(DocPictures))]
    public void DocsSvg_EqualsWhatTheToolWrites(string svg, string manifest, string scenario, string until)
    {
        var run = Simulate(Docs(manifest), "--scenario", Docs(scenario), "--until", until, "--format", "svg");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Docs(svg)).Replace("\r\n", "\n"), run.Out);
        var doc = XDocument.Parse(run.Out);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
    }

    public static TheoryData<string, string, string, string> DocPictures() => new()
    {
        { "seed.svg", "seed.yaml", "seed-scenario.yaml", "120s" },
        { "pg2001.svg", "pg2001.yaml", "seed-scenario.yaml", "60s" },
        { "pg2002.svg", "pg2002.yaml", "pg2002-scenario.yaml", "150s" },
        { "pg2003.svg", "pg2003.yaml", "pg2003-scenario.yaml", "120s" },
        { "pg2004.svg", "pg2004.yaml", "pg2004-scenario.yaml", "120s" },
        { "pg2005.svg", "pg2005.yaml", "pg2005-scenario.yaml", "120s" },
    };

    [Fact]
    public void Svg_SeedPicture_HasALaneProbeTicksAKillAndARestart()
    {
        var run = Simulate("docs/simulate/seed.yaml", "-s", "docs/simulate/seed-scenario.yaml", "-u", "60s", "-f", "svg");
        var doc = XDocument.Parse(run.Out);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var texts = doc.Descendants(ns + "text").Select(t => t.Value).ToArray();
        Assert.Contains("liveness", texts);
        Assert.Contains("Pod phase", texts);
        Assert.Contains("60s", texts);
        // 12 probe attempts (5 … 60 s), three of them failed (red).
        var ticks = doc.Descendants(ns + "rect").Where(r => (string?)r.Attribute("width") == "2").ToArray();
        Assert.Equal(12, ticks.Length);
        Assert.Equal(3, ticks.Count(r => (string?)r.Attribute("fill") == "#c62828"));
        Assert.Single(doc.Descendants(ns + "path").Where(p => (string?)p.Attribute("stroke") == "#b71c1c"), p => p.Attribute("d")!.Value.StartsWith("M666 ", StringComparison.Ordinal));
    }

    [Fact]
    public void FromBuiltAssembly_ReadsTheManifestsLikeTheBuildTask()
    {
        using var dir = new TempDir();
        var compilation = TestCompilation.Create("""
            using ProbeGen;

            [Pod("test-liveness-exec")]
            [Container("liveness", "busybox")]
            [LivenessProbe(Exec = new[] { "cat", "/tmp/healthy" }, InitialDelaySeconds = 5, PeriodSeconds = 5)]
            public partial class LivenessExec { }

            [Deployment("web")]
            [Container("web", "nginx:1.27")]
            public partial class Web { }
            """);
        var output = TestCompilation.Generate(compilation).Output;
        string dll = Path.Combine(dir.Path, "Consumer.dll");
        using (var pe = File.Create(dll))
        {
            var emit = output.Emit(pe);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        }
        dir.Write("s.yaml", NeverScenario);

        var ambiguous = Cli.Run(dir.Path, null, "simulate", "Consumer.dll");
        Assert.Equal(2, ambiguous.ExitCode);
        Assert.Contains("more than one workload; pick one with --workload NAME: pod/test-liveness-exec, deployment/web", ambiguous.Error);

        var run = Cli.Run(dir.Path, null, "simulate", "Consumer.dll", "--workload", "test-liveness-exec", "-s", "s.yaml", "-f", "json", "--at", "8s,41s");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var rows = json.RootElement.GetProperty("status").EnumerateArray().Select(s => s.GetProperty("t").GetInt32() + " " + s.GetProperty("status").GetString() + " " + s.GetProperty("restarts").GetInt32());
        Assert.Equal(new[] { "8 Running 0", "41 Running 1" }, rows);

        // A project: its newest built assembly under bin/.
        dir.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><AssemblyName>Consumer</AssemblyName></PropertyGroup></Project>");
        Directory.CreateDirectory(Path.Combine(dir.Path, "App", "bin", "Debug", "net8.0"));
        File.Copy(dll, Path.Combine(dir.Path, "App", "bin", "Debug", "net8.0", "Consumer.dll"));
        var fromProject = Cli.Run(dir.Path, null, "simulate", "App", "-w", "deployment/web", "-f", "json");
        Assert.Equal(0, fromProject.ExitCode);
        Assert.Contains("\"kind\": \"Deployment\", \"name\": \"web\"", fromProject.Out);
    }

    [Fact]
    public void ProjectNotBuilt_ClearError()
    {
        using var dir = new TempDir();
        dir.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        var run = Cli.Run(dir.Path, null, "simulate", "App/App.csproj");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("probegen simulate: App/App.csproj: no built App.dll under bin/; build the project first (dotnet build)\n", run.Error);
    }

    [Theory]
    [InlineData("containers:\n  web:\n    exit: { after: 5s }\n", "s.yaml:2:3: containers.web: the workload has no container \"web\" (it has: liveness)")]
    [InlineData("containers:\n  liveness:\n    exit: { after: soon }\n", "s.yaml:3:20: containers.liveness.exit.after: 'soon' is not a duration in seconds: 30, 30s, 5m, 1m30s or 2h")]
    [InlineData("containers:\n  liveness:\n    crash: true\n", "s.yaml:3:5: containers.liveness.crash: unknown key (allowed: exit, shutdown, probes)")]
    [InlineData("containers:\n  liveness:\n    probes:\n      readiness: { failAfter: 1s }\n", "s.yaml:4:18: containers.liveness.probes.readiness: container \"liveness\" has no readinessProbe")]
    [InlineData("containers:\n  liveness:\n    exit: { code: 300 }\n", "s.yaml:3:19: containers.liveness.exit.code: '300' is not an exit code from 0 to 255")]
    [InlineData("containers: [\n", "s.yaml:2:1: not YAML: ")]
    public void BadScenario_ExitTwoWithLineAndFieldPath(string scenario, string error)
    {
        using var dir = new TempDir();
        dir.Write("s.yaml", scenario);
        var run = Cli.Run(dir.Path, null, "simulate", Docs("seed.yaml"), "--scenario", "s.yaml");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("probegen simulate: " + error, run.Error);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("--until", "forever", "simulate: --until 'forever' is not a duration in seconds: 30, 30s, 5m, 1m30s or 2h (at most 24h)")]
    [InlineData("--at", "8s,later", "simulate: --at 'later' is not a duration in seconds: 30, 30s, 5m, 1m30s or 2h (at most 24h)")]
    [InlineData("--format", "png", "simulate: --format 'png' is not one of text, json, svg")]
    public void BadOption_UsageErrorExitTwo(string option, string value, string error)
    {
        var run = Simulate("docs/simulate/seed.yaml", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("probegen: " + error + "\n", run.Error);
    }

    // The seed's httpGet example indents the timings under httpGet, where Kubernetes does not read them: the simulation
    // says so and uses the defaults (period 10 s), as the kubelet would if the manifest were accepted.
    [Fact]
    public void MisindentedTimings_WarningAndTheDefaultsSimulated()
    {
        using var dir = new TempDir();
        dir.Write("http.yaml", """
            apiVersion: v1
            kind: Pod
            metadata:
              name: liveness-http
            spec:
              containers:
              - name: liveness
                image: k8s.gcr.io/liveness
                livenessProbe:
                  httpGet:
                    path: /healthz
                    port: 8080
                    initialDelaySeconds: 3
                    periodSeconds: 3
            """);
        dir.Write("s.yaml", "containers:\n  liveness:\n    probes:\n      liveness: { failAfter: 0s }\n");
        var run = Cli.Run(dir.Path, null, "simulate", "http.yaml", "-s", "s.yaml", "-u", "25", "-f", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("probegen simulate: warning: http.yaml:13:9: PG0102: ", run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var unhealthy = json.RootElement.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("reason").GetString() is "Unhealthy" or "Killing")
            .Select(e => e.GetProperty("t").GetInt32() + " " + e.GetProperty("reason").GetString());
        Assert.Equal(new[] { "0 Unhealthy", "10 Unhealthy", "20 Unhealthy", "20 Killing", "20 Unhealthy" }, unhealthy);
    }

    [Fact]
    public void OutputFile_WritesTheSameTextAsStandardOutput()
    {
        using var dir = new TempDir();
        var toFile = Cli.Run(dir.Path, null, "simulate", Docs("seed.yaml"), "-f", "json", "-o", "out/seed.json");
        Assert.Equal(0, toFile.ExitCode);
        Assert.Equal("", toFile.Out);
        Assert.Equal(Simulate("docs/simulate/seed.yaml", "-f", "json").Out, dir.Read("out/seed.json"));
    }
}

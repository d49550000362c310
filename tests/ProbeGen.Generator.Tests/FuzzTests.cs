using System.Reflection;
using System.Text;
using CsCheck;
using k8s;
using k8s.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ProbeGen.Tests;

/// <summary>
/// Property-based: random attribute arguments (hostile strings, extreme numbers, nulls, enum values outside their enum,
/// any handler combination) rendered as C#, run through the real generator and analyzer. Properties:
/// nothing crashes; the generator emits a manifest exactly when the analyzer reports no error; an emitted manifest
/// carries exactly the values written (read back by KubernetesYaml), passes the rule engine when read back from YAML,
/// and kubectl decodes it.
/// CI runs a fixed-seed share; the full run is `PROBEGEN_FUZZ_ITER=10000 dotnet test tests/ProbeGen.Generator.Tests --filter FuzzTests`
/// (PROBEGEN_FUZZ_SEED picks another seed).
/// </summary>
public class FuzzTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public FuzzTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    private static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("PROBEGEN_FUZZ_ITER"), out var n) ? n : 150;

    private static string Seed => Environment.GetEnvironmentVariable("PROBEGEN_FUZZ_SEED") ?? "0N0XIzNsQ0O2";

    private static readonly string[] HostileText =
    {
        "app", "web-1", "nginx:1.27", "Bad_Name", "UPPER", "", " ", "yes", "null", "~", "0755", "1e3", "*x", "#x", "a: b", "\"", "'", "\\",
        "multi\nline", "tab\t", "ünï", "日本", "😀", "x\n  hostNetwork: true", "{a}", "a,b", "-", "--flag", new string('a', 70), "\u0000", "\u2028",
    };

    private static readonly Gen<string> Text = Gen.OneOf(Gen.OneOfConst(HostileText), Gen.String[Gen.Char.Where(c => !char.IsSurrogate(c)), 0, 12]);
    private static readonly Gen<string?> MaybeText = Gen.Frequency((1, Gen.Const((string?)null)), (6, Text.Select(s => (string?)s)));
    private static readonly Gen<int> AnyInt = Gen.OneOf(Gen.Int[-3, 70000], Gen.OneOfConst(0, 1, -1, int.MaxValue, int.MinValue, 65535, 65536));
    private static readonly Gen<int?> MaybeInt = Gen.Frequency((2, Gen.Const((int?)null)), (1, AnyInt.Select(i => (int?)i)));

    // Mostly valid names and ports (so that manifests are emitted and checked), with hostile values mixed in.
    private static readonly Gen<string> ContainerName = Gen.Frequency((14, Gen.OneOfConst("app", "web", "side-car", "c1")), (1, Text));
    private static readonly Gen<string> LabelValue = Gen.Frequency((14, Gen.OneOfConst("v1", "web", "", "a.b_c-d")), (1, Text));
    private static readonly Gen<int> PortNumber = Gen.Frequency((14, Gen.Int[1, 65535]), (1, AnyInt));

    private sealed record ProbeCase(string Kind, string[]? Exec, string? HttpGet, bool Tcp, bool Grpc, int? Port, string? PortName, int? Scheme, string[]? Headers, int? Initial, int? Timeout, int? Period, int? Success, int? Failure);

    private sealed record ContainerCase(string Name, string Image, string[]? Args, int[] Ports, (string Name, string Value)[] Env, ProbeCase[] Probes);

    private sealed record PodCase(string Name, (string Key, string Value)[] Labels, int? RestartPolicy, ContainerCase[] Containers);

    private static readonly Gen<int?> Timing = Gen.Frequency((3, Gen.Const((int?)null)), (6, Gen.Int[1, 30].Select(i => (int?)i)), (1, AnyInt.Select(i => (int?)i)));

    // Mostly exactly one handler (a manifest can be emitted), sometimes any combination (none, two, four).
    private static readonly Gen<(bool Exec, bool Http, bool Tcp, bool Grpc)> Handlers = Gen.Frequency(
        (8, Gen.Int[0, 3].Select(i => (i == 0, i == 1, i == 2, i == 3))),
        (1, Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool)));

    private static readonly Gen<int?> SmallEnum = Gen.Frequency((8, Gen.Int[0, 1].Select(i => (int?)i)), (1, Gen.OneOfConst(-1, 2, 3, 99).Select(i => (int?)i)));

    private static readonly Gen<ProbeCase> ProbeCases =
        Gen.Select(Gen.OneOfConst("LivenessProbe", "ReadinessProbe", "StartupProbe"), Handlers,
            Gen.Frequency((6, Text.Array[1, 3]), (1, Gen.Const(Array.Empty<string>()))), Gen.OneOfConst("/healthz", "/", "", "/a b"),
            Gen.Frequency((1, Gen.Const((int?)null)), (6, PortNumber.Select(i => (int?)i))),
            Gen.Frequency((8, Gen.Const((string?)null)), (1, Gen.OneOfConst("http", "Http", "8080", "-x", "metrics-port-too-long").Select(s => (string?)s))),
            Gen.Frequency((3, Gen.Const((int?)null)), (1, SmallEnum)))
        .SelectMany(p => Gen.Select(
            Gen.Frequency((6, Gen.Const((string[]?)null)), (1, Gen.OneOfConst("X-A: b", "Bad Header: x", "NoColon").Array[1, 2].Select(a => (string[]?)a))),
            Timing, Timing, Timing, Gen.Frequency((6, Gen.Const((int?)null)), (1, Gen.Int[-1, 3].Select(i => (int?)i))), Timing, Gen.Int[0, 14])
            .Select(t =>
            {
                var h = p.Item2;
                bool portful = h.Http || h.Tcp || h.Grpc;
                bool wrongArgs = t.Item7 == 0; // now and then, arguments for a handler the probe does not use
                return new ProbeCase(p.Item1, h.Exec ? p.Item3 : null, h.Http ? p.Item4 : null, h.Tcp, h.Grpc,
                    portful || wrongArgs ? p.Item5 : null,
                    (h.Http || h.Tcp) && p.Item5 is null || wrongArgs ? p.Item6 : null,
                    h.Http || wrongArgs ? p.Item7 : null,
                    h.Http || wrongArgs ? t.Item1 : null,
                    t.Item2, t.Item3, t.Item4, t.Item5, t.Item6);
            }));

    // Mostly valid names and ports (so that manifests are emitted and checked), with hostile values mixed in.
    private static readonly Gen<ContainerCase> ContainerGen =
        Gen.Select(ContainerName, Gen.Frequency((14, Gen.OneOfConst("nginx:1.27", "busybox")), (1, Text)),
            Gen.Frequency((2, Gen.Const((string[]?)null)), (1, Text.Array[0, 3].Select(a => (string[]?)a))),
            PortNumber.Array[0, 2],
            Gen.Select(Gen.Frequency((14, Gen.OneOfConst("A", "B_C", "1X", "MY_VAR", "x.y")), (1, Gen.OneOfConst("a=b", "", "é"))), Text).Array[0, 2],
            ProbeCases.Array[0, 3])
        // One probe of each kind per container, mostly (a second one is PG0006, covered by the analyzer tests).
        .Select(t => new ContainerCase(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6.GroupBy(p => p.Kind).Select(g => g.First()).ToArray()));

    private static readonly Gen<PodCase> PodGen =
        Gen.Select(Gen.Frequency((14, Gen.OneOfConst("p", "my-pod", "a.b")), (1, Text)),
            Gen.Select(Gen.Frequency((14, Gen.OneOfConst("app", "tier", "x/y")), (1, Gen.OneOfConst("Bad Key", "-x", ""))), LabelValue).Array[0, 3],
            Gen.Frequency((3, Gen.Const((int?)null)), (6, Gen.Int[0, 2].Select(i => (int?)i)), (1, Gen.OneOfConst(-1, 3, 7).Select(i => (int?)i))),
            ContainerGen.Array[1, 2])
        .Select(t => new PodCase(t.Item1, t.Item2.GroupBy(l => l.Item1).Select(g => g.First()).ToArray(), t.Item3,
            // distinct container names, as a user would write them (duplicates are PG1104, covered elsewhere)
            t.Item4.Select((c, i) => i == 0 ? c : c with { Name = c.Name + "-" + i }).ToArray()));

    private static string Lit(string s) => SymbolDisplay.FormatLiteral(s, quote: true);

    private static string Arr(string[] a) => a.Length == 0 ? "new string[0]" : "new[] { " + string.Join(", ", a.Select(Lit)) + " }";

    private static string Render(PodCase pod)
    {
        var sb = new StringBuilder("using ProbeGen;\nnamespace Fuzz;\n");
        sb.Append("[Pod(").Append(Lit(pod.Name)).Append(")]\n");
        foreach (var (k, v) in pod.Labels) sb.Append("[Label(").Append(Lit(k)).Append(", ").Append(Lit(v)).Append(")]\n");
        if (pod.RestartPolicy is int rp) sb.Append("[RestartPolicy((RestartPolicy)(").Append(rp).Append("))]\n");
        sb.Append("public partial class W\n{\n");
        for (int i = 0; i < pod.Containers.Length; i++)
        {
            var c = pod.Containers[i];
            sb.Append("    [Container(").Append(Lit(c.Name)).Append(", ").Append(Lit(c.Image));
            if (c.Args is not null) sb.Append(", Args = ").Append(Arr(c.Args));
            sb.Append(")]\n");
            foreach (var p in c.Ports) sb.Append("    [ContainerPort(").Append(p).Append(")]\n");
            foreach (var (n, v) in c.Env) sb.Append("    [Env(").Append(Lit(n)).Append(", ").Append(Lit(v)).Append(")]\n");
            foreach (var p in c.Probes)
            {
                var args = new List<string>();
                if (p.Exec is not null) args.Add("Exec = " + Arr(p.Exec));
                if (p.HttpGet is not null) args.Add("HttpGet = " + Lit(p.HttpGet));
                if (p.Tcp) args.Add("TcpSocket = true");
                if (p.Grpc) args.Add("Grpc = true");
                if (p.Port is int port) args.Add("Port = " + port);
                if (p.PortName is not null) args.Add("PortName = " + Lit(p.PortName));
                if (p.Scheme is int scheme) args.Add("Scheme = (HttpScheme)(" + scheme + ")");
                if (p.Headers is not null) args.Add("HttpHeaders = " + Arr(p.Headers));
                if (p.Initial is int a) args.Add("InitialDelaySeconds = " + a);
                if (p.Timeout is int b) args.Add("TimeoutSeconds = " + b);
                if (p.Period is int c2) args.Add("PeriodSeconds = " + c2);
                if (p.Success is int d) args.Add("SuccessThreshold = " + d);
                if (p.Failure is int e) args.Add("FailureThreshold = " + e);
                sb.Append("    [").Append(p.Kind).Append('(').Append(string.Join(", ", args)).Append(")]\n");
            }
            sb.Append("    public partial class C").Append(i).Append(" { }\n");
        }
        return sb.Append("}\n").ToString();
    }

    [Fact]
    public void RandomAttributes_NeverCrash_NeverAWrongManifest()
    {
        var emitted = new List<string>();
        int withManifest = 0, withErrors = 0;
        var rejections = new Dictionary<string, int>();
        PodGen.Sample(pod =>
        {
            string source = Render(pod);
            var compilation = TestCompilation.Create(source);
            var (output, files, generatorDiagnostics, _) = TestCompilation.Generate(compilation);
            Assert.DoesNotContain(generatorDiagnostics, d => d.Id is "CS8784" or "CS8785");
            var diagnostics = TestCompilation.Analyze(output);
            Assert.DoesNotContain(diagnostics, d => d.Id is "AD0001" or "PG9999");
            bool pgError = diagnostics.Any(d => d.Id.StartsWith("PG", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
            bool compilerError = TestCompilation.CompilerErrors(output).Any();
            bool hasManifest = TestCompilation.ManifestTypes(output).Contains("Fuzz.W");
            // The generator and the analyzer agree: a manifest exactly when there is no error.
            if (!hasManifest)
            {
                withErrors++;
                foreach (var id in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Concat(TestCompilation.CompilerErrors(output).Select(d => d.Id)).Distinct())
                {
                    rejections[id] = rejections.TryGetValue(id, out var count) ? count + 1 : 1;
                }
                Assert.True(pgError || compilerError, "no manifest and no error: a silent loss\n" + source);
                return;
            }
            Assert.False(pgError, "manifest emitted despite an error\n" + source);
            // The source holds only attributes: a compiler error there is an argument the generator must not have used.
            Assert.False(compilerError, "manifest emitted although an argument does not compile\n" + source + "\n" + string.Join("\n", TestCompilation.CompilerErrors(output)));
            // What the generator emits always compiles.
            Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.Contains("ProbeGen", StringComparison.Ordinal) == true);
            withManifest++;
            var assembly = TestCompilation.Load(output);
            string yaml = (string)assembly.GetType("Fuzz.W")!.GetField("ManifestYaml")!.GetRawConstantValue()!;
            // Read back by ProbeGen's own YAML front-end: nothing unknown or lost, and the rule engine finds no error.
            var reread = ProbeGen.Yaml.ManifestYamlReader.Read(yaml).Documents.Single();
            Assert.Empty(reread.Issues);
            Assert.DoesNotContain(ProbeGen.Core.Validation.RuleEngine.Validate(reread.Workload!), f => f.IsError);
            var read = KubernetesYaml.Deserialize<V1Pod>(yaml);
            Assert.Equal(pod.Name, read.Metadata.Name);
            Assert.Equal(pod.Labels.Select(l => (l.Key, l.Value)), (read.Metadata.Labels ?? new Dictionary<string, string>()).Select(kv => (kv.Key, kv.Value)));
            Assert.Equal(pod.Containers.Length, read.Spec.Containers.Count);
            for (int i = 0; i < pod.Containers.Length; i++)
            {
                var expected = pod.Containers[i];
                var actual = read.Spec.Containers[i];
                Assert.Equal(expected.Name, actual.Name);
                Assert.Equal(expected.Image, actual.Image);
                Assert.Equal(expected.Args, actual.Args?.ToArray());
                Assert.Equal(expected.Ports, (actual.Ports ?? new List<V1ContainerPort>()).Select(p => p.ContainerPort));
                Assert.Equal(expected.Env.Select(e => (e.Name, e.Value)), (actual.Env ?? new List<V1EnvVar>()).Select(e => (e.Name, e.Value ?? "")));
                foreach (var p in expected.Probes)
                {
                    var probe = p.Kind switch { "LivenessProbe" => actual.LivenessProbe, "ReadinessProbe" => actual.ReadinessProbe, _ => actual.StartupProbe };
                    Assert.NotNull(probe);
                    Assert.Equal(p.Initial, probe.InitialDelaySeconds);
                    Assert.Equal(p.Timeout, probe.TimeoutSeconds);
                    Assert.Equal(p.Period, probe.PeriodSeconds);
                    Assert.Equal(p.Success, probe.SuccessThreshold);
                    Assert.Equal(p.Failure, probe.FailureThreshold);
                    Assert.Equal(p.Exec, probe.Exec?.Command?.ToArray());
                    if (p.HttpGet is not null) Assert.Equal(p.HttpGet, probe.HttpGet.Path);
                    string? port = probe.HttpGet?.Port?.Value ?? probe.TcpSocket?.Port?.Value ?? probe.Grpc?.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    Assert.Equal(p.PortName ?? p.Port?.ToString(System.Globalization.CultureInfo.InvariantCulture), port);
                }
            }
            emitted.Add(yaml);
        }, iter: Iterations, seed: Seed, threads: 1);

        // kubectl, the independent reader, on every emitted manifest (one call).
        if (emitted.Count > 0) Kubectl.Decode(string.Join("---\n", emitted));
        _output.WriteLine($"{Iterations} cases, seed {Seed}: {withManifest} manifests emitted and checked, {withErrors} rejected with a diagnostic ("
            + string.Join(", ", rejections.OrderByDescending(kv => kv.Value).Select(kv => kv.Key + " " + kv.Value)) + ")");
        Assert.True(withManifest > 0 && withErrors > 0, $"the generator should produce both outcomes (manifests: {withManifest}, rejected: {withErrors})");
    }

    /// <summary>
    /// The typed factories on the same random pods: <c>CreateManifest()</c> (the generated helper reading
    /// the workload's own constant) gives the object KubernetesYaml reads from <c>ManifestYaml</c>, hostile strings included.
    /// A third of the attribute fuzz's cases (each compiles against KubernetesClient and runs the factory).
    /// </summary>
    [Fact]
    public void RandomAttributes_TypedFactory_EqualsManifestYamlReadByKubernetesYaml()
    {
        int compared = 0;
        PodGen.Sample(pod =>
        {
            var (output, _, _, _) = TestCompilation.Generate(TestCompilation.Create(Render(pod), withKubernetesClient: true));
            if (!TestCompilation.ManifestTypes(output).Contains("Fuzz.W")) return;
            var type = TestCompilation.Load(output).GetType("Fuzz.W", throwOnError: true)!;
            string yaml = (string)type.GetField("ManifestYaml")!.GetRawConstantValue()!;
            var typed = (V1Pod)type.GetMethod("CreateManifest")!.Invoke(null, null)!;
            Assert.Equal(KubernetesJson.Serialize(KubernetesYaml.Deserialize<V1Pod>(yaml)), KubernetesJson.Serialize(typed));
            compared++;
        }, iter: Math.Max(1, Iterations / 3), seed: Seed, threads: 1);
        _output.WriteLine($"{compared} typed factories compared with their YAML");
        Assert.True(compared > 0, "no case produced a manifest");
    }
}

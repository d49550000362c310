using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProbeGen.Generator;
using ProbeGen.Generator.Parsing;

namespace ProbeGen.Tests;

/// <summary>
/// Issue 18: the generator reads literal attribute arguments from syntax and binds only what syntax cannot decide. The
/// syntax path must give exactly what binding gives; a global alias of a ProbeGen attribute makes every declaration go
/// the semantic path (an alias may rename any attribute), so the two runs compare the paths on the same sources.
/// </summary>
public class SyntaxPathTests
{
    private const string ForceBinding = "global using ProbeGenForcesBinding = ProbeGen.PodAttribute;\n";

    private const string Unrelated = """
        namespace Demo.Other;
        public class Calculator
        {
            public int Add(int a, int b) { return a + b; }
        }
        """;

    /// <summary>Shapes the syntax path reads itself: every argument kind and attribute of ProbeGen.</summary>
    private const string Literals = """"
        using ProbeGen;

        namespace Demo.Literals;

        [Deployment("web", Namespace = "prod", Replicas = 3, MinReadySeconds = 0, RevisionHistoryLimit = 2, ProgressDeadlineSeconds = 600)]
        [Label("app", "web")] [Label("tier", @"front")] [Annotation("note", "line\nbreak \u00e9")] [Annotation("path", @"C:\dir")] [NodeSelector("disk", "ssd")]
        [RestartPolicy(RestartPolicy.Always)] [TerminationGracePeriod(30)] [ServiceAccount("web-sa")]
        [ContainerAttribute("web", "nginx:1.27", Command = new string[] { "nginx" }, Args = new[] { "-g", "daemon off;" }, WorkingDir = "/srv", ImagePullPolicy = PullPolicy.IfNotPresent)]
        [ContainerPort(8080, Name = "http", Protocol = PortProtocol.Tcp, HostPort = 0)]
        [Env("MODE", "prod")] [EnvFromSecret("TOKEN", "web-secret", "token")] [EnvFromConfigMap("LEVEL", "web-config", "level")] [EnvFromField("POD_IP", "status.podIP")]
        [EnvFromConfigMap("web-config", Prefix = "CFG_")] [EnvFromSecret("web-secret", Optional = true)] [EnvSecretKey("KEY", "web-secret", "key", Optional = false)]
        [Resources(CpuRequest = "100m", MemoryRequest = "128Mi", CpuLimit = "1", MemoryLimit = "256Mi", EphemeralStorageRequest = "1Gi", EphemeralStorageLimit = "2Gi")]
        [LivenessProbe(HttpGet = "/healthz", PortName = "http", Scheme = HttpScheme.Http, HttpHeaders = ["X-Probe: 1"], InitialDelaySeconds = 5, TimeoutSeconds = 2, PeriodSeconds = 10, SuccessThreshold = 1, FailureThreshold = 3, TerminationGracePeriodSeconds = 20L)]
        [ReadinessProbe(TcpSocket = true, Port = 8080, Host = "localhost")]
        [StartupProbe(Grpc = true, Port = 9090, GrpcService = "svc", FailureThreshold = 30)]
        public partial class Web
        {
            [InitContainer("migrate", "tool:1", RestartPolicy = ContainerRestartPolicy.Always, Command = null)]
            public partial class Migrate { }

            [Container("sidecar", "envoy:1")]
            [Env("EMPTY", "")]
            public partial class Sidecar { }

            [InitContainer("first", "tool:0")]
            internal partial class First { }

            public void Helper() { }
        }

        [Job("sum", BackoffLimit = 4, Completions = 1, Parallelism = 1, ActiveDeadlineSeconds = 120, TtlSecondsAfterFinished = 60)]
        [RestartPolicy(RestartPolicy.Never)]
        [Container("sum", "perl:5.34", Command = ["perl", "-e", "print 1"])]
        public partial record Sum;

        [CronJob("hourly", "@hourly", TimeZone = "Etc/UTC", ConcurrencyPolicy = ConcurrencyPolicy.Forbid, StartingDeadlineSeconds = 100, SuccessfulJobsHistoryLimit = 3, FailedJobsHistoryLimit = 1, Suspend = false)]
        [RestartPolicy(RestartPolicy.OnFailure)]
        [Container("tick", "busybox", Args = new string[] { })]
        internal partial struct Hourly { }

        [Pod("""raw-name""")]
        [Container("c", "img", Args = new[] { "a", "b" }, ImagePullPolicy = PullPolicy.Always)]
        public partial record struct RawName { }

        [Pod("bare")]
        [Container("c", "img")]
        public partial class Bare { }
        """";

    /// <summary>Shapes only binding can decide; the syntax path must hand them over, not guess.</summary>
    private const string NeedsBinding = """
        using ProbeGen;

        namespace Demo.Bound
        {
            public static class Images { public const string Nginx = "nginx:1.27"; }

            [Pod("const")] [Container("web", Images.Nginx)] public partial class FromConst { }
            [Pod("concat")] [Container("web", "nginx" + ":1")] public partial class FromConcat { }
            [Pod("name-of")] [Container(nameof(FromNameOf), "img")] public partial class FromNameOf { }
            [Pod("cast")] [Container("web", "img")] [ContainerPort((int)80L)] public partial class FromCast { }
            [ProbeGen.Pod("qualified")] [Container("web", "img")] public partial class Qualified { }
            [Pod("named-ctor")] [Container(image: "img", name: "web")] public partial class NamedCtor { }
            [Pod("held")] [Container("web", null!)] public partial class Held { }
            [Pod("null-entry")] [Container("web", "img", Args = new[] { "a", null })] public partial class NullEntry { }
            [Pod("negative")] [Container("web", "img")] [ContainerPort(-1)] public partial class Negative { }
            [Pod("two")] [Deployment("two")] [Container("web", "img")] public partial class Two { }
            [Pod("not-partial")] [Container("web", "img")] public class NotPartial { }
            [Pod("generic")] [Container("web", "img")] public partial class Generic<T> { }
            [Pod("mine")] [Container("web", "img")] public partial class Mine { public const string ManifestYaml = "x"; }
            [Pod("split")] [Container("web", "img")] public partial class Split { }
            public partial class Split { public static string CreateManifest() => ""; }
            public partial class Outer { [Pod("nested")] [Container("web", "img")] public partial class Inner { } }
            [Pod("base")] [Container("web", "img")] public partial class Derived : Base { }
            public class Base { }
            [Pod("other-attr")] [System.Obsolete("x")] [Container("web", "img")] public partial class OtherAttribute { }
            [Pod("bad-enum")] [Container("web", "img", ImagePullPolicy = (PullPolicy)7)] public partial class BadEnum { }
        }

        namespace Demo.Scoped
        {
            using ProbeGen;

            [Pod("scoped-using")] [Container("web", "img")] public partial class ScopedUsing { }
        }

        namespace Demo.NsClash
        {
            namespace Env { public class Marker { } }

            [Pod("namespace-clash")] [Container("web", "img")] [Env("A", "b")] public partial class NamespaceClash { }
        }

        namespace Demo.Shadowed
        {
            // Declared here, this ContainerAttribute is the one [Container] binds to in this namespace: not ProbeGen's.
            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class ContainerAttribute : System.Attribute { public ContainerAttribute(string name, string image) { } }

            [Pod("shadowed")] [Container("web", "img")] public partial class Shadowed { }
        }
        """;

    /// <summary>[Set] shapes the syntax path reads itself: every literal kind of the object value, on workload and container classes, valid and not.</summary>
    private const string SetLiterals = """
        using ProbeGen;

        namespace Demo.Sets;

        [Deployment("web")]
        [Set("spec.paused", true)]
        [Set("spec.template.spec.hostUsers", false)]
        [Set("spec.template.spec.priority", -5)]
        [Set("spec.template.spec.dnsConfig.searches", new string[] { })]
        [TerminationGracePeriod(3000000001L)]
        [Set("spec.template.spec.readinessGates[0].conditionType", "example.com/ready")]
        [Set("spec.template.spec.schedulingGates[0].name", "example.com/gate")]
        [Set("spec.template.spec.dnsConfig.options[0].name", "ndots")]
        [Set("spec.template.spec.dnsConfig.options[0].value", "2")]
        [PodAnnotation("prometheus.io/scrape", "true")]
        [Set("spec.template.spec.volumes[0].name", "scratch")]
        [Set("spec.template.spec.volumes[0].emptyDir", "{}")]
        [Set("spec.template.spec.overhead['cpu']", 0.5)]
        [Set("metadata.finalizers", new[] { "a.example.com/x", "b" })]
        [Set("spec.template.spec.nodeName", "node-1")]
        [Container("web", "nginx:1.27")]
        [PreStop(SleepSeconds = 3000000000L)] // a long literal, in a lowered attribute
        public partial class Web
        {
            [Container("sidecar", "busybox:1.36")]
            [PostStart(Exec = new string[] { "NET_ADMIN", "SYS_TIME" })]
            [Set("volumeMounts[0].name", "scratch")]
            [Set("volumeMounts[0].mountPath", "/scratch")]
            public partial class Sidecar { }

            [InitContainer("init", "busybox:1.36")]
            [Set("stdin", true)]
            public partial class Init { }
        }

        [Job("batch", Completions = 3, CompletionMode = CompletionMode.Indexed)] [RestartPolicy(RestartPolicy.Never)] [Set("spec.template.spec.hostUsers", true)] [Container("c", "img")] public partial class Batch { }
        [CronJob("tick", "@hourly")] [RestartPolicy(RestartPolicy.OnFailure)] [Set("spec.jobTemplate.spec.template.spec.nodeName", "node-1")] [Container("c", "img")] public partial class Tick { }
        """;

    /// <summary>[Set]s with errors: read from syntax, then handed to binding (every error goes there, to be said exactly).</summary>
    private const string SetErrors = """
        using ProbeGen;

        namespace Demo.SetErrors;

        [Pod("bad-path")] [Set("spec.hostNetwrok", true)] [Container("c", "img")] public partial class BadPath { }
        [Pod("bad-value")] [Set("spec.hostUsers", "yes")] [Container("c", "img")] public partial class BadValue { }
        [Pod("gap")] [Set("spec.readinessGates[0].conditionType", "a")] [Set("spec.readinessGates[2].conditionType", "b")] [Container("c", "img")] public partial class Gap { }
        [Pod("twice")] [Set("spec.nodeName", "high")] [Set("spec.nodeName", "low")] [Container("c", "img")] public partial class Twice { }
        [Pod("modeled")] [Set("spec.restartPolicy", "Never")] [Container("c", "img")] public partial class Modeled { }
        [Pod("past")] [Set("spec.containers[1].tty", true)] [Container("c", "img")] public partial class Past { }
        [Pod("null-value")] [Set("spec.nodeName", null)] [Container("c", "img")] public partial class NullValue { }
        [Pod("null-path")] [Set(null, "x")] [Container("c", "img")] public partial class NullPath { }
        [Pod("int-array")] [Set("spec.dnsConfig.searches", new[] { 1, 2 })] [Container("c", "img")] public partial class IntArray { }
        [Pod("job-gen")] [Container("c", "img")] public partial class Stray { [Set("securityContext.runAsUser", 1)] public partial class NotAContainer { } }
        """;

    /// <summary>[Set] values only binding can decide: the syntax path hands them over.</summary>
    private const string SetNeedsBinding = """
        using ProbeGen;

        namespace Demo.SetsBound
        {
            public static class K { public const string Os = "linux"; public const int Uid = 1000; }
            public enum Policy { Always, Never }

            [Pod("const")] [Set("spec.nodeSelector['kubernetes.io/os']", K.Os)] [Container("c", "img")] public partial class FromConst { }
            [Pod("const-int")] [Set("spec.activeDeadlineSeconds", K.Uid)] [Container("c", "img")] public partial class FromConstInt { }
            [Pod("enum")] [Set("spec.os.name", Policy.Never)] [Container("c", "img")] public partial class FromEnum { }
            [Pod("float")] [Set("spec.overhead['cpu']", 0.5f)] [Container("c", "img")] public partial class FromFloat { }
            [Pod("uint")] [Set("spec.priority", 5u)] [Container("c", "img")] public partial class FromUint { }
            [Pod("char")] [Set("spec.nodeName", 'x')] [Container("c", "img")] public partial class FromChar { }
            [Pod("typeof")] [Set("spec.nodeName", typeof(string))] [Container("c", "img")] public partial class FromTypeof { }
            [Pod("mixed")] [Set("metadata.finalizers", new object[] { "a", 1 })] [Container("c", "img")] public partial class Mixed { }
            [Pod("concat")] [Set("spec." + "nodeName", "h")] [Container("c", "img")] public partial class Concat { }
            [Pod("named")] [Set(value: "h", path: "spec.nodeName")] [Container("c", "img")] public partial class Named { }
        }
        """;

    private const string Aliased = """
        using P = ProbeGen.PodAttribute;
        using ProbeGen;

        namespace Demo.Aliased;

        [P("aliased")] [Container("web", "img")] public partial class ViaAlias { }
        """;

    private const string NoUsing = """
        namespace Demo.NoUsing;

        [ProbeGen.Pod("no-using")] [ProbeGen.Container("web", "img")] public partial class NoUsing { }
        """;

    /// <summary>The pod template's metadata and the selector on every controller kind, split over declarations, and on a Pod (PG0020).</summary>
    private const string PodTemplates = """
        using ProbeGen;

        namespace Demo.Templates;

        [Deployment("web")] [Label("team", "core")] [PodLabel("app", "web")] [PodLabel("version", @"v2")]
        [PodAnnotation("prometheus.io/scrape", "true")] [SelectorLabel("app", "web")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }

        [Job("migrate")] [RestartPolicy(RestartPolicy.Never)] [SelectorLabel("job", "migrate")] [PodLabel("job", "migrate")]
        [Container("migrate", "busybox")]
        public partial class Migrate { }

        [CronJob("nightly", "0 3 * * *")] [RestartPolicy(RestartPolicy.OnFailure)] [PodAnnotation("a", "b")] [PodLabel("app", "nightly")]
        [Container("report", "busybox")]
        public partial class Nightly { }

        [Pod("bare")] [PodLabel("app", "bare")] [Container("web", "nginx:1.27")]
        public partial class Bare { }
        """;

    public static TheoryData<string> Corpora() => new()
    {
        Literals, NeedsBinding, Aliased, NoUsing, Sources.Seed, Sources.Full, Sources.Controllers, SetLiterals, SetNeedsBinding, PodTemplates,
        SecurityContextGeneratorTests.Source, LifecycleGeneratorTests.Source, VolumeAttributeGeneratorTests.WithAttributes,
        PodSpecGeneratorTests.Source,
        DeploymentStrategyGeneratorTests.Source,
        EnvFromGeneratorTests.Source,
        UpdateStrategyGeneratorTests.Source,
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void SyntaxAndSemanticPaths_SameGeneratedSourcesAndDiagnostics(string source)
    {
        foreach (bool typed in new[] { false, true })
        {
            var direct = TestCompilation.Create(new[] { source, Unrelated }, withKubernetesClient: typed);
            var bound = TestCompilation.Create(new[] { source, Unrelated, ForceBinding }, withKubernetesClient: typed);
            var (_, directFiles, directDiagnostics, directDriver) = TestCompilation.Generate(direct);
            var (_, boundFiles, boundDiagnostics, boundDriver) = TestCompilation.Generate(bound);

            Assert.Equal(boundFiles.Select(f => f.HintName), directFiles.Select(f => f.HintName));
            for (int i = 0; i < boundFiles.Length; i++) Assert.Equal(boundFiles[i].Text, directFiles[i].Text);
            Assert.Equal(boundDiagnostics.Select(d => d.ToString()), directDiagnostics.Select(d => d.ToString()));
            // The forced run bound everything; the direct run must have read something from syntax where it could.
            Assert.All(Claims(boundDriver), c => Assert.True(c.NeedsSemantic, c.FullName));
            if (source == Literals || source == SetLiterals || source == SecurityContextGeneratorTests.Source || source == VolumeAttributeGeneratorTests.WithAttributes || source == EnvFromGeneratorTests.Source) Assert.All(Claims(directDriver), c => Assert.False(c.NeedsSemantic, c.FullName));
            if (source == SetNeedsBinding) Assert.All(Claims(directDriver), c => Assert.True(c.NeedsSemantic, c.FullName));
            // A declaration with an error (the Pod's PG0020) is bound for its diagnostic's location; the others are read from syntax.
            if (source == PodTemplates) Assert.All(Claims(directDriver), c => Assert.Equal(c.FullName.StartsWith("Demo.Templates.Bare", StringComparison.Ordinal), c.NeedsSemantic));
        }
    }

    [Theory]
    [InlineData("[*.cs]\ndotnet_diagnostic.PG2003.severity = error\n")]
    [InlineData("[File0.cs]\ndotnet_diagnostic.PG3005.severity = error\n")]
    [InlineData("[*.cs]\ndotnet_diagnostic.PG2003.severity = warning\n")]
    public void FindingRaisedToError_HeldBackAsByBinding(string editorconfig)
    {
        var direct = HeldBackTests.WithEditorconfig(TestCompilation.Create(new[] { Literals, Unrelated }), editorconfig);
        var bound = HeldBackTests.WithEditorconfig(TestCompilation.Create(new[] { Literals, Unrelated, ForceBinding }), editorconfig);
        var (_, directFiles, directDiagnostics, directDriver) = TestCompilation.Generate(direct);
        var (_, boundFiles, boundDiagnostics, _) = TestCompilation.Generate(bound);
        Assert.Equal(boundFiles.Select(f => f.HintName), directFiles.Select(f => f.HintName));
        for (int i = 0; i < boundFiles.Length; i++) Assert.Equal(boundFiles[i].Text, directFiles[i].Text);
        Assert.Equal(boundDiagnostics.Select(d => d.ToString()), directDiagnostics.Select(d => d.ToString()));
        bool raised = editorconfig.Contains("= error", StringComparison.Ordinal);
        // Raised to error: that workload is held back (the generated held-back index names it), as binding would hold it back.
        string heldBack = string.Join("\n", directFiles.Where(f => f.HintName.Contains("HeldBack", StringComparison.Ordinal)).Select(f => f.Text));
        Assert.Equal(raised, heldBack.Contains(editorconfig.Contains("PG3005", StringComparison.Ordinal) ? "Demo.Literals.Web" : "Demo.Literals.Bare", StringComparison.Ordinal));
        Assert.Contains(Claims(directDriver), c => !c.NeedsSemantic);
    }

    [Fact]
    public void NeedsBinding_EveryShapeGoesToTheSemanticPath()
    {
        var (_, _, _, driver) = TestCompilation.Generate(TestCompilation.Create(new[] { NeedsBinding, Aliased, NoUsing }));
        var claims = Claims(driver);
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.True(c.NeedsSemantic, c.FullName + " was read from syntax"));
    }

    [Fact]
    public void UnrelatedEdit_EveryStepCachedOrUnchanged_NothingBound_OutputIdentical()
    {
        var compilation = TestCompilation.Create(new[] { Literals, Unrelated }, withKubernetesClient: true);
        var driver = TestCompilation.Driver().RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToArray();
        var old = compilation.SyntaxTrees.ElementAt(1);
        var edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(Unrelated.Replace("return a + b;", "var sum = a + b; return sum;"), TestCompilation.ParseOptions, old.FilePath));
        driver = driver.RunGenerators(edited);
        var result = driver.GetRunResult().Results.Single();

        var steps = result.TrackedSteps;
        foreach (var name in AllSteps)
        {
            Assert.True(steps.ContainsKey(name), name + " did not run");
            var reasons = steps[name].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, name + " was " + r));
        }
        foreach (var (name, outputs) in result.TrackedOutputSteps)
        {
            Assert.All(outputs.SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, name + " was " + o.Reason));
        }
        // Nothing was bound: the semantic path had no declaration to look at.
        var semantic = steps[TrackingNames.SemanticWorkloads].SelectMany(s => s.Outputs).Select(o => o.Value).Cast<ProbeGen.Core.Model.EquatableArray<SemanticResult>>().Single();
        Assert.Empty(semantic);
        Assert.Equal(before, result.GeneratedSources.Select(s => s.SourceText.ToString()).ToArray());
    }

    [Fact]
    public void EditOneWorkload_OnlyItsDeclarationReadAgain()
    {
        var other = Literals.Replace("namespace Demo.Literals;", "namespace Demo.Copy;");
        var compilation = TestCompilation.Create(new[] { Literals, other, Unrelated });
        var driver = TestCompilation.Driver().RunGenerators(compilation);
        var old = compilation.SyntaxTrees.ElementAt(0);
        var edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(Literals.Replace("\"nginx:1.27\"", "\"nginx:1.28\""), TestCompilation.ParseOptions, old.FilePath));
        driver = driver.RunGenerators(edited);
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;

        var claims = steps[TrackingNames.SyntaxWorkloads].SelectMany(s => s.Outputs).ToArray();
        var changed = Assert.Single(claims, o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Equal("Demo.Literals.Web`0", ((SyntaxClaim)changed.Value).FullName);
        var generated = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString());
        Assert.Contains(generated, t => t.Contains("nginx:1.28", StringComparison.Ordinal));
        Assert.Contains(generated, t => t.Contains("nginx:1.27", StringComparison.Ordinal));
    }

    [Fact]
    public void AttributeSchema_MatchesTheReferencedProbeGenAssembly()
    {
        Assert.True(AttributeSchema.Matches(TestCompilation.Create(Unrelated)));
    }

    [Fact]
    public void AttributeSchema_AnotherProbeGenAssembly_NothingReadFromSyntax()
    {
        // A ProbeGen.dll of another shape (here: the source of one whose PodAttribute lacks Namespace) is read by binding.
        const string Fake = """
            namespace ProbeGen
            {
                public sealed class PodAttribute : System.Attribute { public PodAttribute(string name) { } }
            }
            """;
        var compilation = CSharpCompilation.Create("ProbeGen", new[] { CSharpSyntaxTree.ParseText(Fake, TestCompilation.ParseOptions) },
            TestCompilation.Create(Unrelated).References.Where(r => r.Display?.EndsWith("ProbeGen.dll", StringComparison.Ordinal) != true));
        Assert.False(AttributeSchema.Matches(compilation));
    }

    private static readonly string[] AllSteps =
    {
        TrackingNames.Declarations, TrackingNames.GlobalUsings, TrackingNames.NameFacts, TrackingNames.PartialTypes, TrackingNames.SyntaxWorkloads,
        TrackingNames.RaisedSeverities, TrackingNames.SemanticWorkloads, TrackingNames.Workloads,
        TrackingNames.Pods, TrackingNames.Deployments, TrackingNames.Jobs, TrackingNames.CronJobs,
        TrackingNames.Settings, TrackingNames.Catalogue, TrackingNames.Members, TrackingNames.Shards,
    };

    private static SyntaxClaim[] Claims(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.SyntaxWorkloads].SelectMany(s => s.Outputs).Select(o => (SyntaxClaim)o.Value).ToArray();
}

using System.Collections.Immutable;
using System.Reflection;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ProbeGen.Tests;

/// <summary>
/// The public API baseline of src/Abstractions (what users write: the attributes and enums): the sources compiled with
/// the real PublicApiAnalyzers, the real PublicAPI.*.txt and the severities of ProbeGen.Abstractions.csproj. Today's
/// surface matches the baseline; a breaking change to it is an error, an addition is an error until it is recorded.
/// </summary>
public class PublicApiBaselineTests
{
    private static readonly string Dir = Path.Combine(RepoPaths.Root, "src", "Abstractions");

    [Fact]
    public void Attributes_AsTheyAre_MatchTheBaselines_UnshippedIsOnlyIssue12sAdditions()
    {
        Assert.Empty(Run(Sources()));
        // Waiting to ship (issue 12): [EnvSecretKey]/[EnvConfigMapKey], the new names of [EnvFromSecret]/[EnvFromConfigMap],
        // the containers' TerminationMessagePolicy and TerminationMessagePath, the workloads' GenerateName; issue 13's [Set], [StatefulSet], [DaemonSet], PodManagementPolicy, [PodLabel], [PodAnnotation], [SelectorLabel], [ResourceRequest], [ResourceLimit], the volume attributes and [VolumeMount] with HostPathType, MountPropagation, RecursiveReadOnly; [SecurityContext], [PodSecurityContext] and their enums; the lifecycle hooks [PreStop], [PostStart]; [PodSpec], [ImagePullSecret], [Toleration], [DeploymentStrategy], [StatefulSetUpdateStrategy], [DaemonSetUpdateStrategy], [TopologySpread] and their enums; [Job]/[CronJob] CompletionMode (and its enum), BackoffLimitPerIndex, MaxFailedIndexes; envFrom's 1-argument [EnvFromConfigMap]/[EnvFromSecret] with Prefix and Optional, and Optional on the key refs; [VolumeItem] for the items of ConfigMap and Secret volumes; the affinity attributes and NodeSelectorOperator.
        Assert.Equal(new[] { "ProbeGen.AppArmorProfileType", "ProbeGen.CompletionMode", "ProbeGen.ConfigMapVolumeAttribute", "ProbeGen.ContainerAttribute", "ProbeGen.CronJobAttribute", "ProbeGen.CsiVolumeAttribute", "ProbeGen.DaemonSetAttribute", "ProbeGen.DaemonSetUpdateStrategyAttribute", "ProbeGen.DaemonSetUpdateStrategyType", "ProbeGen.DeploymentAttribute", "ProbeGen.DeploymentStrategyAttribute", "ProbeGen.DeploymentStrategyType", "ProbeGen.DnsPolicy", "ProbeGen.DownwardApiVolumeAttribute", "ProbeGen.EmptyDirVolumeAttribute", "ProbeGen.EnvConfigMapKeyAttribute", "ProbeGen.EnvFromConfigMapAttribute", "ProbeGen.EnvFromSecretAttribute", "ProbeGen.EnvSecretKeyAttribute", "ProbeGen.EphemeralVolumeAttribute", "ProbeGen.FsGroupChangePolicy", "ProbeGen.HostPathType", "ProbeGen.HostPathVolumeAttribute", "ProbeGen.ImagePullSecretAttribute", "ProbeGen.InitContainerAttribute", "ProbeGen.JobAttribute", "ProbeGen.MountPropagation", "ProbeGen.NodeAffinityAttribute", "ProbeGen.NodeInclusionPolicy", "ProbeGen.NodeSelectorOperator", "ProbeGen.PersistentVolumeClaimVolumeAttribute", "ProbeGen.PodAffinityAttribute", "ProbeGen.PodAnnotationAttribute", "ProbeGen.PodAntiAffinityAttribute", "ProbeGen.PodAttribute", "ProbeGen.PodLabelAttribute", "ProbeGen.PodManagementPolicy", "ProbeGen.PodSecurityContextAttribute", "ProbeGen.PodSpecAttribute", "ProbeGen.PostStartAttribute", "ProbeGen.PreStopAttribute", "ProbeGen.PreemptionPolicy", "ProbeGen.PreferredNodeAffinityAttribute", "ProbeGen.PreferredPodAffinityAttribute", "ProbeGen.PreferredPodAntiAffinityAttribute", "ProbeGen.ProcMount", "ProbeGen.ProjectedVolumeAttribute", "ProbeGen.RecursiveReadOnly", "ProbeGen.ResourceLimitAttribute", "ProbeGen.ResourceRequestAttribute", "ProbeGen.SeccompProfileType", "ProbeGen.SecretVolumeAttribute", "ProbeGen.SecurityContextAttribute", "ProbeGen.SelectorLabelAttribute", "ProbeGen.SetAttribute", "ProbeGen.StatefulSetAttribute", "ProbeGen.StatefulSetUpdateStrategyAttribute", "ProbeGen.StatefulSetUpdateStrategyType", "ProbeGen.SupplementalGroupsPolicy", "ProbeGen.TaintEffect", "ProbeGen.TerminationMessagePolicy", "ProbeGen.TolerationAttribute", "ProbeGen.TolerationOperator", "ProbeGen.TopologySpreadAttribute", "ProbeGen.VolumeItemAttribute", "ProbeGen.VolumeMountAttribute", "ProbeGen.WhenUnsatisfiable" },
            File.ReadAllLines(Path.Combine(Dir, "PublicAPI.Unshipped.txt")).Where(l => l.Length > 0 && l != "#nullable enable")
                .Select(l => l.Split('.', 3)[0] + "." + l.Split('.', 3)[1]).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RenamedConstructorParameter_IsAnError_AtTheConstructor_AndAtTheShippedLine()
    {
        // [EnvFromSecret(name: …, secretName: …, key: …)] stops compiling when secretName is renamed.
        var sources = Sources(("ContainerAttributes.cs",
            "public EnvFromSecretAttribute(string name, string secretName, string key)\n        {\n            Name = name;\n            SecretName = secretName;",
            "public EnvFromSecretAttribute(string name, string secret, string key)\n        {\n            Name = name;\n            SecretName = secret;"));
        var diagnostics = Run(sources);

        const string Removed = "ProbeGen.EnvFromSecretAttribute.EnvFromSecretAttribute(string! name, string! secretName, string! key) -> void";
        const string Added = "ProbeGen.EnvFromSecretAttribute.EnvFromSecretAttribute(string! name, string! secret, string! key) -> void";
        Assert.Equal(new[] { "RS0016", "RS0017" }, diagnostics.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));

        var added = diagnostics.Single(d => d.Id == "RS0016");
        Assert.Contains("'" + Added + "'", added.GetMessage(), StringComparison.Ordinal);
        string source = sources["ContainerAttributes.cs"];
        Assert.Equal(source.IndexOf("EnvFromSecretAttribute(string name, string secret", StringComparison.Ordinal), added.Location.SourceSpan.Start);
        Assert.Equal("EnvFromSecretAttribute", source.Substring(added.Location.SourceSpan.Start, added.Location.SourceSpan.Length));

        var removed = diagnostics.Single(d => d.Id == "RS0017");
        Assert.Contains("'" + Removed + "'", removed.GetMessage(), StringComparison.Ordinal);
        var span = removed.Location.GetLineSpan();
        Assert.EndsWith("PublicAPI.Shipped.txt", span.Path, StringComparison.Ordinal);
        Assert.Equal(Array.IndexOf(File.ReadAllLines(Path.Combine(Dir, "PublicAPI.Shipped.txt")), Removed), span.StartLinePosition.Line);
    }

    [Fact]
    public void RemovedNamedArgument_IsAnError_AtItsShippedLines()
    {
        // [ContainerPort(8080, Protocol = PortProtocol.Udp)] stops compiling when Protocol goes.
        var sources = Sources(("ContainerAttributes.cs", "public PortProtocol Protocol { get; set; }", ""));
        var diagnostics = Run(sources);

        Assert.Equal(
            new[] { "ProbeGen.ContainerPortAttribute.Protocol.get -> ProbeGen.PortProtocol", "ProbeGen.ContainerPortAttribute.Protocol.set -> void" },
            diagnostics.Select(d => Assert.Single(Symbols(d))).OrderBy(s => s, StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(("RS0017", DiagnosticSeverity.Error), (d.Id, d.Severity)));
    }

    [Fact]
    public void NewNamedArgument_IsAnError_UntilRecordedInUnshipped()
    {
        var sources = Sources(("ContainerAttributes.cs", "public int HostPort { get; set; }", "public int HostPort { get; set; }\n        public string? HostIP { get; set; }"));
        var diagnostics = Run(sources);
        Assert.Equal(
            new[] { "ProbeGen.ContainerPortAttribute.HostIP.get -> string?", "ProbeGen.ContainerPortAttribute.HostIP.set -> void" },
            diagnostics.Select(d => Assert.Single(Symbols(d))).OrderBy(s => s, StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(("RS0016", DiagnosticSeverity.Error), (d.Id, d.Severity)));

        string unshipped = File.ReadAllText(Path.Combine(Dir, "PublicAPI.Unshipped.txt")) + "ProbeGen.ContainerPortAttribute.HostIP.get -> string?\nProbeGen.ContainerPortAttribute.HostIP.set -> void\n";
        Assert.Empty(Run(sources, unshipped));
    }

    /// <summary>The quoted symbols of a PublicApiAnalyzers message.</summary>
    private static IEnumerable<string> Symbols(Diagnostic d)
    {
        string m = d.GetMessage();
        int a = m.IndexOf('\''), b = m.IndexOf('\'', a + 1);
        if (a >= 0 && b > a) yield return m.Substring(a + 1, b - a - 1);
    }

    /// <summary>src/Abstractions' sources by file name, each edit (file, old, new) applied exactly once.</summary>
    private static Dictionary<string, string> Sources(params (string File, string Old, string New)[] edits)
    {
        var sources = Directory.GetFiles(Dir, "*.cs", SearchOption.TopDirectoryOnly)
            .ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f).Replace("\r\n", "\n"), StringComparer.Ordinal);
        foreach (var (file, old, replacement) in edits)
        {
            string text = sources[file];
            int at = text.IndexOf(old, StringComparison.Ordinal);
            Assert.True(at >= 0 && text.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, "edit not found exactly once in " + file + ": " + old);
            sources[file] = text.Substring(0, at) + replacement + text.Substring(at + old.Length);
        }
        return sources;
    }

    /// <summary>The RS diagnostics of a compilation of <paramref name="sources"/>, with the project's severities.</summary>
    private static ImmutableArray<Diagnostic> Run(Dictionary<string, string> sources, string? unshipped = null)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => CSharpSyntaxTree.ParseText(s.Value, parse, path: Path.Combine(Dir, s.Key)));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(ProjectWarningsAsErrors().ToDictionary(id => id, _ => ReportDiagnostic.Error));
        var compilation = CSharpCompilation.Create("ProbeGen", trees, Basic.Reference.Assemblies.Net100.References.All, options);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var files = ImmutableArray.Create<AdditionalText>(
            new FileText(Path.Combine(Dir, "PublicAPI.Shipped.txt"), File.ReadAllText(Path.Combine(Dir, "PublicAPI.Shipped.txt"))),
            new FileText(Path.Combine(Dir, "PublicAPI.Unshipped.txt"), unshipped ?? File.ReadAllText(Path.Combine(Dir, "PublicAPI.Unshipped.txt"))));
        var withAnalyzers = compilation.WithAnalyzers(PublicApiAnalyzers.Value, new AnalyzerOptions(files));
        var all = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return all.Where(d => d.Id.StartsWith("RS", StringComparison.Ordinal)).ToImmutableArray();
    }

    /// <summary>The diagnostics ProbeGen.Abstractions.csproj makes errors (its WarningsAsErrors), which must include RS0016 and RS0017.</summary>
    private static string[] ProjectWarningsAsErrors()
    {
        var project = XDocument.Load(Path.Combine(Dir, "ProbeGen.Abstractions.csproj"));
        var ids = project.Descendants("WarningsAsErrors").SelectMany(e => e.Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(id => !id.StartsWith("$(", StringComparison.Ordinal)).ToArray();
        Assert.Contains("RS0016", ids);
        Assert.Contains("RS0017", ids);
        return ids;
    }

    /// <summary>The analyzers of Microsoft.CodeAnalysis.PublicApiAnalyzers, the package the project builds with (copied beside the tests).</summary>
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> PublicApiAnalyzers = new(() =>
    {
        string path = Path.Combine(AppContext.BaseDirectory, "PublicApiAnalyzers", "Microsoft.CodeAnalysis.PublicApiAnalyzers.dll");
        var reference = new AnalyzerFileReference(path, new Loader());
        var analyzers = reference.GetAnalyzers(LanguageNames.CSharp);
        Assert.NotEmpty(analyzers);
        return analyzers;
    });

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }

    private sealed class FileText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text.Replace("\r\n", "\n"));
    }
}

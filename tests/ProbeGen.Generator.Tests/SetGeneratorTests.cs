using System.Reflection;
using System.Text.Json;
using k8s;
using k8s.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProbeGen.Core.Validation;
using ProbeGen.Generator.Parsing;

namespace ProbeGen.Tests;

/// <summary>[Set(path, value)] through the generator: YAML text, kubectl, KubernetesYaml and CreateManifest(); held back on errors; inert and crash-free on hostile input; findings placed at the [Set].</summary>
public class SetGeneratorTests
{
    private static string ManifestYaml(Assembly assembly, string typeName) =>
        (string)assembly.GetType(typeName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!;

    private const string Web = """
        using ProbeGen;

        namespace Shop;

        [Deployment("web", Replicas = 2)]
        [Set("spec.paused", true)]
        [Set("spec.template.spec.hostAliases[0].ip", "10.1.2.3")]
        [Set("spec.template.spec.hostAliases[0].hostnames", new[] { "db" })]
        [Set("spec.template.spec.volumes[0].name", "scratch")]
        [Set("spec.template.spec.volumes[0].emptyDir", "{}")]
        [Container("web", "nginx:1.27")]
        [ContainerPort(8080, Name = "http")]
        [ReadinessProbe(HttpGet = "/ready", PortName = "http")]
        [Set("spec.template.spec.containers[0].securityContext.seLinuxOptions.user", "system_u")]
        public partial class Web
        {
            [Container("sidecar", "busybox:1.36")]
            [Set("securityContext.seLinuxOptions.type", "spc_t")]
            [Set("volumeMounts[0].name", "scratch")]
            [Set("volumeMounts[0].mountPath", "/scratch")]
            public partial class Sidecar { }
        }
        """;

    private const string WebYaml = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: nginx:1.27
                ports:
                - containerPort: 8080
                  name: http
                readinessProbe:
                  httpGet:
                    path: /ready
                    port: http
                securityContext:
                  seLinuxOptions:
                    user: system_u
              - name: sidecar
                image: busybox:1.36
                securityContext:
                  seLinuxOptions:
                    type: spc_t
                volumeMounts:
                - mountPath: /scratch
                  name: scratch
              hostAliases:
              - hostnames:
                - db
                ip: "10.1.2.3"
              volumes:
              - emptyDir: {}
                name: scratch
          paused: true

        """;

    [Fact]
    public void Deployment_WithSettings_YamlText_Kubectl_KubernetesYaml_CreateManifest()
    {
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Web, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.Empty(TestCompilation.Analyze(output).Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal)));
        var assembly = TestCompilation.Load(output);
        string yaml = ManifestYaml(assembly, "Shop.Web");
        Assert.Equal(WebYaml.Replace("\r\n", "\n"), yaml);

        using var decoded = JsonDocument.Parse(Kubectl.Decode(yaml));
        var pod = decoded.RootElement.GetProperty("spec").GetProperty("template").GetProperty("spec");
        Assert.True(decoded.RootElement.GetProperty("spec").GetProperty("paused").GetBoolean());
        Assert.Equal("system_u", pod.GetProperty("containers")[0].GetProperty("securityContext").GetProperty("seLinuxOptions").GetProperty("user").GetString());
        Assert.Equal("spc_t", pod.GetProperty("containers")[1].GetProperty("securityContext").GetProperty("seLinuxOptions").GetProperty("type").GetString());
        Assert.Equal("10.1.2.3", pod.GetProperty("hostAliases")[0].GetProperty("ip").GetString());

        var read = KubernetesYaml.Deserialize<V1Deployment>(yaml);
        Assert.Equal("/scratch", read.Spec.Template.Spec.Containers[1].VolumeMounts[0].MountPath);

        var typed = (V1Deployment)assembly.GetType("Shop.Web", throwOnError: true)!.GetMethod("CreateManifest")!.Invoke(null, null)!;
        Assert.Equal(true, typed.Spec.Paused);
        Assert.Equal("db", typed.Spec.Template.Spec.HostAliases[0].Hostnames[0]);
        Assert.NotNull(typed.Spec.Template.Spec.Volumes[0].EmptyDir);
        Assert.Equal("system_u", typed.Spec.Template.Spec.Containers[0].SecurityContext.SeLinuxOptions.User);
        Assert.Equal("spc_t", typed.Spec.Template.Spec.Containers[1].SecurityContext.SeLinuxOptions.Type);
        Assert.Equal(2, typed.Spec.Replicas);
    }

    [Fact]
    public void ErroneousSet_UnderPragma_NoManifest_PG0017NamesIt()
    {
        const string source = """
            using ProbeGen;
            namespace Shop;
            [Pod("p")]
            #pragma warning disable PG0040
            [Set("spec.hostNetwrok", true)]
            #pragma warning restore PG0040
            [Container("app", "nginx:1.27")]
            public partial class P { }
            [Pod("good")] [Set("spec.hostUsers", false)] [Container("app", "nginx:1.27")] public partial class Good { }
            """;
        var (output, _, generator, _) = TestCompilation.Generate(TestCompilation.Create(source));
        Assert.Equal(new[] { "Shop.Good" }, TestCompilation.ManifestTypes(output));
        var d = Assert.Single(generator);
        Assert.Equal("PG0017", d.Id);
        Assert.Contains("'Shop.P' gets no manifest", d.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("error PG0040 (A [Set] path names no settable field) holds it back", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void HostileValueAndKey_InertInGeneratedCode_ReadBackExactly()
    {
        // Quotes, backslashes, newlines, a comment end, a raw-string delimiter, a YAML document marker: in a value and in a map key.
        const string value = "a\"b\\c\nd */ e \"\"\" f\n---\nkind: Secret";
        const string key = "k\"\"\"*/\\n\n'x";
        string literal = SymbolDisplay.FormatLiteral(value, true);
        string keyPath = SymbolDisplay.FormatLiteral("spec.overhead['" + key.Replace("'", "''") + "']", true);
        string source = "using ProbeGen;\nnamespace Shop;\n[Pod(\"p\")]\n"
            + "[Set(\"spec.nodeName\", " + literal + ")]\n"
            + "[Set(\"metadata.finalizers\", new[] { " + literal + " })]\n"
            + "[Set(" + keyPath + ", \"100m\")]\n" // overhead takes quantities: the hostile part is the key
            + "[Container(\"app\", \"nginx:1.27\")]\npublic partial class P { }\n";
        var (output, files, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(source, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        Assert.Empty(TestCompilation.CompilerErrors(output));
        // The generated C# has one member: the constant, whose text round-trips (nothing escaped into code).
        var workload = files.Single(f => f.HintName.StartsWith("ProbeGen.Workloads.", StringComparison.Ordinal)).Text;
        var tree = CSharpSyntaxTree.ParseText(workload);
        Assert.Empty(tree.GetDiagnostics());
        var constant = tree.GetRoot().DescendantNodes().OfType<FieldDeclarationSyntax>().Single(f => f.Declaration.Variables.Single().Identifier.ValueText == "ManifestYaml");
        string yaml = (string)((LiteralExpressionSyntax)constant.Declaration.Variables.Single().Initializer!.Value).Token.Value!;
        Assert.Equal(ManifestYaml(TestCompilation.Load(output), "Shop.P"), yaml);

        using var decoded = JsonDocument.Parse(Kubectl.Decode(yaml));
        Assert.Equal("Pod", decoded.RootElement.GetProperty("kind").GetString());
        Assert.Equal(value, decoded.RootElement.GetProperty("spec").GetProperty("nodeName").GetString());
        Assert.Equal(value, decoded.RootElement.GetProperty("metadata").GetProperty("finalizers")[0].GetString());
        Assert.Equal("100m", decoded.RootElement.GetProperty("spec").GetProperty("overhead").GetProperty(key).GetString());
        var pod = KubernetesYaml.Deserialize<V1Pod>(yaml);
        Assert.Equal(value, pod.Spec.NodeName);
    }

    public static TheoryData<string, string> HostileSets => new()
    {
        { "\"\"", "\"x\"" },
        { "\".\"", "1" },
        { "\"spec..x\"", "1" },
        { "\"spec.volumes[-1].name\"", "\"a\"" },
        { "\"spec.volumes[100000].name\"", "\"a\"" },
        { "\"spec.volumes[0007].name\"", "\"a\"" },
        { "\"spec.nodeSelector['unterminated\"", "\"a\"" },
        { "\"spec.overhead['a''b']\"", "\"1\"" },
        { "\"spec.containers[0]\"", "\"{}\"" },
        { "\"spec.containers\"", "new[] { \"a\" }" },
        { "\"spec.tolerations\"", "new string[] { }" },
        { "\"spec.tolerations[0]\"", "\"{}\"" },
        { "\"spec.hostNetwork.x\"", "true" },
        { "\"status.phase\"", "\"Running\"" },
        { "\"metadata.managedFields[0].manager\"", "\"x\"" },
        { "\"spec.priority\"", "9223372036854775807L" },
        { "\"spec.priority\"", "1.5" },
        { "\"spec.overhead['cpu']\"", "\"1.5.5\"" },
        { "\"spec.overhead['cpu']\"", "double.NaN" },
        { "\"spec.hostname\"", "'\\uD800'" },
        { "\"spec.hostname\"", "\"\\uD800\"" },
        { "\"spec.hostname\"", "new object[] { new[] { 1 } }" },
        { "\"spec.hostname\"", "typeof(string)" },
        { "\"spec.hostname\"", "(byte)1" },
        { "\"spec.nodeSelector\"", "\"{}\"" },
        { "\"spec\\u0000.x\"", "1" },
        { "\"spec.affinity\"", "true" },
        { "\"spec.volumes[0].emptyDir.sizeLimit\"", "\"1Gi\"" },
        { "\"" + new string('a', 5000) + "\"", "1" },
        { "\"spec" + string.Concat(Enumerable.Repeat(".x", 3000)) + "\"", "1" },
    };

    [Theory]
    [MemberData(nameof(HostileSets))]
    public void HostilePathOrValue_NeverThrows_ManifestOrDiagnostic(string path, string value)
    {
        string source = "using ProbeGen;\nnamespace Shop;\n[Pod(\"p\")]\n[Set(" + path + ", " + value + ")]\n[Container(\"app\", \"nginx:1.27\")]\npublic partial class P { }\n";
        var compilation = TestCompilation.Create(source);
        var (output, _, _, _) = TestCompilation.Generate(compilation); // throws if the generator threw
        var analyzer = TestCompilation.Analyze(compilation);
        Assert.DoesNotContain(analyzer, d => d.Id == "PG9999" || d.Id == "AD0001");
        bool manifest = TestCompilation.ManifestTypes(output).Length == 1;
        bool error = analyzer.Any(d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(manifest != error, "a manifest xor an error: manifest=" + manifest + ", errors=" + string.Join("; ", analyzer.Where(d => d.Severity == DiagnosticSeverity.Error)));
        if (manifest) Kubectl.Decode(ManifestYaml(TestCompilation.Load(output), "Shop.P"));
    }

    [Fact]
    public void FindingPaths_PlacedAtTheSet_ExactAncestorOrFirstUnder_NeverTheClass()
    {
        const string source = """
            using ProbeGen;
            namespace Shop;
            [Deployment("web")]
            [Set("spec.template.spec.volumes[0].name", "data")]
            [Set("spec.template.spec.volumes[0].emptyDir", "{}")]
            [Set("spec.template.spec.volumes[1].emptyDir", "{}")]
            [Set("spec.template.spec.volumes[1].name", "data")]
            [Set("spec.template.spec.tolerations", new[] { "x" }.Length == 1 ? "a" : "b")]
            [Set("spec.template.spec.dnsConfig.searches", new[] { "a.example", "b.example" })]
            [Container("web", "nginx:1.27")]
            public partial class Web
            {
                [Container("side", "busybox:1.36")]
                public partial class Side { }
            }
            """;
        // (The tolerations line does not compile as an attribute argument: drop it; the rest is what is located.)
        var compilation = TestCompilation.Create(source.Replace("""            [Set("spec.template.spec.tolerations", new[] { "x" }.Length == 1 ? "a" : "b")]""" + "\n", ""));
        var type = compilation.GetTypeByMetadataName("Shop.Web")!;
        var session = new ParseSession(wantLocations: true, CancellationToken.None);
        var spec = WorkloadParser.Parse(type, session);
        Assert.NotNull(spec);
        Assert.Empty(session.Issues);

        // A tiny rule over SettingsView, as the long-tail rules are written: volume names are unique.
        var findings = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var volume in SettingsView.PodSpec(spec!).Items("volumes"))
        {
            if (volume.Text("name") is { } n && !names.Add(n)) findings.Add(volume.PathOf("name"));
        }
        Assert.Equal(new[] { "spec.template.spec.volumes[1].name" }, findings);

        string text = compilation.SyntaxTrees.Single().ToString();
        string At(string path) => session.Locate(path) is { } loc ? text.Substring(loc.SourceSpan.Start, loc.SourceSpan.Length) : "(none)";
        // Exactly a [Set]'s path: its value argument.
        Assert.Equal("\"data\"", At("spec.template.spec.volumes[1].name"));
        // A list item only [Set]s write: the first [Set] under it (in source order).
        Assert.Equal("""Set("spec.template.spec.volumes[1].emptyDir", "{}")""", At("spec.template.spec.volumes[1]"));
        Assert.Equal("""Set("spec.template.spec.volumes[0].name", "data")""", At("spec.template.spec.volumes"));
        // Below a [Set]'s path (inside the object it sets whole): that [Set].
        Assert.Equal("""Set("spec.template.spec.volumes[0].emptyDir", "{}")""", At("spec.template.spec.volumes[0].emptyDir.medium"));
        // A [Set] of an array: each item is the array's value, and the object above it the [Set].
        Assert.Equal("""new[] { "a.example", "b.example" }""", At("spec.template.spec.dnsConfig.searches[1]"));
        Assert.Equal("""Set("spec.template.spec.dnsConfig.searches", new[] { "a.example", "b.example" })""", At("spec.template.spec.dnsConfig"));
        // A place the attributes write keeps the attribute's location (the container), not a [Set] under it.
        Assert.Equal("""Container("side", "busybox:1.36")""", At("spec.template.spec.containers[1]"));
    }
}

using System.Globalization;
using System.Reflection;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProbeGen.Tests;

namespace ProbeGen.Cli.Tests;

/// <summary>
/// Whatever the YAML holds, the C# that <c>probegen import</c> writes is inert: every string from the input is a literal
/// or an escaped comment, every name a plain identifier, and the compiled result has exactly the expected types and
/// attributes — no other member, no module initializer.
/// CI runs a fixed-seed share; more: `PROBEGEN_FUZZ_ITER=200 dotnet test tests/ProbeGen.Cli.Tests --filter ImportInjectionTests`.
/// </summary>
public class ImportInjectionTests
{
    private const string Evil = "*/ static class Evil { [System.Runtime.CompilerServices.ModuleInitializer] internal static void Init() { System.Environment.Exit(66); } } //";

    [Fact]
    public void LossyHeader_KeyWithUnicodeLineSeparator_DoesNotTurnTheImageIntoCode()
    {
        // The reproduction of issue 14: U+2028 ends a C# line, so the key once closed the // comment and opened /* … */.
        using var tmp = new TempDir();
        tmp.Write("evil.yaml", $$"""
            apiVersion: v1
            kind: Pod
            metadata:
              name: evil
            "x\u2028/*": 1
            spec:
              containers:
              - name: c
                image: "{{Evil}}"
            """);
        var run = Cli.Run(tmp.Path, null, "import", "evil.yaml", "-o", "out", "--allow-lossy");
        Assert.True(run.ExitCode == 0, run.ToString());
        string source = tmp.Read("out/EvilPod.cs");
        Assert.Contains("//   line 5, PG0102: unknown field \"x\\u2028/*\"", source);
        Assert.True(source.All(c => c == '\n' || (c >= 0x20 && c <= 0x7E)), "only printable ASCII and LF");

        var compilation = TestCompilation.Create(source);
        Assert.Empty(TestCompilation.CompilerErrors(compilation));
        var types = compilation.Assembly.GlobalNamespace.GetTypeMembers().Select(t => t.Name).ToArray();
        Assert.Equal(new[] { "EvilPod" }, types);
        var image = compilation.GetTypeByMetadataName("EvilPod")!.GetAttributes().Single(a => a.AttributeClass!.Name == "ContainerAttribute").ConstructorArguments[1].Value;
        Assert.Equal(Evil, image);
    }

    [Fact]
    public void CapturedFields_HostileKeysValuesAndPaths_ImportAsInertSets_ThatRegenerateKubectlEqual()
    {
        // Fields no attribute models carry user text into [Set] paths (map keys) and values: every piece that could end a
        // literal, a comment or a line, open an interpolation or a raw string, or confuse the path syntax.
        string[] hostile = { "it's", "a\"b", "back\\slash\\", "line\nbreak\r\n", "*/ x /*", "\"\"\"", "{x} {{y}} $\"{z}\"", "\u2028\u2029\u0085", "] ['x''] ..[0]", Evil };
        var sb = new StringBuilder("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  volumes:
                  - name: v
                    csi:
                      driver: csi.example.com
                      volumeAttributes:

            """);
        for (int i = 0; i < hostile.Length; i++) sb.Append("                ").Append(Q(hostile[i])).Append(": ").Append(Q(hostile[(i + 1) % hostile.Length])).Append('\n');
        sb.Append("""
                  containers:
                  - name: web
                    image: nginx:1.27
                    securityContext:
                      seLinuxOptions:

            """);
        sb.Append("            user: ").Append(Q(hostile[6])).Append('\n').Append("            role: ").Append(Q(Evil)).Append('\n');
        sb.Append("        lifecycle:\n          preStop:\n            exec:\n              command: [").Append(string.Join(", ", hostile.Select(Q))).Append("]\n");
        string yaml = sb.ToString();

        using var tmp = new TempDir();
        var run = Cli.Run(tmp.Path, yaml, "import", "-", "-o", "out");
        Assert.True(run.ExitCode == 0, yaml + "\n" + run);
        string source = tmp.Read("out/WebDeployment.cs");
        Assert.True(source.All(c => c == '\n' || (c >= 0x20 && c <= 0x7E)), "only printable ASCII and LF:\n" + source);
        var tree = CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions);
        Assert.Empty(tree.GetDiagnostics());
        Assert.DoesNotContain(tree.GetRoot().DescendantTrivia(descendIntoTrivia: true), t => !t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia));
        // Every string is a plain literal: no interpolation, no raw or verbatim string.
        Assert.DoesNotContain(tree.GetRoot().DescendantNodes(), n => n is InterpolatedStringExpressionSyntax);
        Assert.All(tree.GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken)), t => Assert.StartsWith("\"", t.Text));

        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(new[] { source }, withKubernetesClient: true));
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(new[] { "WebDeployment" }, TestCompilation.ManifestTypes(output));
        var type = output.GetTypeByMetadataName("WebDeployment")!;
        var sets = type.GetAttributes().Where(a => a.AttributeClass!.Name == "SetAttribute").ToDictionary(a => (string)a.ConstructorArguments[0].Value!, a => a.ConstructorArguments[1].Kind == TypedConstantKind.Array ? null : a.ConstructorArguments[1].Value);
        for (int i = 0; i < hostile.Length; i++)
        {
            Assert.Equal(hostile[(i + 1) % hostile.Length], sets["spec.template.spec.volumes[0].csi.volumeAttributes['" + hostile[i].Replace("'", "''") + "']"]);
        }
        Assert.Equal(Evil, sets["spec.template.spec.containers[0].securityContext.seLinuxOptions.role"]);
        Assert.Equal(hostile[6], sets["spec.template.spec.containers[0].securityContext.seLinuxOptions.user"]);
        var preStop = type.GetAttributes().Single(a => a.AttributeClass!.Name == "PreStopAttribute"); // the hook's own attribute, not [Set]
        Assert.Equal(hostile, preStop.NamedArguments.Single(n => n.Key == "Exec").Value.Values.Select(v => (string)v.Value!));

        // Built, the class writes the manifest it came from: kubectl reads both as one object.
        var assembly = TestCompilation.Load(output);
        string manifest = (string)assembly.GetType("WebDeployment")!.GetField("ManifestYaml")!.GetRawConstantValue()!;
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(Kubectl.Decode(yaml)), System.Text.Json.Nodes.JsonNode.Parse(Kubectl.Decode(manifest))), yaml + "\n----\n" + manifest);
    }

    [Fact]
    public void StdinName_WithLineSeparators_StaysInTheComment()
    {
        using var tmp = new TempDir();
        string yaml = Manifests.CleanDeployment + "\nstatus:\n  replicas: 1\n"; // written by the API server: no [Set] form, so listed as lost (an empty status loses nothing)
        var run = Cli.Run(tmp.Path, yaml, "import", "-", "-o", "out", "--allow-lossy", "--stdin-name", "a\u2029b\u0085c\rd.yaml");
        Assert.True(run.ExitCode == 0, run.ToString());
        string source = tmp.Read("out/WebDeployment.cs");
        Assert.StartsWith("// probegen import --allow-lossy: 1 field of a\\u2029b\\u0085c\\u000Dd.yaml (document 1, Deployment web)", source);
        Assert.Empty(TestCompilation.CompilerErrors(TestCompilation.Create(source)));
    }

    [Fact]
    public void ContainerNamedLikeProbeGenTypes_NestedClassesAreRenamed_AndTheSourceCompiles()
    {
        using var tmp = new TempDir();
        string yaml = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
              - {name: pull-policy, image: a, imagePullPolicy: Always}
              - {name: container, image: b}
              - {name: manifest-yaml, image: c}
              - {name: p-g-f, image: d}
              - {name: p-pod, image: e}
            """;
        var run = Cli.Run(tmp.Path, yaml, "import", "-", "-o", "out");
        Assert.True(run.ExitCode == 0, run.ToString());
        string source = tmp.Read("out/PPod.cs");
        var nested = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Skip(1).Select(c => c.Identifier.Text);
        Assert.Equal(new[] { "PullPolicy2", "Container2", "ManifestYaml2", "PGF2", "PPod2" }, nested);
        var (output, _, _, _) = TestCompilation.Generate(TestCompilation.Create(new[] { source }, withKubernetesClient: true));
        Assert.Empty(TestCompilation.CompilerErrors(output));
        Assert.Equal(new[] { "PPod" }, TestCompilation.ManifestTypes(output));
    }

    [Fact]
    public void ArgumentWithNul_IsAUsageError_NotACrash()
    {
        using var tmp = new TempDir();
        var run = Cli.Run(tmp.Path, Manifests.CleanDeployment, "import", "-", "--stdin-name", "a\0b.yaml");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("probegen: an argument contains a NUL character", run.Error);
    }

    [Fact]
    public void ReservedNames_CoverEveryPublicProbeGenType()
    {
        var names = typeof(ProbeGen.PodAttribute).Assembly.GetExportedTypes().Select(t => t.Name)
            .SelectMany(n => n.EndsWith("Attribute", StringComparison.Ordinal) ? new[] { n, n.Substring(0, n.Length - "Attribute".Length) } : new[] { n });
        Assert.Empty(names.Where(n => !ProbeGen.Core.Emission.AttributeSourceEmitter.ReservedNames.Contains(n)));
    }

    [Fact]
    public void TwoNamesThatDifferOnlyInCase_GetTwoFiles()
    {
        // On a case-insensitive file system WebPod.cs and WEBPod.cs are one file: the second would overwrite the first.
        using var tmp = new TempDir();
        string Pod(string name) => "apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\nspec:\n  containers:\n  - {name: c, image: i}\n";
        var run = Cli.Run(tmp.Path, Pod("web") + "---\n" + Pod("WEB"), "import", "-", "-o", "out");
        Assert.True(run.ExitCode == 0, run.ToString());
        var files = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Path.GetFileName).ToArray();
        Assert.Equal(new[] { "WebPod.cs", "WEBPod2.cs" }, files);
    }

    public static TheoryData<string> Keywords()
    {
        var data = new TheoryData<string>();
        foreach (var k in SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds()).Select(SyntaxFacts.GetText).Distinct().Order(StringComparer.Ordinal)) data.Add(k);
        return data;
    }

    [Theory]
    [MemberData(nameof(Keywords))]
    public void NamespaceOption_AnyKeyword_IsRefusedOrCompiles(string keyword)
    {
        using var tmp = new TempDir();
        foreach (string ns in new[] { keyword, "Shop." + keyword, "@" + keyword })
        {
            var run = Cli.Run(tmp.Path, Manifests.CleanDeployment, "import", "-", "-o", "out", "--force", "-n", ns);
            if (run.ExitCode == 2)
            {
                Assert.Contains("is not a C# namespace name", run.Error);
                continue;
            }
            Assert.True(run.ExitCode == 0, ns + ": " + run);
            var compilation = TestCompilation.Create(tmp.Read("out/WebDeployment.cs"));
            Assert.True(TestCompilation.CompilerErrors(compilation).IsEmpty, ns + ": " + string.Join("\n", compilation.GetDiagnostics()));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        }
    }

    [Fact]
    public void NamespaceOption_PlainNames_AreAccepted()
    {
        using var tmp = new TempDir();
        foreach (string ns in new[] { "Shop", "shop.workloads", "My_App2.V1", "@class.Apps" })
        {
            var run = Cli.Run(tmp.Path, Manifests.CleanDeployment, "import", "-", "-o", "out", "--force", "-n", ns);
            Assert.True(run.ExitCode == 0, ns + ": " + run);
            Assert.Contains("namespace " + ns + ";\n", tmp.Read("out/WebDeployment.cs"));
        }
    }

    // ---- the property: hostile YAML → import → compile → exactly the expected program ----

    private static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("PROBEGEN_FUZZ_ITER"), out var n) ? n : 6;

    private static string Seed => Environment.GetEnvironmentVariable("PROBEGEN_FUZZ_SEED") ?? "0N0XIzNsQ0O2";

    /// <summary>Pieces that end or open C# comments, strings, lines, directives, blocks: alone and in random mixes.</summary>
    private static readonly string[] Hostile =
    {
        "\u2028", "\u2029", "\u0085", "\r", "\n", "\r\n", "*/", "/*", "//", "///", "\"", "\\", "'", "{", "}", "(", ")", "[", "]", ";",
        "#if X", "#endregion", "\n#error x\n", "@", "$", "\u0000", "\u001b[31m", "\u0007", "\t", "\u000b", "\u000c", "\u00a0", "\u200b",
        "\u202e", "\u2066", "\ufeff", "é", "日本", "😀", "class", "static", "x", "Evil", "[ModuleInitializer]", "\\u000a", "\\u2028",
        " ", "-", ".", "0", "9lives", "_", "__arglist", "global::", "<auto-generated/>", "\"\"\"", "{0}",
    };

    private static readonly Gen<string> HostileText = Gen.OneOf(
        Gen.OneOfConst(Hostile),
        Gen.OneOfConst(Hostile).Array[1, 6].Select(parts => string.Concat(parts)),
        Gen.String[Gen.Char.Where(c => !char.IsSurrogate(c)), 0, 10]);

    private static readonly Gen<string> Name = Gen.Frequency((3, Gen.OneOfConst("web", "app", "db-migrate", "container", "pull-policy", "manifest-yaml", "p-g-f", "cron", "WEB")), (2, HostileText));

    private sealed record ContainerCase(string Name, string Image, string[] Args, (string Name, string Value)[] Env, string? ProbePath, string? ProbeHost, string? UnknownKey)
    {
        /// <summary>A field no attribute models (securityContext.seLinuxOptions.user): captured, imported as a [Set] on the container's class.</summary>
        public string? SeLinuxUser { get; init; }
    }

    private sealed record WorkloadCase(string Kind, string Name, (string Key, string Value)[] Labels, (string Key, string Value)[] Annotations,
        string? ServiceAccount, (string Key, string Value)[] NodeSelector, string? UnknownKey, ContainerCase[] Init, ContainerCase[] Containers, string StdinName)
    {
        /// <summary>A volume (no attribute models volumes) with a hostile driver and hostile attribute keys and values: captured, imported as [Set]s.</summary>
        public (string Driver, (string Key, string Value)[] Attributes)? Volume { get; init; }
    }

    private static readonly Gen<(string, string)[]> Pairs = Gen.Select(HostileText, HostileText).Array[0, 3];

    private static readonly Gen<string?> MaybeHostile = Gen.Frequency((1, Gen.Const((string?)null)), (2, HostileText.Select(s => (string?)s)));

    private static readonly Gen<ContainerCase> Container =
        Gen.Select(Gen.Select(Name, HostileText, HostileText.Array[0, 3], Gen.Select(HostileText, HostileText).Array[0, 2], MaybeHostile, MaybeHostile, MaybeHostile,
            (n, i, a, e, p, h, u) => new ContainerCase(n, i, a, e, p, h, u)), MaybeHostile, (c, se) => c with { SeLinuxUser = se });

    private static readonly Gen<WorkloadCase> Workload =
        Gen.Select(Gen.Select(Gen.OneOfConst("Pod", "Deployment", "Job"), Name, Pairs, Pairs, MaybeHostile, Pairs, MaybeHostile),
            Gen.Select(Container.Array[0, 2], Container.Array[1, 3], HostileText),
            Gen.Frequency((1, Gen.Const(((string, (string, string)[])?)null)), (2, Gen.Select(HostileText, Pairs, (d, a) => ((string, (string, string)[])?)(d, Unique(a))))),
            (t, c, v) => new WorkloadCase(t.Item1, t.Item2, Unique(t.Item3), Unique(t.Item4), t.Item5, Unique(t.Item6), t.Item7, c.Item1, c.Item2, c.Item3.Replace('\0', '0') + ".yaml") { Volume = v });

    private static (string, string)[] Unique((string Key, string Value)[] pairs) =>
        pairs.Select((p, i) => (p.Key + "#" + i.ToString(CultureInfo.InvariantCulture), p.Value)).ToArray();

    /// <summary>A YAML double-quoted scalar that every YAML reader decodes to exactly <paramref name="s"/>.</summary>
    private static string Q(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            if (c == '"' || c == '\\') sb.Append('\\').Append(c);
            else if (c >= 0x20 && c <= 0x7E) sb.Append(c);
            else sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return sb.Append('"').ToString();
    }

    private static string Yaml(WorkloadCase w)
    {
        var sb = new StringBuilder();
        sb.Append(w.Kind == "Pod" ? "apiVersion: v1\n" : w.Kind == "Deployment" ? "apiVersion: apps/v1\n" : "apiVersion: batch/v1\n");
        sb.Append("kind: ").Append(w.Kind).Append('\n');
        sb.Append("metadata:\n  name: ").Append(Q(w.Name)).Append('\n');
        Map(sb, "  ", "labels", w.Labels);
        Map(sb, "  ", "annotations", w.Annotations);
        if (w.UnknownKey is not null) sb.Append(Q(w.UnknownKey)).Append(": 1\n");
        sb.Append("spec:\n");
        string indent = "  ";
        if (w.Kind != "Pod")
        {
            sb.Append("  template:\n    spec:\n");
            indent = "      ";
        }
        if (w.Kind == "Job") sb.Append(indent).Append("restartPolicy: Never\n");
        if (w.ServiceAccount is not null) sb.Append(indent).Append("serviceAccountName: ").Append(Q(w.ServiceAccount)).Append('\n');
        Map(sb, indent, "nodeSelector", w.NodeSelector);
        if (w.Volume is { } volume)
        {
            sb.Append(indent).Append("volumes:\n").Append(indent).Append("- name: v\n").Append(indent).Append("  csi:\n")
                .Append(indent).Append("    driver: ").Append(Q(volume.Driver)).Append('\n');
            Map(sb, indent + "    ", "volumeAttributes", volume.Attributes);
        }
        Containers(sb, indent, "initContainers", w.Init);
        Containers(sb, indent, "containers", w.Containers);
        return sb.ToString();
    }

    private static void Map(StringBuilder sb, string indent, string field, (string Key, string Value)[] pairs)
    {
        if (pairs.Length == 0) return;
        sb.Append(indent).Append(field).Append(":\n");
        foreach (var (k, v) in pairs) sb.Append(indent).Append("  ").Append(Q(k)).Append(": ").Append(Q(v)).Append('\n');
    }

    private static void Containers(StringBuilder sb, string indent, string field, ContainerCase[] containers)
    {
        if (containers.Length == 0) return;
        sb.Append(indent).Append(field).Append(":\n");
        foreach (var c in containers)
        {
            sb.Append(indent).Append("- name: ").Append(Q(c.Name)).Append('\n');
            sb.Append(indent).Append("  image: ").Append(Q(c.Image)).Append('\n');
            if (c.Args.Length > 0) sb.Append(indent).Append("  args: [").Append(string.Join(", ", c.Args.Select(Q))).Append("]\n");
            if (c.Env.Length > 0)
            {
                sb.Append(indent).Append("  env:\n");
                foreach (var (n, v) in c.Env) sb.Append(indent).Append("  - {name: ").Append(Q(n)).Append(", value: ").Append(Q(v)).Append("}\n");
            }
            if (c.ProbePath is not null || c.ProbeHost is not null)
            {
                sb.Append(indent).Append("  livenessProbe:\n").Append(indent).Append("    httpGet:\n").Append(indent).Append("      port: 8080\n");
                if (c.ProbePath is not null) sb.Append(indent).Append("      path: ").Append(Q(c.ProbePath)).Append('\n');
                if (c.ProbeHost is not null) sb.Append(indent).Append("      host: ").Append(Q(c.ProbeHost)).Append('\n');
            }
            if (c.UnknownKey is not null) sb.Append(indent).Append("  ").Append(Q(c.UnknownKey)).Append(": x\n");
            if (c.SeLinuxUser is not null) sb.Append(indent).Append("  securityContext: {seLinuxOptions: {user: ").Append(Q(c.SeLinuxUser)).Append("}}\n");
        }
    }

    [Fact]
    public void HostileYaml_ImportedCSharp_CompilesToExactlyTheExpectedTypesAndAttributes()
    {
        // A batch of workloads per compilation (each in its own C# namespace): compiling is the slow part.
        Workload.Array[8, 8].Sample(batch =>
        {
            using var tmp = new TempDir();
            var sources = new List<string>();
            var expected = new List<(WorkloadCase Case, string Namespace, string ClassName, string Yaml)>();
            for (int i = 0; i < batch.Length; i++)
            {
                var w = batch[i];
                string ns = "Fuzz.N" + i.ToString(CultureInfo.InvariantCulture);
                string yaml = Yaml(w);
                string folder = "o" + i.ToString(CultureInfo.InvariantCulture);
                var run = Cli.Run(tmp.Path, yaml, "import", "-", "-o", folder, "-n", ns, "--allow-lossy", "--stdin-name", w.StdinName);
                Assert.True(run.ExitCode == 0, yaml + "\n" + run);
                string file = Assert.Single(Directory.GetFiles(Path.Combine(tmp.Path, folder), "*.cs"));
                string source = File.ReadAllText(file);
                Assert.True(source.All(c => c == '\n' || (c >= 0x20 && c <= 0x7E)), "only printable ASCII and LF:\n" + source);
                CheckSyntax(source, ns, Path.GetFileNameWithoutExtension(file), w);
                sources.Add(source);
                expected.Add((w, ns, Path.GetFileNameWithoutExtension(file), yaml));
            }

            var compilation = TestCompilation.Create(sources);
            var errors = TestCompilation.CompilerErrors(compilation);
            Assert.True(errors.IsEmpty, string.Join("\n", errors) + "\n" + string.Join("\n----\n", sources));
            CheckSymbols(compilation, expected);

            // And what is compiled has no module initializer or any code besides the types.
            var assembly = TestCompilation.Load(compilation);
            Assert.Empty(assembly.ManifestModule.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static));
            var expectedTypes = expected.SelectMany(e => new[] { e.Namespace + "." + e.ClassName }.Concat(Nested(e.Case).Any() ? NestedNames(compilation, e) : Array.Empty<string>())).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(expectedTypes, assembly.GetTypes().Where(t => !t.Name.StartsWith("<", StringComparison.Ordinal) && t.Namespace != "Microsoft.CodeAnalysis" && t.Namespace != "System.Runtime.CompilerServices").Select(t => t.FullName!).Order(StringComparer.Ordinal));
            foreach (var t in assembly.GetTypes().Where(t => expectedTypes.Contains(t.FullName)))
            {
                Assert.Empty(t.GetMethods(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance));
                Assert.Empty(t.GetFields(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance));
                Assert.Empty(t.GetConstructors(BindingFlags.DeclaredOnly | BindingFlags.NonPublic | BindingFlags.Static));
            }
        }, iter: Iterations, seed: Seed, threads: 1);
    }

    private static IEnumerable<ContainerCase> Nested(WorkloadCase w) =>
        w.Containers.Length == 1 && w.Init.Length == 0 ? Array.Empty<ContainerCase>() : w.Init.Concat(w.Containers);

    private static IEnumerable<string> NestedNames(Compilation compilation, (WorkloadCase Case, string Namespace, string ClassName, string Yaml) e) =>
        compilation.GetTypeByMetadataName(e.Namespace + "." + e.ClassName)!.GetTypeMembers().Select(t => e.Namespace + "." + e.ClassName + "+" + t.Name);

    /// <summary>The file's shape: header comments only before <c>using</c>, no directive, one using, the namespace, one class, empty nested classes.</summary>
    private static void CheckSyntax(string source, string ns, string className, WorkloadCase w)
    {
        var tree = CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions);
        var root = (CompilationUnitSyntax)tree.GetRoot();
        Assert.Empty(tree.GetDiagnostics());
        var firstToken = root.GetFirstToken();
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true))
        {
            Assert.True(trivia.IsKind(SyntaxKind.WhitespaceTrivia) || trivia.IsKind(SyntaxKind.EndOfLineTrivia) || trivia.IsKind(SyntaxKind.SingleLineCommentTrivia),
                "unexpected trivia " + trivia.Kind() + ":\n" + source);
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia)) Assert.True(trivia.Token == firstToken, "a comment after the header:\n" + source);
        }
        Assert.Equal("ProbeGen", Assert.Single(root.Usings).Name!.ToString());
        var nsDecl = Assert.IsType<FileScopedNamespaceDeclarationSyntax>(Assert.Single(root.Members));
        Assert.Equal(ns, nsDecl.Name.ToString());
        var cls = Assert.IsType<ClassDeclarationSyntax>(Assert.Single(nsDecl.Members));
        Assert.Equal(className, cls.Identifier.Text);
        Assert.Equal("public partial", cls.Modifiers.ToString());
        Assert.Null(cls.BaseList);
        Assert.Equal(Nested(w).Count(), cls.Members.Count);
        Assert.All(cls.Members, m =>
        {
            var nested = Assert.IsType<ClassDeclarationSyntax>(m);
            Assert.Empty(nested.Members);
            Assert.Null(nested.BaseList);
        });
    }

    /// <summary>Each type carries exactly the attributes of its YAML, with every string exactly as written.</summary>
    private static void CheckSymbols(Compilation compilation, List<(WorkloadCase Case, string Namespace, string ClassName, string Yaml)> expected)
    {
        var userTypes = new List<string>();
        foreach (var (w, ns, className, yaml) in expected)
        {
            var type = compilation.GetTypeByMetadataName(ns + "." + className);
            Assert.True(type is not null, ns + "." + className + "\n" + yaml);
            var attrs = type!.GetAttributes();
            string Arg(AttributeData a, int i) => (string)a.ConstructorArguments[i].Value!;
            Assert.Equal(w.Name, Arg(Assert.Single(attrs, a => a.AttributeClass!.Name == w.Kind + "Attribute"), 0));
            Assert.Equal(w.Labels, attrs.Where(a => a.AttributeClass!.Name == "LabelAttribute").Select(a => (Arg(a, 0), Arg(a, 1))));
            Assert.Equal(w.Annotations, attrs.Where(a => a.AttributeClass!.Name == "AnnotationAttribute").Select(a => (Arg(a, 0), Arg(a, 1))));
            Assert.Equal(w.NodeSelector, attrs.Where(a => a.AttributeClass!.Name == "NodeSelectorAttribute").Select(a => (Arg(a, 0), Arg(a, 1))));
            Assert.Equal(w.ServiceAccount is null ? Array.Empty<string>() : new[] { w.ServiceAccount }, attrs.Where(a => a.AttributeClass!.Name == "ServiceAccountAttribute").Select(a => Arg(a, 0)));
            // The captured volume: a [CsiVolume] with the driver exactly as written, and one [Set] per volumeAttributes entry,
            // by root path, each path and value exactly as written (map keys quoted, ' doubled).
            string podPath = w.Kind == "Pod" ? "spec" : "spec.template.spec";
            var sets = attrs.Where(a => a.AttributeClass!.Name == "SetAttribute").Select(a => (Arg(a, 0), a.ConstructorArguments[1].Value)).ToArray();
            var csi = attrs.Where(a => a.AttributeClass!.Name == "CsiVolumeAttribute")
                .Select(a => (Arg(a, 0), a.NamedArguments.Where(n => n.Key == "Driver").Select(n => (string?)n.Value.Value).SingleOrDefault())).ToArray();
            Assert.Equal(w.Volume is { } withVolume ? new[] { ("v", (string?)withVolume.Driver) } : Array.Empty<(string, string?)>(), csi);
            var expectedSets = new List<(string, object?)>();
            if (w.Volume is { } volume)
            {
                expectedSets.AddRange(volume.Attributes.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (podPath + ".volumes[0].csi.volumeAttributes['" + kv.Key.Replace("'", "''") + "']", (object?)kv.Value)));
            }
            var nestedCount = Nested(w).Count();
            if (nestedCount == 0 && w.Containers[0].SeLinuxUser is { } single) expectedSets.Add((podPath + ".containers[0].securityContext.seLinuxOptions.user", single));
            Assert.Equal(expectedSets.OrderBy(x => x.Item1, ProbeGen.Core.Schema.FieldSettingOrder.Instance), sets.OrderBy(x => x.Item1, ProbeGen.Core.Schema.FieldSettingOrder.Instance));
            int podLevel = 1 + w.Labels.Length + w.Annotations.Length + w.NodeSelector.Length + (w.ServiceAccount is null ? 0 : 1) + (w.Kind == "Job" ? 1 : 0)
                + sets.Length + csi.Length;
            var nested = Nested(w).ToArray();
            var typesWithContainers = nested.Length == 0 ? new[] { (type, w.Containers[0], false) } : type.GetTypeMembers().Zip(nested, (t, c) => (t, c, Array.IndexOf(w.Init, c) >= 0)).ToArray();
            Assert.Equal(nested.Length, type.GetTypeMembers().Length);
            foreach (var (t, c, init) in typesWithContainers)
            {
                var ca = t.GetAttributes();
                var container = Assert.Single(ca, a => a.AttributeClass!.Name == (init ? "InitContainerAttribute" : "ContainerAttribute"));
                Assert.Equal((c.Name, c.Image), (Arg(container, 0), Arg(container, 1)));
                var args = container.NamedArguments.Where(n => n.Key == "Args").Select(n => n.Value.Values.Select(v => (string)v.Value!).ToArray()).SingleOrDefault() ?? Array.Empty<string>();
                Assert.Equal(c.Args, args);
                Assert.Equal(c.Env, ca.Where(a => a.AttributeClass!.Name == "EnvAttribute").Select(a => (Arg(a, 0), Arg(a, 1))));
                int probes = 0;
                if (c.ProbePath is not null || c.ProbeHost is not null)
                {
                    probes = 1;
                    var probe = Assert.Single(ca, a => a.AttributeClass!.Name == "LivenessProbeAttribute");
                    var named = probe.NamedArguments.ToDictionary(n => n.Key, n => n.Value.Value);
                    Assert.Equal(c.ProbePath ?? "", named["HttpGet"]);
                    Assert.Equal(c.ProbeHost, named.TryGetValue("Host", out var host) ? host : null);
                }
                if (nested.Length > 0)
                {
                    // On a nested class the [Set] is relative to its container.
                    var containerSets = ca.Where(a => a.AttributeClass!.Name == "SetAttribute").Select(a => (Arg(a, 0), a.ConstructorArguments[1].Value)).ToArray();
                    Assert.Equal(c.SeLinuxUser is null ? Array.Empty<(string, object?)>() : new[] { ("securityContext.seLinuxOptions.user", (object?)c.SeLinuxUser) }, containerSets);
                }
                int expectedCount = 1 + c.Env.Length + probes + (nested.Length == 0 ? podLevel : c.SeLinuxUser is null ? 0 : 1);
                Assert.True(expectedCount == ca.Length, "attributes of " + t.ToDisplayString() + ": " + string.Join(", ", ca.Select(a => a.AttributeClass!.Name)) + "\n" + yaml);
            }
            if (nested.Length > 0) Assert.Equal(podLevel, attrs.Length);
        }
    }
}

using System.Text.Json;
using CsCheck;
using ProbeGen.Core.Emission;
using ProbeGen.Core.Schema;
using YamlDotNet.RepresentationModel;

namespace ProbeGen.Tests.Schema;

/// <summary>Settings → tree → YAML text (compared to expected text, read back by YamlDotNet and kubectl) → settings again.</summary>
public class SettingTreeTests
{
    private static readonly FieldSetting[] PodSettings =
    {
        FieldSetting.Bool("spec.shareProcessNamespace", true),
        FieldSetting.String("spec.tolerations[0].key", "dedicated"),
        FieldSetting.String("spec.tolerations[0].operator", "Equal"),
        FieldSetting.String("spec.tolerations[0].value", "yes"),
        FieldSetting.String("spec.tolerations[0].effect", "NoSchedule"),
        FieldSetting.String("spec.tolerations[1].operator", "Exists"),
        FieldSetting.String("spec.nodeSelector['kubernetes.io/os']", "linux"),
        FieldSetting.EmptyObject("spec.volumes[0].emptyDir"),
        FieldSetting.String("spec.volumes[0].name", "scratch"),
        FieldSetting.String("spec.containers[0].securityContext.capabilities.add[0]", "NET_ADMIN"),
        FieldSetting.String("spec.containers[0].securityContext.capabilities.add[1]", "SYS_TIME"),
        FieldSetting.Integer("spec.containers[0].securityContext.runAsUser", 1000),
        FieldSetting.Float("spec.overhead['cpu']", 0.5),
        FieldSetting.String("spec.overhead['memory']", "0755"),
        FieldSetting.EmptyList("spec.containers[0].securityContext.capabilities.drop"),
        FieldSetting.String("metadata.annotations['a: b']", "#x"),
    };

    private const string PodSettingsYaml = """
        metadata:
          annotations:
            "a: b": "#x"
        spec:
          containers:
          - securityContext:
              capabilities:
                add:
                - NET_ADMIN
                - SYS_TIME
                drop: []
              runAsUser: 1000
          nodeSelector:
            kubernetes.io/os: linux
          overhead:
            cpu: 0.5
            memory: "0755"
          shareProcessNamespace: true
          tolerations:
          - effect: NoSchedule
            key: dedicated
            operator: Equal
            value: "yes"
          - operator: Exists
          volumes:
          - emptyDir: {}
            name: scratch

        """;

    [Fact]
    public void Settings_BuildATree_WrittenAsExpectedYaml()
    {
        var tree = SettingTree.Build(PodSettings);
        Assert.Equal(PodSettingsYaml.Replace("\r\n", "\n"), SettingYaml.ToText(tree));
    }

    [Fact]
    public void Tree_WritesAtTheWritersLevel_ThroughTheYamlWriter()
    {
        var tree = SettingTree.Build(new[] { FieldSetting.Bool("spec.hostNetwork", true), FieldSetting.String("spec.tolerations[0].key", "k") });
        var spec = (SettingMap)SettingTree.Find(tree, "spec")!;
        var w = new YamlWriter();
        w.BeginMapping("spec");
        w.Field("restartPolicy", "Never");
        SettingYaml.WriteEntries(w, spec);
        w.End();
        Assert.Equal("spec:\n  restartPolicy: Never\n  hostNetwork: true\n  tolerations:\n  - key: k\n", w.ToString());
        Assert.Same(spec["tolerations"], SettingTree.Find(tree, "spec.tolerations"));
        Assert.Null(SettingTree.Find(tree, "spec.nope"));
    }

    [Fact]
    public void Yaml_ReadsBackByYamlDotNet_AsTheSameValues()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(PodSettingsYaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var spec = (YamlMappingNode)root["spec"];
        Assert.Equal("yes", ((YamlScalarNode)((YamlMappingNode)((YamlSequenceNode)spec["tolerations"])[0])["value"]).Value);
        Assert.Equal("0755", ((YamlScalarNode)((YamlMappingNode)spec["overhead"])["memory"]).Value);
        Assert.Equal("#x", ((YamlScalarNode)((YamlMappingNode)((YamlMappingNode)root["metadata"])["annotations"])["a: b"]).Value);
        Assert.Equal(Sorted(PodSettings), SettingTree.ToSettings(PodSchema.Descriptor, ToSettingMap(root)));
    }

    [Fact]
    public void Yaml_InAWholePod_IsDecodedByKubectl_WithTheSetValues()
    {
        var settings = PodSettings.Concat(new[]
        {
            FieldSetting.String("apiVersion", "v1"),
            FieldSetting.String("kind", "Pod"),
            FieldSetting.String("metadata.name", "p"),
            FieldSetting.String("spec.containers[0].name", "app"),
            FieldSetting.String("spec.containers[0].image", "nginx:1.27"),
        }).ToArray();
        string json = Kubectl.Decode(SettingYaml.ToText(SettingTree.Build(settings)));
        using var doc = JsonDocument.Parse(json);
        var spec = doc.RootElement.GetProperty("spec");
        Assert.True(spec.GetProperty("shareProcessNamespace").GetBoolean());
        Assert.Equal("yes", spec.GetProperty("tolerations")[0].GetProperty("value").GetString());
        Assert.Equal("Exists", spec.GetProperty("tolerations")[1].GetProperty("operator").GetString());
        Assert.Equal("linux", spec.GetProperty("nodeSelector").GetProperty("kubernetes.io/os").GetString());
        Assert.Equal(JsonValueKind.Object, spec.GetProperty("volumes")[0].GetProperty("emptyDir").ValueKind);
        var sc = spec.GetProperty("containers")[0].GetProperty("securityContext");
        Assert.Equal(1000, sc.GetProperty("runAsUser").GetInt64());
        Assert.Equal(new[] { "NET_ADMIN", "SYS_TIME" }, sc.GetProperty("capabilities").GetProperty("add").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("500m", spec.GetProperty("overhead").GetProperty("cpu").GetString());
        Assert.Equal("#x", doc.RootElement.GetProperty("metadata").GetProperty("annotations").GetProperty("a: b").GetString());
    }

    [Fact]
    public void ConflictingSettings_AreSkipped_FirstOneWins()
    {
        var skipped = new List<int>();
        var tree = SettingTree.Build(new[]
        {
            FieldSetting.Bool("spec.hostNetwork", true),
            FieldSetting.Bool("spec.hostNetwork", false),
            FieldSetting.String("spec.hostNetwork.x", "y"),
            FieldSetting.String("spec[0]", "y"),
            new FieldSetting("spec..", SettingValueKind.String, "y"),
        }, skipped);
        Assert.Equal(new[] { 1, 2, 3, 4 }, skipped);
        Assert.Equal("spec:\n  hostNetwork: true\n", SettingYaml.ToText(tree));
    }

    [Fact]
    public void MalformedLiteral_IsWrittenAsInertText()
    {
        var tree = SettingTree.Build(new[] { new FieldSetting("spec.priority", SettingValueKind.Integer, "1\nkind: Secret"), new FieldSetting("spec.x", SettingValueKind.Float, "007") });
        Assert.Equal("spec:\n  priority: \"1\\nkind: Secret\"\n  x: \"007\"\n", SettingYaml.ToText(tree));
    }

    [Fact]
    public void LongKey_UsesTheExplicitForm_ThatYamlDotNetReads()
    {
        string key = new string('k', 1200);
        string text = SettingYaml.ToText(SettingTree.Build(new[] { FieldSetting.String("metadata.annotations['" + key + "']", "v") }));
        Assert.Equal("metadata:\n  annotations:\n    ? " + key + "\n    : v\n", text);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        Assert.Equal("v", ((YamlScalarNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["metadata"])["annotations"])[key]).Value);
    }

    // Leaf paths of the Pod schema, indices [0], map keys from a hostile pool: distinct, dense, non-overlapping by construction.
    private static readonly string[] Leaves = LeafPaths(PodSchema.Descriptor, "", 0).Where(p => !p.StartsWith("status", StringComparison.Ordinal)).ToArray();

    private static readonly Gen<string> Key = Gen.OneOf(Gen.OneOfConst(YamlRoundTripTests.Hostile.Where(h => !h.Any(char.IsSurrogate)).ToArray()), Gen.String[Gen.Char.Where(c => !char.IsSurrogate(c)), 0, 8]);

    private static readonly Gen<FieldSetting> Setting = Gen.Select(Gen.Int[0, Leaves.Length - 1], Key, Gen.Int[0, 7], Gen.Long, Gen.Double, Key,
        (leaf, key, kind, l, d, text) =>
        {
            string path = Leaves[leaf].Replace("['k']", "['" + key.Replace("'", "''") + "']");
            return kind switch
            {
                0 => FieldSetting.Integer(path, l),
                1 => double.IsFinite(d) ? FieldSetting.Float(path, d) : FieldSetting.Float(path, 0.25),
                2 => FieldSetting.Bool(path, (l & 1) == 0),
                3 => FieldSetting.EmptyObject(path),
                4 => FieldSetting.EmptyList(path),
                _ => FieldSetting.String(path, text),
            };
        });

    [Fact]
    public void AnySettings_WrittenAsYaml_ReadBackAsTheSameSettings()
    {
        Setting.Array[0, 25].Sample(raw =>
        {
            // Distinct paths, none inside another (the checks' job, not this property's).
            var settings = new List<FieldSetting>();
            foreach (var s in raw)
            {
                if (settings.Any(o => o.Path == s.Path || s.Path.StartsWith(o.Path + ".", StringComparison.Ordinal) || o.Path.StartsWith(s.Path + ".", StringComparison.Ordinal)
                    || s.Path.StartsWith(o.Path + "[", StringComparison.Ordinal) || o.Path.StartsWith(s.Path + "[", StringComparison.Ordinal))) continue;
                settings.Add(s);
            }
            Assert.Empty(SettingChecks.Check(settings));
            string yaml = SettingYaml.ToText(SettingTree.Build(settings));
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var back = stream.Documents.Count == 0 ? new List<FieldSetting>() : SettingTree.ToSettings(PodSchema.Descriptor, ToSettingMap((YamlMappingNode)stream.Documents[0].RootNode));
            Assert.Equal(Sorted(settings), back);
        }, iter: 400);
    }

    private static readonly Gen<FieldSetting> ArbitrarySetting = Gen.Select(
        Gen.OneOf(Gen.String[Gen.OneOfConst('a', 'b', '.', '[', ']', '0', '1', '\'', ' ', ':', '#'), 1, 16], Gen.String[Gen.Char.Where(c => !char.IsSurrogate(c)), 0, 12]),
        Gen.Enum<SettingValueKind>(),
        Gen.OneOf(Gen.OneOfConst(YamlRoundTripTests.Hostile.Where(h => !h.Any(char.IsSurrogate)).ToArray()), Gen.String[Gen.Char.Where(c => !char.IsSurrogate(c)), 0, 12]),
        (path, kind, text) => new FieldSetting(path, kind, text));

    [Fact]
    public void ArbitrarySettings_NeverThrow_AndAlwaysWriteYamlThatParses()
    {
        ArbitrarySetting.Array[0, 12].Sample(settings =>
        {
            SettingChecks.Check(settings, _ => 1);
            FieldSettings.Sorted(settings);
            string yaml = SettingYaml.ToText(SettingTree.Build(settings));
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            foreach (var s in settings)
            {
                var r = SchemaPath.Resolve(PodSchema.Descriptor, s.Path);
                if (r.Ok)
                {
                    SettingValues.Check(r.Value!, s);
                    SettingValues.Check(r.Value!, s.Text, new List<FieldSetting>());
                }
            }
        }, iter: 2000);
    }

    private static List<FieldSetting> Sorted(IEnumerable<FieldSetting> settings) => FieldSettings.Sorted(settings).ToList();

    /// <summary>One path to every leaf the schema describes below <paramref name="type"/> (lists at [0], maps at ['k']), to <paramref name="maxDepth"/> objects deep.</summary>
    internal static IEnumerable<string> LeafPaths(TypeDescriptor type, string prefix, int depth, int maxDepth = 5)
    {
        if (depth > maxDepth) yield break;
        foreach (var f in type.Fields)
        {
            string p = prefix.Length == 0 ? f.JsonName : prefix + "." + f.JsonName;
            var inner = f.ObjectType is null ? null : SchemaIndex.Find(f.ObjectType);
            if (f.Kind == FieldKind.Object && inner is not null) foreach (var x in LeafPaths(inner, p, depth + 1, maxDepth)) yield return x;
            else if (f.Kind == FieldKind.List && f.ElementKind == FieldKind.Object && inner is not null) foreach (var x in LeafPaths(inner, p + "[0]", depth + 1, maxDepth)) yield return x;
            else if (f.Kind == FieldKind.Map) yield return p + "['k']";
            else if (f.Kind == FieldKind.List) yield return p + "[0]";
            else if (f.Kind != FieldKind.Object && f.Kind != FieldKind.List) yield return p;
        }
    }

    // YamlDotNet's tree as a settings tree, plain scalars resolved by the YAML 1.2 core schema (what the writer relies on).
    private static SettingMap ToSettingMap(YamlMappingNode node)
    {
        var map = new SettingMap();
        foreach (var kv in node.Children) Assert.True(map.Add(((YamlScalarNode)kv.Key).Value!, ToSettingNode(kv.Value)));
        return map;
    }

    private static SettingNode ToSettingNode(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode m:
                return ToSettingMap(m);
            case YamlSequenceNode s:
                var seq = new SettingSequence();
                foreach (var item in s.Children) seq.Append(ToSettingNode(item));
                return seq;
            default:
                var scalar = (YamlScalarNode)node;
                string v = scalar.Value!;
                if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain) return new SettingScalar(SettingValueKind.String, v);
                if (v is "true" or "false") return new SettingScalar(SettingValueKind.Bool, v);
                if (System.Text.RegularExpressions.Regex.IsMatch(v, "^-?(0|[1-9][0-9]*)$")) return new SettingScalar(SettingValueKind.Integer, v);
                if (System.Text.RegularExpressions.Regex.IsMatch(v, @"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$")) return new SettingScalar(SettingValueKind.Float, v);
                return new SettingScalar(SettingValueKind.String, v);
        }
    }
}

using System.Text.Json;
using CsCheck;
using k8s;
using k8s.Models;
using ProbeGen.Core.Emission;
using ProbeGen.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ProbeGen.Tests;

/// <summary>Every string a user can write reaches the manifest unchanged, read back by YamlDotNet, KubernetesClient and kubectl.</summary>
public class YamlRoundTripTests
{
    public static readonly string[] Hostile =
    {
        "yes", "Yes", "YES", "no", "on", "off", "y", "n", "true", "False", "null", "Null", "~", "", " ", "0755", "0o17", "0x1F", "1e3", "1_000",
        "12:30", "1:20:30", ".5", "-1", "+1", ".inf", "-.inf", ".nan", "*x", "&x", "!x", "!!str", "#x", "a #b", "a: b", "a:b", "- x", "-",
        "? x", "|", ">", "%x", "@x", "`x", "{a}", "[a]", "a, b", "\"", "'", "\\", "'quoted'", "\"double\"", " leading", "trailing ",
        "  both  ", "multi\nline", "trailing newline\n", "\n", "\r\n", "tab\there", "\t", "nul\0byte", "bell\u0007", "del\u007f", "c1\u0085next",
        "nbsp\u00a0", "ls\u2028ps\u2029", "bom\ufeff", "ünïcödé", "日本語", "emoji 😀", "rtl עברית", "<<", "=", "a=b", "--flag=value",
        "/bin/sh", "touch /tmp/healthy; sleep 30", "value\n  hostNetwork: true", "x\n---\nkind: Secret", "2001-12-14", "1.0", "0", "007",
    };

    private static WorkloadSpec PodWith(IReadOnlyList<string> values)
    {
        var annotations = values.Select((v, i) => new KeyValue("k" + i, v)).ToArray();
        var container = new ContainerSpec
        {
            Name = "app",
            Image = "nginx:1.27",
            Args = new EquatableArray<string>(values.ToArray()),
            Env = EquatableArray.From(values.Select((v, i) => new EnvVarSpec("E" + i, v, null))),
        };
        return new WorkloadSpec(WorkloadKind.Pod, "p", null, default, new EquatableArray<KeyValue>(annotations),
            new PodSpec { Containers = new EquatableArray<ContainerSpec>(new[] { container }) });
    }

    [Theory]
    [InlineData(990, 0)]
    [InlineData(1000, 1)] // the plain key is at the limit (implicit), the quoted one just over it (explicit)
    [InlineData(1100, 3)]
    [InlineData(5000, 3)]
    public void LongMapKeys_ReadBack_ByYamlDotNet_KubernetesYaml_AndKubectl(int length, int explicitKeys)
    {
        // YAML limits an implicit key to 1,024 characters: longer keys are written in the explicit `? key` form.
        string plain = new('k', length), quoted = "yes" + new string('q', length);
        var pod = new WorkloadSpec(WorkloadKind.Pod, "p", null, default,
            new EquatableArray<KeyValue>(new[] { new KeyValue(plain, "a"), new KeyValue(quoted, "b"), new KeyValue("short", "c") }),
            new PodSpec { NodeSelector = new EquatableArray<KeyValue>(new[] { new KeyValue(plain, "v") }), Containers = new EquatableArray<ContainerSpec>(new[] { new ContainerSpec { Name = "app", Image = "nginx:1.27" } }) });
        string yaml = ManifestYamlEmitter.Emit(pod);

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        var annotations = (YamlMappingNode)((YamlMappingNode)root["metadata"])["annotations"];
        Assert.Equal(new[] { (plain, "a"), (quoted, "b"), ("short", "c") }, annotations.Children.Select(kv => (((YamlScalarNode)kv.Key).Value!, ((YamlScalarNode)kv.Value).Value!)));

        var client = KubernetesYaml.Deserialize<V1Pod>(yaml);
        Assert.Equal("v", client.Spec.NodeSelector[plain]);
        Assert.Equal("b", client.Metadata.Annotations[quoted]);

        using var json = JsonDocument.Parse(Kubectl.Decode(yaml));
        Assert.Equal("v", json.RootElement.GetProperty("spec").GetProperty("nodeSelector").GetProperty(plain).GetString());
        var decoded = json.RootElement.GetProperty("metadata").GetProperty("annotations");
        Assert.Equal("a", decoded.GetProperty(plain).GetString());
        Assert.Equal("b", decoded.GetProperty(quoted).GetString());
        Assert.Equal("c", decoded.GetProperty("short").GetString());
        Assert.Equal(explicitKeys, yaml.Split('\n').Count(l => l.TrimStart().StartsWith("? ", StringComparison.Ordinal)));
    }

    [Fact]
    public void HostileStrings_RoundTrip_ThroughYamlDotNet_KubernetesYaml_AndKubectl()
    {
        string yaml = ManifestYamlEmitter.Emit(PodWith(Hostile));

        // YamlDotNet, node by node.
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        var args = (YamlSequenceNode)((YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)root["spec"])["containers"]).Children[0])["args"];
        Assert.Equal(Hostile, args.Children.Select(n => ((YamlScalarNode)n).Value));

        // KubernetesClient's reader. Its MergingParser takes any scalar "<<" for a YAML merge key, even a quoted value
        // ("Unrecognized merge key pattern"): a bug of that reader, not of the YAML (YamlDotNet's own parser and kubectl
        // read it). So that one string is checked by the other two readers only.
        var forClient = Hostile.Where(h => h != "<<").ToArray();
        var pod = KubernetesYaml.Deserialize<V1Pod>(ManifestYamlEmitter.Emit(PodWith(forClient)));
        Assert.Equal(forClient, pod.Spec.Containers[0].Args);
        Assert.Equal(forClient, pod.Spec.Containers[0].Env.Select(e => e.Value ?? ""));
        Assert.Equal(forClient, forClient.Select((_, i) => pod.Metadata.Annotations["k" + i]));

        // kubectl: the real Go types. (It drops empty env values, as Kubernetes' omitempty does; args and annotations keep them.)
        using var json = JsonDocument.Parse(Kubectl.Decode(yaml));
        var spec = json.RootElement.GetProperty("spec");
        Assert.False(spec.TryGetProperty("hostNetwork", out _));
        var decodedArgs = spec.GetProperty("containers")[0].GetProperty("args").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(Hostile, decodedArgs);
        var decodedAnnotations = json.RootElement.GetProperty("metadata").GetProperty("annotations");
        Assert.Equal(Hostile, Hostile.Select((_, i) => decodedAnnotations.GetProperty("k" + i).GetString()!));
    }

    [Fact]
    public void InjectionAttempt_StaysOneValue()
    {
        string yaml = ManifestYamlEmitter.Emit(PodWith(new[] { "x\n  hostNetwork: true", "y\nspec:\n  hostPID: true" }));
        var pod = KubernetesYaml.Deserialize<V1Pod>(yaml);
        Assert.Null(pod.Spec.HostNetwork);
        Assert.Null(pod.Spec.HostPID);
        Assert.Equal("x\n  hostNetwork: true", pod.Spec.Containers[0].Args[0]);
    }

    [Fact]
    public void RandomStrings_RoundTrip_ThroughYamlDotNet()
    {
        // Any valid UTF-16 text (lone surrogates are rejected earlier, PG0014): control characters, unicode, spaces.
        var text = Gen.Char.Where(c => !char.IsSurrogate(c)).Array[0, 40].Select(cs => new string(cs));
        var withPairs = Gen.OneOf(text, Gen.Const("😀" + "x"), text.Select(s => s + "\U0001F600"));
        withPairs.Array[1, 6].Sample(values =>
        {
            string yaml = ManifestYamlEmitter.Emit(PodWith(values));
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var root = (YamlMappingNode)stream.Documents.Single().RootNode;
            var annotations = (YamlMappingNode)((YamlMappingNode)root["metadata"])["annotations"];
            for (int i = 0; i < values.Length; i++)
            {
                Assert.Equal(values[i], ((YamlScalarNode)annotations["k" + i]).Value);
            }
        }, iter: 2000, seed: "0000000000001");
    }

    [Theory]
    [InlineData("busybox", true)]
    [InlineData("/bin/sh", true)]
    [InlineData("touch /tmp/healthy; sleep 30; rm -rf /tmp/healthy; sleep 600", true)]
    [InlineData("nginx:1.27", true)]
    [InlineData("app.kubernetes.io/name", true)]
    [InlineData("yes", false)]
    [InlineData("-c", false)]
    [InlineData("a: b", false)]
    [InlineData("500m", false)]
    [InlineData("a #b", false)]
    [InlineData("", false)]
    public void PlainOnlyWhenUnambiguous(string value, bool plain) => Assert.Equal(plain, YamlWriter.IsPlainSafe(value));
}

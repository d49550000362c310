using ProbeGen.Core.Emission;
using ProbeGen.Core.Schema;
using YamlDotNet.RepresentationModel;

namespace ProbeGen.Tests.Emission;

/// <summary>The writer owns the nesting: callers open and close levels, never count spaces; YamlDotNet reads back the structure meant.</summary>
public class YamlWriterTests
{
    private static YamlMappingNode Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [Fact]
    public void MappingsSequencesAndItems_IndentedByTheWriter_ReadBackAsNested()
    {
        var y = new YamlWriter();
        y.Field("kind", "Pod");
        y.BeginMapping("spec");
        y.BeginSequence("containers");
        y.BeginMappingItem();
        y.Field("name", "web");
        y.BeginSequence("args");
        y.Item("--port");
        y.Item("8080");
        y.End();
        y.BeginMapping("resources");
        y.EmptyMapping("limits");
        y.End();
        y.End();
        y.BeginMappingItem();
        y.Field("name", "sidecar");
        y.Field("tty", true);
        y.End();
        y.End();
        y.Field("priority", 7);
        y.End();
        string yaml = y.ToString();

        Assert.Equal("""
            kind: Pod
            spec:
              containers:
              - name: web
                args:
                - "--port"
                - "8080"
                resources:
                  limits: {}
              - name: sidecar
                tty: true
              priority: 7

            """.Replace("\r\n", "\n"), yaml);
        var containers = (YamlSequenceNode)((YamlMappingNode)Read(yaml)["spec"])["containers"];
        Assert.Equal("8080", ((YamlScalarNode)((YamlSequenceNode)((YamlMappingNode)containers[0])["args"])[1]).Value);
        Assert.Equal("sidecar", ((YamlScalarNode)((YamlMappingNode)containers[1])["name"]).Value);
    }

    [Fact]
    public void ItemOpeningWithAMappingOrASequence_CarriesTheDash_AndAnEmptyItemIsAnEmptyMapping()
    {
        var y = new YamlWriter();
        y.BeginSequence("items");
        y.BeginMappingItem();
        y.BeginMapping("inner");
        y.Field("a", "b");
        y.End();
        y.End();
        y.BeginSequenceItem();
        y.Item("x");
        y.End();
        y.BeginMappingItem();
        y.End();
        y.End();
        string yaml = y.ToString();

        Assert.Equal("items:\n- inner:\n    a: b\n-\n  - x\n- {}\n", yaml);
        var items = (YamlSequenceNode)Read(yaml)["items"];
        Assert.Equal("b", ((YamlScalarNode)((YamlMappingNode)((YamlMappingNode)items[0])["inner"])["a"]).Value);
        Assert.Equal("x", ((YamlScalarNode)((YamlSequenceNode)items[1])[0]).Value);
        Assert.Empty(((YamlMappingNode)items[2]).Children);
    }

    [Fact]
    public void KeyTooLongForAnImplicitKey_InAnItemAndAMapping_ExplicitForm_ReadBack()
    {
        string key = new string('k', YamlWriter.MaxImplicitKeyLength + 1);
        var y = new YamlWriter();
        y.BeginSequence("items");
        y.BeginMappingItem();
        y.Field(key, "v");
        y.BeginMapping(key + "m");
        y.Field("a", 1);
        y.End();
        y.End();
        y.End();
        string yaml = y.ToString();

        Assert.Equal("items:\n- ? " + key + "\n  : v\n  ? " + key + "m\n  :\n    a: 1\n", yaml);
        var item = (YamlMappingNode)((YamlSequenceNode)Read(yaml)["items"])[0];
        Assert.Equal("v", ((YamlScalarNode)item[key]).Value);
        Assert.Equal("1", ((YamlScalarNode)((YamlMappingNode)item[key + "m"])["a"]).Value);
    }

    [Fact]
    public void NestingDeeperThanSixtyFourLevels_IndentsAndUnwindsExactly()
    {
        var y = new YamlWriter();
        for (int i = 0; i < 70; i++) y.BeginMapping("m" + i);
        y.Field("leaf", "v");
        for (int i = 0; i < 70; i++) y.End();
        y.Field("after", "v");
        string yaml = y.ToString();

        var lines = yaml.Split('\n');
        Assert.Equal(new string(' ', 69 * 2) + "m69:", lines[69]);
        Assert.Equal(new string(' ', 70 * 2) + "leaf: v", lines[70]);
        Assert.Equal("after: v", lines[71]);
        YamlNode node = Read(yaml);
        for (int i = 0; i < 70; i++) node = ((YamlMappingNode)node)["m" + i];
        Assert.Equal("v", ((YamlScalarNode)((YamlMappingNode)node)["leaf"]).Value);
    }

    [Fact]
    public void EndWithoutBegin_WritesNothing_AndTheNextFieldStaysAtTheTop()
    {
        var y = new YamlWriter();
        y.End();
        y.Field("a", "b");
        Assert.Equal("a: b\n", y.ToString());
    }

    [Fact]
    public void SettingsForAnItemTheWriterLeftEmpty_FillTheItem_WithItsDash()
    {
        var tree = SettingTree.Build(new[] { FieldSetting.String("items[0].key", "k"), FieldSetting.String("items[0].value", "v") });
        var y = new YamlWriter();
        y.MergeSettings(tree);
        y.BeginSequence("items");
        y.BeginMappingItem();
        y.End();
        y.End();
        y.FinishSettings();

        Assert.Equal("items:\n- key: k\n  value: v\n", y.ToString());
    }

    [Fact]
    public void SettingsTree_WrittenThroughTheWriter_EqualsItsText()
    {
        var tree = SettingTree.Build(new[]
        {
            FieldSetting.String("spec.tolerations[0].key", "dedicated"),
            FieldSetting.Integer("spec.priority", 5),
            FieldSetting.EmptyObject("spec.volumes[0].emptyDir"),
            FieldSetting.String("spec.volumes[0].name", "scratch"),
        });
        var y = new YamlWriter();
        SettingYaml.WriteEntries(y, tree);

        Assert.Equal("spec:\n  priority: 5\n  tolerations:\n  - key: dedicated\n  volumes:\n  - emptyDir: {}\n    name: scratch\n", y.ToString());
        Assert.Equal(y.ToString(), SettingYaml.ToText(tree));
    }
}

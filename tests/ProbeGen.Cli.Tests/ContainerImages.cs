using YamlDotNet.RepresentationModel;

namespace ProbeGen.Cli.Tests;

/// <summary>kubectl's decode replaces every image with its sentinel, so round-trip tests compare images apart, with this.</summary>
internal static class ContainerImages
{
    /// <summary>Every container's image, by list and container name (kubectl replaces them with its sentinel).</summary>
    public static List<string> Of(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var images = new List<string>();
        Walk(stream.Documents[0].RootNode, images);
        images.Sort(StringComparer.Ordinal);
        return images;
    }

    private static void Walk(YamlNode node, List<string> images)
    {
        if (node is YamlMappingNode map)
        {
            foreach (var (key, value) in map.Children)
            {
                if (key is YamlScalarNode { Value: "containers" or "initContainers" or "ephemeralContainers" } list && value is YamlSequenceNode items)
                {
                    foreach (var item in items.Children.OfType<YamlMappingNode>())
                    {
                        string Get(string k) => item.Children.TryGetValue(new YamlScalarNode(k), out var v) && v is YamlScalarNode s ? s.Value ?? "" : "";
                        images.Add(list.Value + "/" + Get("name") + "=" + Get("image"));
                    }
                }
                else
                {
                    Walk(value, images);
                }
            }
        }
        else if (node is YamlSequenceNode seq)
        {
            foreach (var child in seq.Children) Walk(child, images);
        }
    }
}

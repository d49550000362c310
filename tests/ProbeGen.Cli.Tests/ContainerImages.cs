using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ProbeGen.Cli.Tests;

/// <summary>kubectl's decode replaces every image with its sentinel, so round-trip tests compare images apart, with this.</summary>
internal static class ContainerImages
{
    /// <summary>
    /// Every container's image, by list and container name (kubectl replaces them with its sentinel). Read from
    /// YamlDotNet's event stream rather than its node model, because published manifests repeat keys (three of
    /// kubernetes/examples give <c>selector</c> twice) and the node model refuses them; like Kubernetes, the last one wins.
    /// </summary>
    public static List<string> Of(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        parser.Consume<DocumentStart>();
        var root = Read(parser);
        var images = new List<string>();
        Walk(root, images);
        images.Sort(StringComparer.Ordinal);
        return images;
    }

    /// <summary>A scalar as its string, a mapping as a dictionary (a repeated key replaces the earlier value), a sequence as a list.</summary>
    private static object? Read(IParser parser)
    {
        if (parser.TryConsume<Scalar>(out var scalar)) return scalar.Value;
        if (parser.TryConsume<AnchorAlias>(out _)) return null;
        if (parser.TryConsume<SequenceStart>(out _))
        {
            var list = new List<object?>();
            while (!parser.TryConsume<SequenceEnd>(out _)) list.Add(Read(parser));
            return list;
        }
        parser.Consume<MappingStart>();
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = Read(parser);
            var value = Read(parser);
            if (key is string k) map[k] = value;
        }
        return map;
    }

    private static void Walk(object? node, List<string> images)
    {
        if (node is Dictionary<string, object?> map)
        {
            foreach (var (key, value) in map)
            {
                if (key is "containers" or "initContainers" or "ephemeralContainers" && value is List<object?> items)
                {
                    foreach (var item in items.OfType<Dictionary<string, object?>>())
                    {
                        string Get(string k) => item.TryGetValue(k, out var v) && v is string s ? s : "";
                        images.Add(key + "/" + Get("name") + "=" + Get("image"));
                    }
                }
                else
                {
                    Walk(value, images);
                }
            }
        }
        else if (node is List<object?> seq)
        {
            foreach (var child in seq) Walk(child, images);
        }
    }
}

using System.Reflection;
using System.Text.Json.Nodes;
using k8s;
using k8s.Models;
using ProbeGen.Cli.Tests;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ProbeGen.Tests;

/// <summary>
/// samples/BankOfAnthos against the published manifests it reproduces (testdata/samples/bank-of-anthos): every
/// published workload has a manifest written by the sample's build, equal to the original as kubectl decodes it,
/// as YamlDotNet reads it and as KubernetesClient types it.
/// </summary>
public class BankOfAnthosTests
{
    private static readonly string OriginalsFolder = Path.Combine(RepoPaths.Root, "testdata", "samples", "bank-of-anthos", "kubernetes-manifests");

    private static readonly string ManifestsFolder = Path.Combine(RepoPaths.Root, "samples", "BankOfAnthos", "bin",
        typeof(BankOfAnthosTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SampleConfiguration").Value!,
        "net10.0", "manifests");

    /// <summary>The workload documents of the published files (their Services and ConfigMaps are not workloads), with the file each is in.</summary>
    private static readonly Lazy<List<OriginalWorkload>> Originals = new(ReadOriginals);

    private static readonly Dictionary<string, Func<object>> TypedFactories = new(StringComparer.Ordinal)
    {
        ["accounts-db.statefulset.yaml"] = BankOfAnthos.AccountsDb.CreateManifest,
        ["contacts.deployment.yaml"] = BankOfAnthos.Contacts.CreateManifest,
        ["userservice.deployment.yaml"] = BankOfAnthos.UserService.CreateManifest,
        ["ledger-db.statefulset.yaml"] = BankOfAnthos.LedgerDb.CreateManifest,
        ["ledgerwriter.deployment.yaml"] = BankOfAnthos.LedgerWriter.CreateManifest,
        ["balancereader.deployment.yaml"] = BankOfAnthos.BalanceReader.CreateManifest,
        ["transactionhistory.deployment.yaml"] = BankOfAnthos.TransactionHistory.CreateManifest,
        ["frontend.deployment.yaml"] = BankOfAnthos.Frontend.CreateManifest,
        ["loadgenerator.deployment.yaml"] = BankOfAnthos.LoadGenerator.CreateManifest,
    };

    public static IEnumerable<object[]> Workloads() => Originals.Value.Select(w => new object[] { w.FileName });

    [Fact]
    public void EveryPublishedWorkload_HasABuiltManifest_AndNoOther()
    {
        var expected = Originals.Value.Select(w => w.ManifestFileName).Order(StringComparer.Ordinal).ToList();
        var written = Directory.GetFiles(ManifestsFolder, "*.yaml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();
        var catalogued = BankOfAnthos.ProbeGenCatalogue.All.Select(m => m.FileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(9, expected.Count);
        Assert.Equal(2, Originals.Value.Count(w => w.Kind == "StatefulSet"));
        Assert.Equal(expected, written);
        Assert.Equal(expected, catalogued);
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void BuiltManifest_IsKubectlEqualToThePublishedWorkload(string fileName)
    {
        var original = Originals.Value.Single(w => w.FileName == fileName);
        string built = File.ReadAllText(Path.Combine(ManifestsFolder, original.ManifestFileName));
        var differences = KubectlDifferences(original.Yaml, built);
        Assert.True(differences.Count == 0, original.ManifestFileName + " differs from the published workload at: " + string.Join(", ", differences));
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void BuiltManifest_ReadByYamlDotNet_EqualsThePublishedWorkload(string fileName)
    {
        var original = Originals.Value.Single(w => w.FileName == fileName);
        string built = File.ReadAllText(Path.Combine(ManifestsFolder, original.ManifestFileName));
        var differences = new List<string>();
        DiffYaml(ReadYaml(original.Yaml), ReadYaml(built), "", differences);
        Assert.True(differences.Count == 0, original.ManifestFileName + " differs from the published workload at: " + string.Join(", ", differences));
    }

    [Theory]
    [MemberData(nameof(Workloads))]
    public void Catalogue_EqualsTheWrittenFile_AndTypedFactory_ThePublishedWorkload(string fileName)
    {
        var original = Originals.Value.Single(w => w.FileName == fileName);
        var entry = BankOfAnthos.ProbeGenCatalogue.All.Single(m => m.FileName == original.ManifestFileName);
        Assert.Equal(File.ReadAllText(Path.Combine(ManifestsFolder, original.ManifestFileName)), entry.Yaml);

        // CreateManifest() types the same object KubernetesClient reads from the published YAML.
        object typed = TypedFactories[original.ManifestFileName]();
        object published = original.Kind == "StatefulSet"
            ? KubernetesYaml.Deserialize<V1StatefulSet>(original.Yaml)
            : KubernetesYaml.Deserialize<V1Deployment>(original.Yaml);
        // Compared as JSON data: a map's key order (resources' cpu, memory, ephemeral-storage) is not part of it.
        var differences = new List<string>();
        DiffJson(JsonNode.Parse(KubernetesJson.Serialize(published)), JsonNode.Parse(KubernetesJson.Serialize(typed)), "", differences);
        Assert.True(differences.Count == 0, "CreateManifest() differs from the published workload at: " + string.Join(", ", differences));
    }

    /// <summary>The comparisons themselves: a changed field or image of a published workload is reported, by its path.</summary>
    [Fact]
    public void Comparison_OfAChangedFieldOrImage_ReportsIt()
    {
        var frontend = Originals.Value.Single(w => w.ManifestFileName == "frontend.deployment.yaml");
        string changed = frontend.Yaml.Replace("readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false", StringComparison.Ordinal);
        Assert.NotEqual(frontend.Yaml, changed);
        Assert.Equal(["spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem"], KubectlDifferences(frontend.Yaml, changed));
        string otherImage = frontend.Yaml.Replace("frontend:v0.6.10@", "frontend:v0.6.11@", StringComparison.Ordinal);
        Assert.StartsWith("images: ", Assert.Single(KubectlDifferences(frontend.Yaml, otherImage)));

        var yamlDifferences = new List<string>();
        DiffYaml(ReadYaml(frontend.Yaml), ReadYaml(changed.Replace("fsGroup: 1000", "fsGroup: \"1000\"", StringComparison.Ordinal)), "", yamlDifferences);
        Assert.Equal(["spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem", "spec.template.spec.securityContext.fsGroup"], yamlDifferences);
    }

    /// <summary>The paths where kubectl's decodings differ, images compared apart (kubectl replaces them with its sentinel).</summary>
    private static List<string> KubectlDifferences(string originalYaml, string builtYaml)
    {
        var differences = new List<string>();
        DiffJson(JsonNode.Parse(Kubectl.Decode(originalYaml)), JsonNode.Parse(Kubectl.Decode(builtYaml)), "", differences);
        var imagesBefore = ContainerImages.Of(originalYaml);
        var imagesAfter = ContainerImages.Of(builtYaml);
        if (!imagesBefore.SequenceEqual(imagesAfter)) differences.Add("images: " + string.Join(", ", imagesBefore) + " != " + string.Join(", ", imagesAfter));
        return differences;
    }

    private static void DiffJson(JsonNode? a, JsonNode? b, string path, List<string> differences)
    {
        if (a is JsonObject ao && b is JsonObject bo)
        {
            foreach (var key in ao.Select(p => p.Key).Union(bo.Select(p => p.Key)).Order(StringComparer.Ordinal))
                DiffJson(ao[key], bo[key], Join(path, key), differences);
        }
        else if (a is JsonArray aa && b is JsonArray ba && aa.Count == ba.Count)
        {
            for (int i = 0; i < aa.Count; i++) DiffJson(aa[i], ba[i], path + "[" + i + "]", differences);
        }
        else if (!JsonNode.DeepEquals(a, b))
        {
            differences.Add(path);
        }
    }

    /// <summary>
    /// A YAML document as YamlDotNet's parser reads it: mappings as dictionaries, sequences as lists, scalars as their
    /// text and whether YAML types them as a string (quoted, or plain and no null, bool or number of the core schema).
    /// </summary>
    private static object? ReadYaml(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        parser.Consume<DocumentStart>();
        var root = ReadNode(parser);
        parser.Consume<DocumentEnd>();
        Assert.False(parser.TryConsume<DocumentStart>(out _), "one document expected");
        return root;
    }

    private static object? ReadNode(IParser parser)
    {
        if (parser.TryConsume<Scalar>(out var scalar)) return (scalar.Value, IsString(scalar));
        if (parser.TryConsume<SequenceStart>(out _))
        {
            var list = new List<object?>();
            while (!parser.TryConsume<SequenceEnd>(out _)) list.Add(ReadNode(parser));
            return list;
        }
        parser.Consume<MappingStart>();
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            string key = parser.Consume<Scalar>().Value;
            Assert.True(map.TryAdd(key, ReadNode(parser)), "key given twice: " + key);
        }
        return map;
    }

    private static bool IsString(Scalar scalar) =>
        !scalar.IsPlainImplicit
        || !System.Text.RegularExpressions.Regex.IsMatch(scalar.Value,
            @"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.nan|\.NaN|\.NAN)?$");

    private static void DiffYaml(object? a, object? b, string path, List<string> differences)
    {
        if (a is Dictionary<string, object?> am && b is Dictionary<string, object?> bm)
        {
            foreach (var key in am.Keys.Union(bm.Keys).Order(StringComparer.Ordinal))
            {
                if (!am.TryGetValue(key, out var av) || !bm.TryGetValue(key, out var bv)) differences.Add(Join(path, key));
                else DiffYaml(av, bv, Join(path, key), differences);
            }
        }
        else if (a is List<object?> al && b is List<object?> bl && al.Count == bl.Count)
        {
            for (int i = 0; i < al.Count; i++) DiffYaml(al[i], bl[i], path + "[" + i + "]", differences);
        }
        else if (!Equals(a, b))
        {
            differences.Add(path);
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static List<OriginalWorkload> ReadOriginals()
    {
        var workloads = new List<OriginalWorkload>();
        foreach (string file in Directory.GetFiles(OriginalsFolder, "*.yaml").Order(StringComparer.Ordinal))
        {
            // The published files separate their documents with a line "---".
            var documents = File.ReadAllText(file).ReplaceLineEndings("\n").Split("\n---\n");
            foreach (string document in documents)
            {
                var root = (Dictionary<string, object?>)ReadYaml(document)!;
                string kind = (((string, bool))root["kind"]!).Item1;
                if (kind is not ("Deployment" or "StatefulSet")) continue;
                string name = (((string, bool))((Dictionary<string, object?>)root["metadata"]!)["name"]!).Item1;
                workloads.Add(new OriginalWorkload(Path.GetFileName(file), kind, name, document));
            }
        }
        return workloads;
    }

    private sealed record OriginalWorkload(string FileName, string Kind, string Name, string Yaml)
    {
        public string ManifestFileName => Name + "." + Kind.ToLowerInvariant() + ".yaml";
    }
}

using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ProbeGen.Core.Schema;
using ProbeGen.Core.Validation;
using ProbeGen.Tests;

namespace ProbeGen.Yaml.Tests;

/// <summary>
/// testdata/k8s-corpus-next, the conformance cases of issue 13's rules (docs/design/new-field-rules.md), held to its own
/// form until the rules exist: a valid header, a file name that agrees with it, a message in the API server's shape, a
/// field path the schema knows, a rule of the catalogue, and a manifest kubectl decodes.
/// </summary>
public class CorpusNextTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>
    /// Cases whose rule is implemented and that lint agrees with, measured; raise it as the rules land, never lower it.
    /// The rest are pending (their rule is not in the catalogue yet, or their kind is not read yet) and printed.
    /// </summary>
    private const int AgreedFloor = 312;

    private static readonly string Catalogue = Path.Combine(RepoPaths.Root, "docs", "design", "new-field-rules.md");

    /// <summary>field.ErrorType names as the headers write them, and how field.Error renders each.</summary>
    private static readonly IReadOnlyDictionary<string, string> Rendered = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["FieldValueRequired"] = "Required value",
        ["FieldValueInvalid"] = "Invalid value",
        ["FieldValueNotSupported"] = "Unsupported value",
        ["FieldValueDuplicate"] = "Duplicate value",
        ["FieldValueForbidden"] = "Forbidden",
        ["FieldValueNotFound"] = "Not found",
        ["FieldValueTooLong"] = "Too long",
        ["FieldValueTooMany"] = "Too many",
    };

    /// <summary>
    /// Paths the API server reports that are not fields of the v1 schema, each with the reason in the Kubernetes code
    /// (docs/design/new-field-rules.md names them "sic"); every one must be used by a case, so the list cannot go stale.
    /// </summary>
    public static readonly IReadOnlyList<(Regex Pattern, string Reason)> PathQuirks = new[]
    {
        (new Regex(@"\.volumeMounts\.(subPath|subPathExpr|mountPropagation|recursiveReadOnly)$"), "ValidateVolumeMounts passes the list's path, not the mount's, to these checks"),
        (new Regex(@"\.volumes\[\d+\]\.downwarAPI$"), "validateVolumeSource spells the field 'downwarAPI' in its 'more than 1 volume type' error"),
        (new Regex(@"\.volumes\[\d+\]\.downwardAPI\.(path|fieldRef\.fieldPath|fieldRef|mode)$"), "validateDownwardAPIVolumeSource passes the volume's path to validateDownwardAPIVolumeFile: no items index"),
        (new Regex(@"\.topologySpreadConstraints\[\d+\]\.\{topologyKey, whenUnsatisfiable\}$"), "ValidateSpreadConstraintNotRepeat names the pair, not a field"),
        (new Regex(@"\.pod(Anti)?Affinity\..*\]\.namespace$"), "validatePodAffinityTerm reports an entry of 'namespaces' as 'namespace'"),
        (new Regex(@"^spec\.(template\.spec\.)?securityContext\.shareProcessNamespace$"), "the internal PodSpec keeps shareProcessNamespace in its security context"),
    };

    private static IReadOnlyList<string> Files() => NextCorpus.Files();

    private static NextCase Read(string file) => NextCorpus.Read(file);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var f in Files()) data.Add(Path.GetFileName(f));
        return data;
    }

    private static HashSet<string> CatalogueIds() =>
        Regex.Matches(File.ReadAllText(Catalogue), @"^\| (PG\d{4})\b", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_HeaderIsWellFormedAndAgreesWithItsFileName(string file)
    {
        var c = Read(file);
        var name = Regex.Match(file, @"^\d{3}-(valid|invalid)-[a-z0-9-]+\.yaml$");
        Assert.True(name.Success, file + ": not NNN-valid|invalid-slug.yaml");
        Assert.Equal(name.Groups[1].Value == "valid", c.Valid);
        Assert.False(string.IsNullOrWhiteSpace(c.Source), file + ": no '# source:' line");
        Assert.Contains(c.Kind, KindDescriptors.All.Select(k => k.Kind));
        Assert.NotNull(c.Rule);
        if (c.Valid)
        {
            Assert.Null(c.Message);
            return;
        }
        Assert.True(Rendered.ContainsKey(c.ErrorType!), file + ": unknown error type " + c.ErrorType);
        Assert.NotNull(c.Message);
        // The message is the API server's rendering: "<path>: <type>" then, for all but Required/Forbidden/TooLong/TooMany, ": <value>".
        Assert.StartsWith(c.Path + ": " + Rendered[c.ErrorType!], c.Message!, StringComparison.Ordinal);
        Assert.NotEqual("none", c.Rule);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_NamesARuleOfTheCatalogue(string file)
    {
        var c = Read(file);
        if (c.Rule == "none")
        {
            Assert.True(c.Valid, file + ": only a valid case may name no rule (a field the API server does not validate)");
            return;
        }
        Assert.Matches(@"^PG\d{4}$", c.Rule!);
        Assert.Contains(c.Rule!, CatalogueIds());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void InvalidCase_PathIsOneTheSchemaKnows(string file)
    {
        var c = Read(file);
        if (c.Valid) return;
        if (PathQuirks.Any(q => q.Pattern.IsMatch(c.Path!))) return;
        var kind = KindDescriptors.Find(c.Kind)!;
        string? problem = Resolve(kind.RootType, c.Path!);
        Assert.True(problem is null, file + ": " + c.Path + ": " + problem);
    }

    [Fact]
    public void EveryPathQuirk_IsUsedAndNoKnownPathIsCalledAQuirk()
    {
        var cases = Files().Select(Read).Where(c => !c.Valid).ToArray();
        foreach (var (pattern, reason) in PathQuirks)
        {
            var users = cases.Where(c => pattern.IsMatch(c.Path!)).ToArray();
            Assert.True(users.Length > 0, "no case uses the quirk '" + reason + "'");
            foreach (var u in users) Assert.NotNull(Resolve(KindDescriptors.Find(u.Kind)!.RootType, u.Path!));
        }
    }

    [Fact]
    public void Corpus_CoversEveryKindWithValidAndInvalidCases()
    {
        var cases = Files().Select(Read).ToArray();
        Assert.True(cases.Length >= 120, "the corpus has " + cases.Length + " cases");
        foreach (var kind in KindDescriptors.All.Select(k => k.Kind))
        {
            Assert.Contains(cases, c => c.Kind == kind && c.Valid);
            Assert.Contains(cases, c => c.Kind == kind && !c.Valid);
        }
    }

    [Fact]
    public void Resolve_RejectsUnknownFieldsAndMissingIndexes()
    {
        Assert.Null(Resolve("Pod", "spec.containers[0].volumeMounts[1].mountPath"));
        Assert.Null(Resolve("Deployment", "spec.template.spec.containers[0].resources.limits[nvidia.com/gpu]"));
        Assert.Null(Resolve("StatefulSet", "spec.ordinals.start"));
        Assert.NotNull(Resolve("Pod", "spec.containers[0].volumeMounts.subPath"));
        Assert.NotNull(Resolve("Pod", "spec.volumes[0].downwarAPI"));
        Assert.NotNull(Resolve("Pod", "spec.containers[0].image.tag"));
        Assert.NotNull(Resolve("Pod", "spec.securityContext.shareProcessNamespace"));
    }

    [Fact]
    public void EveryManifest_IsDecodedByKubectl()
    {
        var failures = new ConcurrentBag<string>();
        Parallel.ForEach(Files(), new ParallelOptions { MaxDegreeOfParallelism = 2 }, file =>
        {
            try
            {
                string json = Kubectl.DecodeFile(file);
                if (!json.Contains("\"kind\": \"" + Read(file).Kind + "\"", StringComparison.Ordinal)) failures.Add(Path.GetFileName(file) + ": decoded as another kind");
            }
            catch (InvalidOperationException ex)
            {
                failures.Add(Path.GetFileName(file) + ": " + ex.Message);
            }
        });
        Assert.Empty(failures);
    }

    /// <summary>
    /// Lint agrees with every case whose rule exists: an invalid case gets that rule at that path, a valid case no
    /// error at all. A case whose rule is not implemented yet, or whose kind lint skips, is pending (printed, counted).
    /// </summary>
    [Fact]
    public void Lint_AgreesWithEveryCaseOfAnImplementedRule()
    {
        var implemented = RuleCatalog.All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var agreed = new List<string>();
        var pending = new List<string>();
        var disagreed = new List<string>();
        foreach (var file in Files())
        {
            var c = Read(file);
            string name = Path.GetFileName(file);
            if (c.Rule != "none" && !implemented.Contains(c.Rule!))
            {
                pending.Add(name + ": " + c.Rule + " not implemented");
                continue;
            }
            var messages = ManifestLinter.Lint(File.ReadAllText(file));
            if (messages.Any(m => m.Rule.Id == RuleCatalog.YamlSkippedDocument.Id))
            {
                pending.Add(name + ": kind " + c.Kind + " not read by lint yet");
                continue;
            }
            string Show(IEnumerable<LintMessage> ms) => string.Join("; ", ms.Select(m => m.Rule.Id + " " + m.Path + ": " + m.Message));
            if (c.Valid)
            {
                var errors = messages.Where(m => m.Rule.Severity == RuleSeverity.Error).ToList();
                if (errors.Count == 0) agreed.Add(name);
                else disagreed.Add(name + ": valid, but lint reports " + Show(errors));
                continue;
            }
            if (messages.Any(m => m.Rule.Id == c.Rule && SamePath(m.Path, c.Path!))) agreed.Add(name);
            else disagreed.Add(name + ": expected " + c.Rule + " at " + c.Path + ", lint reports " + (messages.Count == 0 ? "nothing" : Show(messages)));
        }
        output.WriteLine("agreed " + agreed.Count + ", pending " + pending.Count + ", disagreed " + disagreed.Count + " of " + (agreed.Count + pending.Count + disagreed.Count));
        foreach (var p in pending) output.WriteLine("pending: " + p);
        foreach (var d in disagreed) output.WriteLine("DISAGREES: " + d);
        Assert.Empty(disagreed);
        Assert.True(agreed.Count >= AgreedFloor, "agreed " + agreed.Count + " < floor " + AgreedFloor);
    }

    /// <summary>One field path in either spelling of a map key: the API server's <c>[key]</c> or the settings' <c>['key']</c>.</summary>
    private static bool SamePath(string a, string b) => Unquote(a) == Unquote(b);

    private static string Unquote(string path) => Regex.Replace(path, @"\['((?:[^']|'')*)'\]", m => "[" + m.Groups[1].Value.Replace("''", "'") + "]");

    /// <summary>Walks a field path (<c>a.b[0].c[key]</c>) from a root type through the generated schema; null when every step is a field.</summary>
    private static string? Resolve(string rootType, string path)
    {
        TypeDescriptor? type = SchemaIndex.Find(rootType);
        int i = 0;
        while (i < path.Length)
        {
            if (type is null) return "'" + path.Substring(i) + "' goes below a value that has no fields";
            int end = i;
            while (end < path.Length && path[end] != '.' && path[end] != '[') end++;
            string name = path.Substring(i, end - i);
            var field = type.Field(name);
            if (field is null) return "'" + name + "' is not a field of " + type.Name;
            i = end;
            bool container = field.Kind == FieldKind.List || field.Kind == FieldKind.Map;
            bool subscripted = i < path.Length && path[i] == '[';
            if (subscripted)
            {
                if (!container) return "'" + name + "' is not a list or map";
                int close = path.IndexOf(']', i);
                if (close < 0) return "unclosed '['";
                if (field.Kind == FieldKind.List && !Regex.IsMatch(path.Substring(i + 1, close - i - 1), @"^\d+$")) return "'" + name + "' is a list: its subscript is an index";
                i = close + 1;
            }
            bool last = i >= path.Length;
            if (!last && path[i] != '.') return "unexpected '" + path[i] + "'";
            if (!last && container && !subscripted) return "'" + name + "' is a list or map: the next field needs its index or key";
            FieldKind valueKind = container ? field.ElementKind : field.Kind;
            type = valueKind == FieldKind.Object && field.ObjectType is not null ? SchemaIndex.Find(field.ObjectType) : null;
            if (!last) i++;
        }
        return null;
    }
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using ProbeGen.Tests;
using Xunit.Abstractions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ProbeGen.Cli.Tests;

/// <summary>
/// Published manifests from public repositories (testdata/real-world, sources in its PROVENANCE.md), one workload
/// document at a time: how many ProbeGen fully models (lint: no PG0105/PG0106/PG0101), how many <c>probegen import</c> brings
/// back kubectl-equal, and which errors lint reports on manifests the API server accepts. The rates are a floor that
/// later work raises (issue 13: 95 %); a fall below it, a crash or a new error fails.
/// </summary>
public class RealWorldCorpusTests(RealWorldCorpus corpus, ITestOutputHelper output) : IClassFixture<RealWorldCorpus>
{
    // The measured counts of today's product (of 596 workload documents, 2026-12-02, with long-tail capture); raise them as the model grows, never lower them.
    private const int FullyModeledFloor = 596;
    private const int LosslessFloor = 584;

    private const string TruePositive = "true positive";
    private const string FalseError = "FALSE ERROR";

    /// <summary>
    /// Every error lint reports on the corpus today, by document (or line) and finding, checked by hand against the API
    /// server's validation (testdata/real-world/PROVENANCE.md gives the details): a false error is to be fixed, and then removed here.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> KnownErrors = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Placeholders the reader is told to replace before applying: the API server rejects them as they stand.
        ["GoogleCloudPlatform__kubernetes-engine-samples/ai-ml__gke-online-serving-single-gpu__src__gke-config__deployment-tfserve.yaml#1 PG1406 spec.template.spec.serviceAccountName"] = TruePositive + ": placeholder $K8S_SA_NAME",
        ["GoogleCloudPlatform__kubernetes-engine-samples/ai-ml__gke-online-serving-single-gpu__src__gke-config__deployment-triton.yaml#1 PG1406 spec.template.spec.serviceAccountName"] = TruePositive + ": placeholder $K8S_SA_NAME",
        ["GoogleCloudPlatform__kubernetes-engine-samples/databases__hello-app-cloud-spanner__k8s__deployment.yaml#1 PG1406 spec.template.spec.serviceAccountName"] = TruePositive + ": placeholder <KSA_NAME>",
        ["GoogleCloudPlatform__kubernetes-engine-samples/demos__vit-training-example__yamls__spec-gcs.yaml#1 PG1406 spec.template.spec.serviceAccountName"] = TruePositive + ": placeholder <GCSFUSE_KSA> (a StatefulSet, read since the kind exists)",
        ["kubeflow__examples/github_issue_summarization__pipelines__components__kubeflow-resources__tf-serving-gh__tf-serve-template.yaml#2 PG1002 metadata.name"] = TruePositive + ": placeholder MODEL_NAME",
        ["kubeflow__examples/github_issue_summarization__pipelines__components__kubeflow-resources__tf-serving-gh__tf-serve-template.yaml#2 PG1005 metadata.namespace"] = TruePositive + ": placeholder KUBEFLOW_NAMESPACE",
        ["kubeflow__examples/github_issue_summarization__pipelines__components__kubeflow-resources__tf-serving-gh__tf-serve-template.yaml#2 PG1103 spec.template.spec.containers[0].name"] = TruePositive + ": placeholder MODEL_NAME",
        ["kubeflow__examples/github_issue_summarization__pipelines__components__t2t__webapp-launcher__t2tapp-template.yaml#2 PG1002 metadata.name"] = TruePositive + ": placeholder MODEL_NAME-webapp",
        ["kubeflow__examples/github_issue_summarization__pipelines__components__t2t__webapp-launcher__t2tapp-template.yaml#2 PG1103 spec.template.spec.containers[0].name"] = TruePositive + ": placeholder MODEL_NAME-webapp",
        // validateContainerPorts: protocol must be one of the constants, case-sensitive (an archived example).
        ["kubernetes__examples/_archived__volumes__aws_ebs__aws-ebs-web.yaml#1 PG1206 spec.containers[0].ports[0].protocol"] = TruePositive + ": protocol tcp (lower case)",
        ["kubernetes__examples/_archived__volumes__cinder__cinder-web.yaml#1 PG1206 spec.containers[0].ports[0].protocol"] = TruePositive + ": protocol tcp (lower case)",
        // validateVolumeMounts: a mount must name a volume of the pod; this one names "ca-certs", the volume is "ca".
        ["istio__istio/samples__mtls-echo__mtls-echo.yaml#2 PG1631 spec.template.spec.containers[0].volumeMounts[1].name"] = TruePositive + ": mount of an undeclared volume",
        // Fields the volume sources do not have (one a typo): kubectl apply's default strict field validation rejects them
        // ("strict decoding error: unknown field"); they were hidden while volumes were not modeled.
        ["kubernetes__examples/_archived__volumes__rbd__rbd.yaml#1 PG0102 spec.volumes[0].rbd.imageformat"] = TruePositive + ": unknown field of RBDVolumeSource",
        ["kubernetes__examples/_archived__volumes__rbd__rbd.yaml#1 PG0102 spec.volumes[0].rbd.imagefeatures"] = TruePositive + ": unknown field of RBDVolumeSource",
        ["kubernetes__examples/_archived__volumes__scaleio__pod.yaml#1 PG0102 spec.volumes[0].scaleIO.protectionDoamin"] = TruePositive + ": typo of protectionDomain",
        ["kubernetes__examples/_archived__volumes__storageos__storageos-pod.yaml#1 PG0102 spec.volumes[0].storageos.pool"] = TruePositive + ": unknown field of StorageOSVolumeSource",
    };

    /// <summary>
    /// Where (by the end of the path) an import that succeeded (exit 0) may decode different under kubectl, and why it is not a loss: kubectl
    /// decodes without the API server's defaulting, ProbeGen writes the default as absent.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> KnownDifferences = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };

    [Fact]
    public void Corpus_HoldsTheCollectedDocuments()
    {
        output.WriteLine(corpus.Summary());
        foreach (var (part, seconds) in corpus.Timings) output.WriteLine("fixture " + part + ": " + seconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s");
        // eng/corpus-report.sh: the whole breakdown into one file.
        if (Environment.GetEnvironmentVariable("PROBEGEN_CORPUS_REPORT") is { Length: > 0 } report)
        {
            File.WriteAllText(report, corpus.Summary() + "\n" + corpus.NotModeledTable() + "\n" + corpus.ImportTable() + "\n| error | known as | message |\n|---|---|---|\n"
                + string.Concat(corpus.Errors.Select(e => "| " + e.Key + " | " + (KnownErrors.TryGetValue(e.Key, out var why) ? why : "NEW") + " | " + e.Message.Replace("|", "\\|") + " |\n")));
        }
        Assert.Equal(14, corpus.Documents.Select(d => d.Repository).Distinct().Count());
        Assert.Equal(596, corpus.Documents.Count);
    }

    [Fact]
    public void FullyModeled_AtLeastTheFloor()
    {
        output.WriteLine(corpus.Summary());
        output.WriteLine(corpus.NotModeledTable());
        Assert.Empty(corpus.Crashes);
        Assert.True(corpus.FullyModeled.Count >= FullyModeledFloor, "fully modeled " + corpus.FullyModeled.Count + " < floor " + FullyModeledFloor);
    }

    [Fact]
    public void LosslessImport_KubectlEqual_AtLeastTheFloor()
    {
        output.WriteLine(corpus.Summary());
        output.WriteLine(corpus.ImportTable());
        Assert.Empty(corpus.Crashes);
        Assert.True(corpus.Lossless.Count >= LosslessFloor, "lossless " + corpus.Lossless.Count + " < floor " + LosslessFloor);
        // Every import that succeeded (exit 0) is kubectl-equal, but for an explicit default ProbeGen leaves out (exit 0 promises nothing was lost).
        foreach (var d in corpus.ImportedButDifferent) output.WriteLine("imported (exit 0) but kubectl differs: " + d.Key.Id + " at " + string.Join(", ", d.Value));
        Assert.Empty(corpus.ImportedButDifferent.SelectMany(d => d.Value.Where(p => !KnownDifferences.Keys.Any(k => p.EndsWith("." + k, StringComparison.Ordinal))).Select(p => d.Key.Id + ": " + p)));
    }

    [Fact]
    public void Errors_OnPublishedManifests_OnlyTheKnownOnes()
    {
        foreach (var e in corpus.Errors) output.WriteLine((KnownErrors.TryGetValue(e.Key, out var why) ? why : "NEW") + " | " + e.Key + " | " + e.Message);
        output.WriteLine("false errors: " + corpus.Errors.Count(e => KnownErrors.TryGetValue(e.Key, out var w) && w.StartsWith(FalseError, StringComparison.Ordinal))
            + ", true positives: " + corpus.Errors.Count(e => KnownErrors.TryGetValue(e.Key, out var w) && w.StartsWith(TruePositive, StringComparison.Ordinal)));
        var unknown = corpus.Errors.Where(e => !KnownErrors.ContainsKey(e.Key)).Select(e => e.Key + ": " + e.Message).ToList();
        Assert.Empty(unknown);
        Assert.Empty(corpus.Crashes);
    }
}

/// <summary>One workload document of the corpus: where it comes from and its text, cut out of its file.</summary>
public sealed record RealWorldDocument(int Number, string Repository, string File, int Index, int FirstLine, int LastLine, string ApiVersion, string Kind, string Name, string Text)
{
    public string Id => File + "#" + Index;

    public bool ProbeGenKind => Kind is "Pod" or "Deployment" or "Job" or "CronJob";
}

/// <summary>A lint finding on a document, by its stable key <c>file#index id fieldPath</c>.</summary>
public sealed record RealWorldFinding(RealWorldDocument? Document, string File, int Line, string Severity, string Id, string FieldPath, string Message)
{
    /// <summary>Stable across edits elsewhere in the file: the document's index, or for a finding outside a workload document, its line.</summary>
    public string Key => File + (Document is null ? ":" + Line : "#" + Document.Index) + " " + Id + (FieldPath.Length > 0 ? " " + FieldPath : "");
}

/// <summary>
/// The measurement, done once for the class: lint of every document (one run over a folder), import of each (in
/// process), one compilation of all imported C#, and two kubectl runs (originals, regenerated) of many documents each.
/// </summary>
public sealed class RealWorldCorpus : IDisposable
{
    private static readonly HashSet<(string, string)> WorkloadKinds = new()
    {
        ("v1", "Pod"), ("apps/v1", "Deployment"), ("batch/v1", "Job"), ("batch/v1", "CronJob"), ("apps/v1", "StatefulSet"), ("apps/v1", "DaemonSet"),
    };

    private const string Unreadable = "(YamlDotNet cannot read it)";

    private readonly TempDir _tmp = new();

    public RealWorldCorpus()
    {
        Documents = Load();
        string docs = Path.Combine(_tmp.Path, "docs");
        Directory.CreateDirectory(docs);
        foreach (var d in Documents) File.WriteAllText(Path.Combine(docs, FileName(d)), d.Text);
        Lint();
        Timed("import", Import);
        Compare();
    }

    /// <summary>How long each part of the measurement took (seconds), printed by the tests: the fixture dominates the Cli tests' run time.</summary>
    public List<(string Part, double Seconds)> Timings { get; } = new();

    private void Timed(string part, Action action) => Timed(part, () =>
    {
        action();
        return 0;
    });

    private T Timed<T>(string part, Func<T> func)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        T result = func();
        Timings.Add((part, watch.Elapsed.TotalSeconds));
        return result;
    }

    public IReadOnlyList<RealWorldDocument> Documents { get; }

    public List<RealWorldFinding> Findings { get; } = new();

    public List<string> Crashes { get; } = new();

    public HashSet<RealWorldDocument> FullyModeled { get; } = new();

    public HashSet<RealWorldDocument> Lossless { get; } = new();

    /// <summary>Imported with exit 0 but decoded different from the original, with the differing paths.</summary>
    public Dictionary<RealWorldDocument, List<string>> ImportedButDifferent { get; } = new();

    /// <summary>Why each document is not imported losslessly: the import's first PG0105/PG0106/… or the differing JSON paths.</summary>
    public Dictionary<RealWorldDocument, List<string>> NotImported { get; } = new();

    /// <summary>Errors lint reports on the files as published (each document alone gives the same, unless the file is unreadable).</summary>
    public List<RealWorldFinding> FileErrors { get; } = new();

    public IEnumerable<RealWorldFinding> Errors => FileErrors.Concat(Findings.Where(f => f.Severity == "error" && !FileErrors.Any(e => e.Key == f.Key)));

    private static string FileName(RealWorldDocument d) => d.Number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".yaml";

    private static string Namespace(RealWorldDocument d) => "RealWorld.D" + d.Number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every workload document of every file, cut out of the file's text as written at its <c>---</c> lines.</summary>
    private static List<RealWorldDocument> Load()
    {
        var docs = new List<RealWorldDocument>();
        foreach (var file in CorpusFiles())
        {
            string text = File.ReadAllText(Path.Combine(Root, file));
            int index = 0;
            foreach (var (slice, firstLine, lastLine) in Slices(text))
            {
                index++;
                var (apiVersion, kind, name) = Identify(slice);
                if (!WorkloadKinds.Contains((apiVersion, kind))) continue;
                docs.Add(new RealWorldDocument(docs.Count + 1, file.Substring(0, file.IndexOf('/')), file, index, firstLine, lastLine, apiVersion, kind, name, slice));
            }
        }
        return docs;
    }

    public static string Root => Path.Combine(RepoPaths.Root, "testdata", "real-world");

    public static IEnumerable<string> CorpusFiles() =>
        Directory.GetFiles(Root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>
    /// The documents of a file with their first and last line (1-based), split at the lines that start with <c>---</c>
    /// (never inside a block scalar, which is indented); documents without content (a leading <c>---</c>) are skipped.
    /// </summary>
    public static List<(string Text, int FirstLine, int LastLine)> Slices(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var slices = new List<(string, int, int)>();
        int first = 0;
        for (int i = 0; i <= lines.Length; i++)
        {
            bool separator = i == lines.Length || lines[i] == "---" || lines[i].StartsWith("--- ", StringComparison.Ordinal) || lines[i].StartsWith("---\t", StringComparison.Ordinal) || lines[i] == "...";
            if (!separator) continue;
            var body = lines.Skip(first).Take(i - first).ToList();
            if (body.Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))) slices.Add((string.Join("\n", body) + "\n", first + 1, i));
            first = i + 1;
        }
        return slices;
    }

    /// <summary>apiVersion, kind and name (or generateName) of a document, read with YamlDotNet (or from its top-level lines where YamlDotNet cannot read it).</summary>
    private static (string ApiVersion, string Kind, string Name) Identify(string slice)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(slice));
        }
        catch (YamlException)
        {
            string Top(string key) => System.Text.RegularExpressions.Regex.Match(slice, "^" + key + @":[ \t]*[""']?([^""'\s#]*)", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value;
            return (Top("apiVersion"), Top("kind"), Unreadable);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map) return ("", "", "");
        string Get(YamlMappingNode m, string k) => m.Children.TryGetValue(new YamlScalarNode(k), out var v) && v is YamlScalarNode s ? s.Value ?? "" : "";
        var metadata = map.Children.TryGetValue(new YamlScalarNode("metadata"), out var md) ? md as YamlMappingNode : null;
        string name = metadata is null ? "" : Get(metadata, "name") is { Length: > 0 } n ? n : Get(metadata, "generateName");
        return (Get(map, "apiVersion"), Get(map, "kind"), name);
    }

    /// <summary>
    /// Lint twice: each workload document alone (what is modeled, document by document), and the files as published
    /// (the errors, wherever in the file they are: a file lint cannot read hides all its workloads).
    /// </summary>
    private void Lint()
    {
        var byFile = Documents.ToDictionary(d => FileName(d), StringComparer.Ordinal);
        foreach (var d in Timed("lint of each document", () => RunLint(_tmp.Path, "docs")))
        {
            var doc = byFile[Path.GetFileName(d.File)];
            Findings.Add(d with { File = doc.File, Line = doc.FirstLine + d.Line - 1, Document = doc });
        }
        var partial = Findings.Where(f => f.Id is "PG0101" or "PG0105" or "PG0106").Select(f => f.Document!).ToHashSet();
        foreach (var d in Documents.Where(d => !partial.Contains(d))) FullyModeled.Add(d);

        var docsOf = Documents.ToLookup(d => d.File, StringComparer.Ordinal);
        foreach (var d in Timed("lint of the files", () => RunLint(Root, ".")))
        {
            string file = d.File.StartsWith("./", StringComparison.Ordinal) ? d.File.Substring(2) : d.File;
            var doc = docsOf[file].FirstOrDefault(x => x.FirstLine <= d.Line && d.Line <= x.LastLine);
            if (d.Severity == "error") FileErrors.Add(d with { File = file, Document = doc });
        }
    }

    private List<RealWorldFinding> RunLint(string workingDirectory, string input)
    {
        var findings = new List<RealWorldFinding>();
        CliRun run;
        try
        {
            run = Cli.Run(workingDirectory, null, "lint", "--no-editorconfig", "--format", "json", input);
        }
        catch (Exception ex)
        {
            Crashes.Add("lint threw: " + ex);
            return findings;
        }
        // 2 is also what a file gets that the YAML front-end cannot read (PG0101): that is an error finding, not a crash.
        if (run.ExitCode is not (0 or 1 or 2)) Crashes.Add("lint exit " + run.ExitCode + ": " + run.Error);
        using var json = JsonDocument.Parse(run.Out);
        foreach (var e in json.RootElement.GetProperty("inputErrors").EnumerateArray()) Crashes.Add("lint input error: " + e.GetRawText());
        foreach (var d in json.RootElement.GetProperty("diagnostics").EnumerateArray())
        {
            findings.Add(new RealWorldFinding(null, d.GetProperty("file").GetString()!, d.GetProperty("line").GetInt32(), d.GetProperty("severity").GetString()!, d.GetProperty("id").GetString()!,
                d.TryGetProperty("fieldPath", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : "", d.GetProperty("message").GetString()!));
        }
        return findings;
    }

    private readonly Dictionary<RealWorldDocument, string> _sources = new();

    private readonly HashSet<RealWorldDocument> _importErrors = new();

    private void Import()
    {
        foreach (var d in Documents)
        {
            string folder = Path.Combine(_tmp.Path, "cs", d.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            CliRun run;
            try
            {
                run = Cli.Run(_tmp.Path, null, "import", Path.Combine("docs", FileName(d)), "-o", folder, "-n", Namespace(d));
            }
            catch (Exception ex)
            {
                Crashes.Add(d.Id + ": import threw: " + ex);
                continue;
            }
            if (run.ExitCode == 0)
            {
                var files = Directory.GetFiles(folder, "*.cs");
                if (files.Length != 1) Crashes.Add(d.Id + ": import wrote " + files.Length + " files for one workload");
                else _sources[d] = File.ReadAllText(files[0]);
                if (run.Error.Contains(": error PG", StringComparison.Ordinal)) _importErrors.Add(d);
            }
            else if (run.ExitCode == 1)
            {
                var reasons = run.Error.Split('\n').Where(l => l.Contains(" PG")).Select(l => l.Substring(l.IndexOf(" PG", StringComparison.Ordinal) + 1)).ToList();
                NotImported[d] = reasons.Count > 0 ? reasons : new List<string> { "refused: " + run.Error.Trim() };
            }
            else
            {
                Crashes.Add(d.Id + ": import exit " + run.ExitCode + ": " + run.Error);
            }
        }
    }

    private void Compare()
    {
        var imported = _sources.Keys.OrderBy(d => d.Number).ToList();
        if (imported.Count == 0) return;
        // One compilation of everything imported; a source that does not compile is dropped (and counted) so that the rest can load.
        var compiled = imported;
        Compilation output;
        while (true)
        {
            (output, _, _, _) = Timed("compile and generate", () => TestCompilation.Generate(TestCompilation.Create(compiled.Select(d => _sources[d])), TestCompilation.Driver(trackSteps: false)));
            var broken = TestCompilation.CompilerErrors(output).Select(e => e.Location.SourceTree?.FilePath).ToHashSet();
            if (broken.Count == 0) break;
            var bad = compiled.Where((d, i) => broken.Contains("File" + i + ".cs")).ToList();
            if (bad.Count == 0)
            {
                Crashes.Add("the imported C# does not compile: " + string.Join("\n", TestCompilation.CompilerErrors(output).Take(5)));
                return;
            }
            foreach (var d in bad) Crashes.Add(d.Id + ": imported C# does not compile: " + TestCompilation.CompilerErrors(output).First(e => e.Location.SourceTree?.FilePath == "File" + compiled.IndexOf(d) + ".cs"));
            compiled = compiled.Except(bad).ToList();
        }
        var assembly = TestCompilation.Load(output);
        var regenerated = new Dictionary<RealWorldDocument, string>();
        foreach (var d in compiled)
        {
            var type = assembly.GetTypes().SingleOrDefault(t => t.Namespace == Namespace(d) && t.GetField("ManifestYaml") is not null);
            // A manifest with rule errors is imported as it is; the generator then writes no manifest (the analyzers report the errors).
            if (type is null && _importErrors.Contains(d)) NotImported[d] = new List<string> { "imported with the manifest's rule errors: no manifest generated" };
            else if (type is null) Crashes.Add(d.Id + ": the imported class generated no ManifestYaml");
            else regenerated[d] = (string)type.GetField("ManifestYaml")!.GetRawConstantValue()!;
        }
        var docs = regenerated.Keys.OrderBy(d => d.Number).ToList();
        var before = Timed("kubectl originals", () => DecodeAll(docs.Select(d => d.Text).ToList()));
        var after = Timed("kubectl regenerated", () => DecodeAll(docs.Select(d => regenerated[d]).ToList()));
        for (int i = 0; i < docs.Count; i++)
        {
            var d = docs[i];
            var differences = new List<string>();
            if (before[i].Error is { } e1) differences.Add("original not decoded: " + e1);
            else if (after[i].Error is { } e2) differences.Add("regenerated not decoded: " + e2);
            else Diff(before[i].Json!, after[i].Json!, "", differences);
            var imagesBefore = ContainerImages.Of(d.Text);
            var imagesAfter = ContainerImages.Of(regenerated[d]);
            if (!imagesBefore.SequenceEqual(imagesAfter)) differences.Add("images " + string.Join(",", imagesBefore) + " | " + string.Join(",", imagesAfter));
            if (differences.Count == 0)
            {
                Lossless.Add(d);
            }
            else
            {
                NotImported[d] = differences.Select(x => "differs: " + x).ToList();
                ImportedButDifferent[d] = differences;
            }
        }
    }

    /// <summary>kubectl on many documents at once (one file, <c>---</c> between); one by one only if the batch fails, to find the culprit.</summary>
    private List<(JsonNode? Json, string? Error)> DecodeAll(List<string> yamls)
    {
        var result = new List<(JsonNode?, string?)>();
        const int Batch = 200;
        for (int start = 0; start < yamls.Count; start += Batch)
        {
            var chunk = yamls.Skip(start).Take(Batch).ToList();
            List<JsonNode>? nodes = null;
            try
            {
                nodes = SplitJson(Kubectl.Decode(string.Join("\n---\n", chunk)));
            }
            catch (InvalidOperationException ex) when (!ex.Message.StartsWith("kubectl is required", StringComparison.Ordinal))
            {
            }
            if (nodes is not null && nodes.Count == chunk.Count)
            {
                result.AddRange(nodes.Select(n => ((JsonNode?)n, (string?)null)));
                continue;
            }
            foreach (var y in chunk)
            {
                try
                {
                    result.Add((JsonNode.Parse(Kubectl.Decode(y)), null));
                }
                catch (InvalidOperationException ex) when (!ex.Message.StartsWith("kubectl is required", StringComparison.Ordinal))
                {
                    result.Add((null, ex.Message.Split('\n')[0]));
                }
            }
        }
        return result;
    }

    /// <summary>kubectl prints one JSON object per document, one after the other.</summary>
    private static List<JsonNode> SplitJson(string text)
    {
        var nodes = new List<JsonNode>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read()) nodes.Add(JsonNode.Parse(ref reader)!);
        return nodes;
    }

    /// <summary>The JSON paths (indices as [*]) at which two decoded objects differ.</summary>
    private static void Diff(JsonNode? a, JsonNode? b, string path, List<string> differences)
    {
        if (a is JsonObject oa && b is JsonObject ob)
        {
            foreach (var key in oa.Select(kv => kv.Key).Union(ob.Select(kv => kv.Key)).OrderBy(k => k, StringComparer.Ordinal))
                Diff(oa[key], ob[key], path.Length == 0 ? key : path + "." + key, differences);
        }
        else if (a is JsonArray aa && b is JsonArray ab && aa.Count == ab.Count)
        {
            for (int i = 0; i < aa.Count; i++) Diff(aa[i], ab[i], path + "[*]", differences);
        }
        else if (!JsonNode.DeepEquals(a, b) && !differences.Contains(path))
        {
            differences.Add(path);
        }
    }


    /// <summary>A field path with its list indices as [*] (map keys such as [nvidia.com/gpu] stay).</summary>
    public static string Normalize(string path)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < path.Length; i++)
        {
            if (path[i] == '[' && i + 1 < path.Length && char.IsAsciiDigit(path[i + 1]))
            {
                int close = path.IndexOf(']', i);
                sb.Append("[*]");
                i = close;
            }
            else
            {
                sb.Append(path[i]);
            }
        }
        return sb.ToString();
    }

    private static string Percent(int n, int of) => of == 0 ? "-" : (100.0 * n / of).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %";

    public string Summary()
    {
        var sb = new StringBuilder();
        int all = Documents.Count, own = Documents.Count(d => d.ProbeGenKind);
        sb.Append("real-world corpus: ").Append(all).Append(" workload documents from ").Append(Documents.Select(d => d.Repository).Distinct().Count()).Append(" repositories (")
            .Append(string.Join(", ", Documents.GroupBy(d => d.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Count() + " " + g.Key))).Append(")\n");
        sb.Append("fully modeled (no PG0105/PG0106/PG0101): ").Append(FullyModeled.Count).Append('/').Append(all).Append(" = ").Append(Percent(FullyModeled.Count, all))
            .Append("; of Pods, Deployments, Jobs, CronJobs: ").Append(FullyModeled.Count(d => d.ProbeGenKind)).Append('/').Append(own).Append(" = ").Append(Percent(FullyModeled.Count(d => d.ProbeGenKind), own)).Append('\n');
        sb.Append("lossless import (kubectl-equal): ").Append(Lossless.Count).Append('/').Append(all).Append(" = ").Append(Percent(Lossless.Count, all))
            .Append("; of Pods, Deployments, Jobs, CronJobs: ").Append(Lossless.Count(d => d.ProbeGenKind)).Append('/').Append(own).Append(" = ").Append(Percent(Lossless.Count(d => d.ProbeGenKind), own)).Append('\n');
        var errors = Errors.ToList();
        sb.Append("errors: ").Append(errors.Count).Append(" on ").Append(errors.Select(e => e.Document?.Id ?? e.File).Distinct().Count()).Append(" documents (")
            .Append(string.Join(", ", errors.GroupBy(e => e.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Count() + " " + g.Key))).Append("); crashes: ").Append(Crashes.Count).Append('\n');
        foreach (var c in Crashes) sb.Append("CRASH ").Append(c).Append('\n');
        foreach (var d in Documents.Where(d => d.Name == Unreadable)) sb.Append("YamlDotNet's YamlStream cannot read ").Append(d.Id).Append(" (found by its top-level lines)\n");
        sb.Append("\n| repository | documents | fully modeled | lossless import |\n|---|---|---|---|\n");
        foreach (var g in Documents.GroupBy(d => d.Repository).OrderBy(g => g.Key, StringComparer.Ordinal))
            sb.Append("| ").Append(g.Key).Append(" | ").Append(g.Count()).Append(" | ").Append(g.Count(FullyModeled.Contains)).Append(" | ").Append(g.Count(Lossless.Contains)).Append(" |\n");
        return sb.ToString();
    }

    /// <summary>The paths lint reports as not modeled, by the number of documents that use them.</summary>
    public string NotModeledTable()
    {
        var sb = new StringBuilder("| documents | not modeled (PG0105; PG0106 = kind skipped) |\n|---|---|\n");
        var rows = Findings.Where(f => f.Id is "PG0105" or "PG0106")
            .Select(f => (Document: f.Document!, Path: f.Id == "PG0106" ? "kind " + f.Document!.Kind + " (skipped)" : Normalize(f.FieldPath)))
            .Distinct()
            .GroupBy(x => x.Path)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var g in rows) sb.Append("| ").Append(g.Count()).Append(" | `").Append(g.Key).Append("` |\n");
        return sb.ToString();
    }

    /// <summary>Why documents are not imported losslessly, by the number of documents.</summary>
    public string ImportTable()
    {
        var sb = new StringBuilder("| documents | not imported losslessly because |\n|---|---|\n");
        var rows = NotImported.SelectMany(kv => kv.Value.Select(r => (kv.Key, Reason: ReasonKey(r)))).Distinct()
            .GroupBy(x => x.Reason).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var g in rows) sb.Append("| ").Append(g.Count()).Append(" | ").Append(g.Key).Append(" |\n");
        return sb.ToString();
    }

    /// <summary>"PG0105: spec.template.spec.volumes[0]: not modeled …" → "PG0105 spec.template.spec.volumes[*]".</summary>
    private static string ReasonKey(string reason)
    {
        if (reason.StartsWith("differs: ", StringComparison.Ordinal)) return "kubectl differs at `" + reason.Substring(9) + "`";
        if (reason.StartsWith("imported with", StringComparison.Ordinal)) return reason;
        int colon = reason.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0) return reason;
        string id = reason.Substring(0, colon).Split(' ').Last();
        string rest = reason.Substring(colon + 2);
        int end = rest.IndexOf(": ", StringComparison.Ordinal);
        return id + " `" + Normalize(end < 0 ? rest : rest.Substring(0, end)) + "`";
    }

    public void Dispose() => _tmp.Dispose();
}

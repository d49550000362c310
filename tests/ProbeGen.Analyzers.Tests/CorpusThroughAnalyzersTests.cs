using Microsoft.CodeAnalysis;
using ProbeGen.Core.Emission;
using ProbeGen.Yaml;
using ProbeGen.Yaml.Tests;
using Xunit.Abstractions;

namespace ProbeGen.Tests;

/// <summary>
/// The corpus through the C# side: each manifest is read by the YAML front-end into the model, written as ProbeGen C#
/// (the emitter behind `probegen import`), compiled with the real generator and analyzers. A valid case gets no PG
/// error and a manifest; an invalid case gets a PG error whose message starts with the API server's field path.
/// </summary>
public class CorpusThroughAnalyzersTests(ITestOutputHelper output)
{
    /// <summary>Cases the C# attributes cannot express, with the reason (the YAML linter judges them instead).</summary>
    public static readonly IReadOnlyDictionary<string, string> NotExpressibleInCSharp = new Dictionary<string, string>
    {
        // Values the typed attributes make impossible: the compiler (or PG0010 at the same argument) rejects them instead.
        ["115-invalid-image-pull-policy.yaml"] = "imagePullPolicy is the PullPolicy enum: \"Sometimes\" cannot be written (a cast gives PG0010)",
        ["116-invalid-regular-container-restartpolicy.yaml"] = "[Container] has no RestartPolicy argument: a regular container's restartPolicy cannot be written",
        ["117-invalid-init-container-restartpolicy-onfailure.yaml"] = "ContainerRestartPolicy has only Always",
        ["138-invalid-port-protocol.yaml"] = "protocol is the PortProtocol enum",
        ["162-invalid-httpget-scheme.yaml"] = "scheme is the HttpScheme enum",
        ["164-invalid-http-header-name-colon.yaml"] = "a header name with ':' cannot be written in the \"Name: value\" form",
        ["180-invalid-pod-restartpolicy.yaml"] = "restartPolicy is the RestartPolicy enum",
        ["194-invalid-cronjob-concurrency-policy.yaml"] = "concurrencyPolicy is the ConcurrencyPolicy enum",
        ["204-invalid-env-value-and-valuefrom.yaml"] = "[Env] carries a value and [EnvFrom…] a source: both at once cannot be written",
    };

    [Fact]
    public void Corpus_AnalyzersAgreeWithTheApiServer_OnEveryCaseCSharpCanExpress()
    {
        int agreements = 0;
        var failures = new List<string>();
        var lossyNotListed = new List<string>();
        foreach (var c in CorpusCase.All)
        {
            var doc = ManifestYamlReader.Read(c.Text).Documents.Single();
            var workload = doc.Workload!;
            var emitted = AttributeSourceEmitter.Emit(workload, "Corpus");
            bool listed = NotExpressibleInCSharp.ContainsKey(c.File);
            bool notModeled = doc.Issues.Any(i => i.Kind == YamlIssueKind.NotModeled);
            if (listed)
            {
                // Listed cases must really be inexpressible: something is lost on the way to C#.
                if (emitted.Lossy.Count == 0 && !notModeled) failures.Add(c.File + ": listed as not expressible, but nothing is lost");
                continue;
            }
            if (emitted.Lossy.Count > 0 || notModeled)
            {
                lossyNotListed.Add(c.File + ": " + string.Join("; ", emitted.Lossy.Select(l => l.Path + " " + l.Reason)));
                continue;
            }

            var (compiled, _, _, _) = TestCompilation.Generate(TestCompilation.Create(emitted.Source));
            var diagnostics = TestCompilation.Analyze(compiled);
            var errors = diagnostics.Where(d => d.Id.StartsWith("PG", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error).ToList();
            bool manifest = TestCompilation.ManifestTypes(compiled).Any(t => t.StartsWith("Corpus.", StringComparison.Ordinal));
            if (c.Valid)
            {
                if (errors.Count == 0 && manifest) agreements++;
                else failures.Add(c.File + ": expected valid, got " + string.Join("; ", errors.Select(e => e.Id + " " + e.GetMessage())) + (manifest ? "" : " (no manifest)"));
            }
            else
            {
                if (errors.Any(e => e.GetMessage().StartsWith(c.Path + ": ", StringComparison.Ordinal)) && !manifest) agreements++;
                else failures.Add(c.File + ": expected an error at " + c.Path + ", got " + (errors.Count == 0 ? "none" : string.Join("; ", errors.Select(e => e.Id + " " + e.GetMessage()))));
            }
        }
        int expressible = CorpusCase.All.Count - NotExpressibleInCSharp.Count;
        output.WriteLine($"corpus through the analyzers: {agreements}/{expressible} agree ({CorpusCase.All.Count} cases, {NotExpressibleInCSharp.Count} not expressible in C#)");
        foreach (var (file, reason) in NotExpressibleInCSharp) output.WriteLine("  not expressible " + file + ": " + reason);
        foreach (var f in failures) output.WriteLine("  DISAGREES " + f);
        Assert.Empty(lossyNotListed);
        Assert.Empty(failures);
        Assert.Equal(expressible, agreements);
    }
}

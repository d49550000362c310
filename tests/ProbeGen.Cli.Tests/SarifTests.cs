using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ProbeGen.Core.Validation;

namespace ProbeGen.Cli.Tests;

/// <summary>
/// <c>probegen lint --format sarif</c> validates against the SARIF 2.1.0 JSON schema (Schemas/README.md says where it
/// comes from) and carries what GitHub code scanning reads: rules with id, name, short description, help URI and
/// default level; results with rule, level, message and a relative file URI with start line and column.
/// </summary>
public class SarifTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json")));

    private const string Manifests = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            spec:
              tolerations: [null]
              containers:
              - name: migrate
                image: busybox
                livenessProbe:
                  tcpSocket:
                    port: 5432
                  successThreshold: 2
                  periodSeconds: 0
        """;

    private static (CliRun Run, JsonNode Log) LintAsSarif(TempDir tmp, params string[] extra)
    {
        tmp.Write("k8s/jobs/migrate.yaml", Manifests);
        var run = Cli.Run(tmp.Path, null, new[] { "lint", "k8s", "--format", "sarif" }.Concat(extra).ToArray());
        return (run, JsonNode.Parse(run.Out)!);
    }

    private static string SchemaErrors(JsonNode log)
    {
        using var doc = JsonDocument.Parse(log.ToJsonString());
        var result = Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid) return "";
        return string.Join("\n", (result.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Key + ": " + e.Value)));
    }

    [Fact]
    public void Sarif_ValidatesAgainstTheSarif210Schema()
    {
        using var tmp = new TempDir();
        var (run, log) = LintAsSarif(tmp, "--severity", "PG3003=suggestion");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", SchemaErrors(log));
        var levels = log["runs"]![0]!["results"]!.AsArray().Select(r => (string)r!["level"]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "error", "warning", "note" }, levels);
    }

    [Fact]
    public void Sarif_WithAnUnusableInput_ValidatesAndSaysTheRunFailed()
    {
        using var tmp = new TempDir();
        var (run, log) = LintAsSarif(tmp, "missing.yaml");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", SchemaErrors(log));
        var invocation = log["runs"]![0]!["invocations"]![0]!;
        Assert.False((bool)invocation["executionSuccessful"]!);
        var notification = Assert.Single(invocation["toolExecutionNotifications"]!.AsArray())!;
        Assert.Equal("missing.yaml: file not found", (string)notification["message"]!["text"]!);
        Assert.Equal("missing.yaml", (string)notification["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!);
    }

    [Fact]
    public void SchemaValidation_RejectsABrokenLog()
    {
        // The validator is not vacuous: a level SARIF does not define and a result without a message are errors.
        using var tmp = new TempDir();
        var (_, log) = LintAsSarif(tmp);
        var result = log["runs"]![0]!["results"]![0]!.AsObject();
        result["level"] = "fatal";
        result.Remove("message");
        Assert.NotEqual("", SchemaErrors(log));
    }

    [Fact]
    public void Sarif_HasWhatGitHubCodeScanningReads()
    {
        using var tmp = new TempDir();
        var (_, log) = LintAsSarif(tmp);
        Assert.Equal("2.1.0", (string)log["version"]!);
        var run = log["runs"]!.AsArray().Single()!;
        var driver = run["tool"]!["driver"]!;
        Assert.Equal("ProbeGen", (string)driver["name"]!);
        var rules = driver["rules"]!.AsArray().Select(r => r!).ToList();
        Assert.Equal(rules.Select(r => (string)r["id"]!).Distinct().Count(), rules.Count);
        foreach (var rule in rules)
        {
            var descriptor = RuleCatalog.All.Single(d => d.Id == (string)rule["id"]!);
            Assert.Matches("^[A-Z][A-Za-z0-9]+$", (string)rule["name"]!);
            Assert.Equal(descriptor.Title, (string)rule["shortDescription"]!["text"]!);
            Assert.Equal(descriptor.HelpLink, (string)rule["helpUri"]!);
            Assert.Equal(descriptor.Severity switch { RuleSeverity.Error => "error", RuleSeverity.Warning => "warning", _ => "note" },
                (string)rule["defaultConfiguration"]!["level"]!);
        }
        // Every rule the YAML linter can report: the front-end's and the engine's (not the C#-only PG00xx ones).
        Assert.Equal(RuleCatalog.YamlRules.Count + RuleEngine.Rules.Count + 1, rules.Count);
        Assert.Equal("SuccessThresholdMustBeOne", (string)rules.Single(r => (string)r["id"]! == "PG1316")["name"]!);

        var results = run["results"]!.AsArray().Select(r => r!).ToList();
        Assert.Equal(new[] { "PG0106", "PG1420", "PG0105", "PG1316", "PG3003" }, results.Select(r => (string)r["ruleId"]!));
        foreach (var r in results)
        {
            Assert.Equal((string)r["ruleId"]!, (string)rules[(int)r["ruleIndex"]!]["id"]!);
            Assert.False(string.IsNullOrEmpty((string?)r["message"]!["text"]));
            var location = r["locations"]![0]!["physicalLocation"]!;
            Assert.Equal("k8s/jobs/migrate.yaml", (string)location["artifactLocation"]!["uri"]!);
            Assert.True((int)location["region"]!["startLine"]! >= 1);
            Assert.True((int)location["region"]!["startColumn"]! >= 1);
        }
        var success = results.Single(r => (string)r["ruleId"]! == "PG1316");
        Assert.Equal("error", (string)success["level"]!);
        Assert.Equal(20, (int)success["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);
        Assert.Equal(11, (int)success["locations"]![0]!["physicalLocation"]!["region"]!["startColumn"]!);
        Assert.Equal("spec.template.spec.containers[0].livenessProbe.successThreshold", (string)success["locations"]![0]!["logicalLocations"]![0]!["fullyQualifiedName"]!);
    }
}

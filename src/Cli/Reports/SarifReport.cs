using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ProbeGen.Cli.Lint;
using ProbeGen.Core.Validation;

namespace ProbeGen.Cli.Reports
{
    /// <summary>
    /// <c>--format sarif</c>: SARIF 2.1.0 as GitHub code scanning reads it. One run; <c>tool.driver.rules</c> lists every
    /// rule lint can report (id, name, descriptions, helpUri = the rule's page, default level, category tag); each result
    /// has its ruleId/ruleIndex, level (the configured severity), message, and a physical location — the file's URI
    /// relative to the working directory and the start line and column — plus the Kubernetes field path as a logical
    /// location. Unusable inputs are tool execution notifications, and the invocation is then not successful.
    /// </summary>
    internal static class SarifReport
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
        public const string InformationUri = "https://github.com/probegen/probegen";

        public static string Write(LintResult result)
        {
            var rules = LintRules.All;
            var index = new Dictionary<string, int>(System.StringComparer.Ordinal);
            for (int i = 0; i < rules.Count; i++) index[rules[i].Rule.Id] = i;

            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                w.WriteString("$schema", SchemaUri);
                w.WriteString("version", "2.1.0");
                w.WriteStartArray("runs");
                w.WriteStartObject();

                w.WriteStartObject("tool");
                w.WriteStartObject("driver");
                w.WriteString("name", "ProbeGen");
                w.WriteString("fullName", "probegen lint");
                w.WriteString("version", CliApp.Version);
                w.WriteString("semanticVersion", CliApp.Version);
                w.WriteString("informationUri", InformationUri);
                w.WriteStartArray("rules");
                foreach (var (rule, name) in rules) WriteRule(w, rule, name);
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();

                w.WriteStartArray("invocations");
                w.WriteStartObject();
                w.WriteBoolean("executionSuccessful", result.ExitCode != ExitCodes.UnusableInput);
                w.WriteStartArray("toolExecutionNotifications");
                foreach (var p in result.Problems)
                {
                    w.WriteStartObject();
                    w.WriteString("level", "error");
                    w.WriteStartObject("message");
                    w.WriteString("text", ConsoleText.Escape(p.DisplayPath + ": " + p.Message));
                    w.WriteEndObject();
                    w.WriteStartArray("locations");
                    w.WriteStartObject();
                    w.WriteStartObject("physicalLocation");
                    w.WriteStartObject("artifactLocation");
                    w.WriteString("uri", p.ArtifactUri);
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndArray();

                // Columns come from the YAML parser, which counts UTF-16 code units.
                w.WriteString("columnKind", "utf16CodeUnits");

                w.WriteStartArray("results");
                foreach (var d in result.Diagnostics) WriteResult(w, d, index);
                w.WriteEndArray();

                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }
            return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
        }

        private static void WriteRule(Utf8JsonWriter w, RuleDescriptor rule, string name)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("name", name);
            w.WriteStartObject("shortDescription");
            w.WriteString("text", rule.Title);
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", rule.Title + ".");
            w.WriteEndObject();
            w.WriteString("helpUri", rule.HelpLink);
            w.WriteStartObject("help");
            w.WriteString("text", rule.Title + ". See " + rule.HelpLink);
            w.WriteEndObject();
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Severities.From(rule.Severity).SarifLevel());
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteStartArray("tags");
            w.WriteStringValue(rule.Category);
            w.WriteStringValue("kubernetes");
            w.WriteEndArray();
            w.WriteString("precision", "very-high");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        private static void WriteResult(Utf8JsonWriter w, LintDiagnostic d, Dictionary<string, int> index)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", d.Message.Rule.Id);
            if (index.TryGetValue(d.Message.Rule.Id, out int i)) w.WriteNumber("ruleIndex", i);
            w.WriteString("level", d.Severity.SarifLevel());
            w.WriteStartObject("message");
            // Escaped as in the text report: code scanning shows the message in logs and annotations.
            w.WriteString("text", ConsoleText.Escape(d.Message.Message));
            w.WriteEndObject();
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", d.File.ArtifactUri);
            w.WriteEndObject();
            w.WriteStartObject("region");
            w.WriteNumber("startLine", d.Line);
            w.WriteNumber("startColumn", d.Column);
            w.WriteEndObject();
            w.WriteEndObject();
            if (d.Message.Path.Length > 0)
            {
                w.WriteStartArray("logicalLocations");
                w.WriteStartObject();
                w.WriteString("fullyQualifiedName", d.Message.Path);
                w.WriteString("kind", "member");
                w.WriteEndObject();
                w.WriteEndArray();
            }
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
    }
}

using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ProbeGen.Cli.Lint;

namespace ProbeGen.Cli.Reports
{
    /// <summary>
    /// <c>--format json</c>: <c>{ version, summary, inputErrors[], diagnostics[] }</c>, each diagnostic with its file, line,
    /// column, severity, id, title, message, Kubernetes field path, 0-based document index and help link.
    /// </summary>
    internal static class JsonReport
    {
        public static string Write(LintResult result)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                w.WriteString("tool", "probegen");
                w.WriteString("version", CliApp.Version);
                w.WriteStartObject("summary");
                w.WriteNumber("files", result.Files.Count);
                w.WriteNumber("errors", result.Count(Severity.Error));
                w.WriteNumber("warnings", result.Count(Severity.Warning));
                w.WriteNumber("infos", result.Count(Severity.Suggestion));
                w.WriteNumber("exitCode", result.ExitCode);
                w.WriteEndObject();
                w.WriteStartArray("inputErrors");
                foreach (var p in result.Problems)
                {
                    w.WriteStartObject();
                    w.WriteString("file", p.DisplayPath);
                    w.WriteString("message", p.Message);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("diagnostics");
                foreach (var d in result.Diagnostics)
                {
                    w.WriteStartObject();
                    w.WriteString("file", d.File.DisplayPath);
                    w.WriteNumber("line", d.Line);
                    w.WriteNumber("column", d.Column);
                    w.WriteString("severity", d.Severity.TextWord());
                    w.WriteString("id", d.Message.Rule.Id);
                    w.WriteString("title", d.Message.Rule.Title);
                    w.WriteString("message", d.Message.Message);
                    w.WriteString("fieldPath", d.Message.Path);
                    w.WriteNumber("document", d.Message.DocumentIndex);
                    w.WriteString("helpUri", d.Message.Rule.HelpLink);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
        }
    }
}

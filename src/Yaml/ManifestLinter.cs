using System.Collections.Generic;
using System.Linq;
using ProbeGen.Core.Validation;

namespace ProbeGen.Yaml
{
    /// <summary>One line of <c>probegen lint</c>: a front-end issue or a rule finding, at its YAML position.</summary>
    public sealed class LintMessage
    {
        public LintMessage(int documentIndex, RuleDescriptor rule, string path, YamlPosition position, string message)
        {
            DocumentIndex = documentIndex;
            Rule = rule;
            Path = path;
            Position = position;
            Message = message;
        }

        /// <summary>0-based document of the stream; -1 for a syntax error that ends the stream.</summary>
        public int DocumentIndex { get; }
        public RuleDescriptor Rule { get; }
        public string Path { get; }
        public YamlPosition Position { get; }
        public string Message { get; }

        /// <summary><c>file:line:column: error PG1316: message</c>, the format compilers and editors understand.</summary>
        public string Format(string file) =>
            file + ":" + Position.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + Position.Column.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + ": " + Rule.Severity.ToString().ToLowerInvariant() + " " + Rule.Id + ": " + Message;
    }

    /// <summary>The base of <c>probegen lint</c>: read every document, run the one rule engine, locate every finding in the YAML.</summary>
    public static class ManifestLinter
    {
        public static IReadOnlyList<LintMessage> Lint(string text)
        {
            var result = ManifestYamlReader.Read(text);
            var messages = new List<LintMessage>();
            foreach (var doc in result.Documents)
            {
                foreach (var issue in doc.Issues) messages.Add(new LintMessage(doc.Index, issue.Rule, issue.Path, issue.Position, Cap(issue.Message)));
                if (doc.Workload is null) continue;
                foreach (var f in RuleEngine.Validate(doc.Workload))
                {
                    if (!doc.IsAboutWrongType(f)) messages.Add(new LintMessage(doc.Index, f.Rule, f.Path, doc.Locate(f), Cap(f.Message)));
                }
            }
            if (result.SyntaxError is { } syntax) messages.Add(new LintMessage(-1, syntax.Rule, syntax.Path, syntax.Position, Cap(syntax.Message)));
            // Stable: messages at one position keep the engine's order (by rule ID).
            return messages.OrderBy(m => m.Position.Line).ThenBy(m => m.Position.Column).ToList();
        }

        /// <summary>Longest message reported in full: a huge key or value in the input is not echoed whole into logs.</summary>
        public const int MaxMessageLength = 1000;

        public static string Cap(string message)
        {
            if (message.Length <= MaxMessageLength) return message;
            int cut = char.IsHighSurrogate(message[MaxMessageLength - 1]) ? MaxMessageLength - 1 : MaxMessageLength;
            return message.Substring(0, cut) + "... (message cut at " + cut.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of "
                + message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters)";
        }
    }
}

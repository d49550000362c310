using System;
using System.Collections.Generic;
using ProbeGen.Core.Validation;

namespace ProbeGen.Cli.Lint
{
    /// <summary>
    /// A rule's severity for one file, as the analyzers decide it: the rule's default, then .editorconfig
    /// (<c>dotnet_diagnostic.PGxxxx.severity</c> over <c>dotnet_analyzer_diagnostic.category-&lt;Category&gt;.severity</c>
    /// over <c>dotnet_analyzer_diagnostic.severity</c>), then the command line's <c>--severity PGxxxx=level</c>, which
    /// wins. PG0101 (the text is not YAML) is not configurable: such a file is unusable input (exit 2).
    /// </summary>
    internal sealed class SeverityResolver
    {
        private readonly IReadOnlyDictionary<string, Severity> _commandLine;
        private readonly EditorConfigLookup? _editorConfig;
        private readonly Dictionary<string, Dictionary<string, (string Value, string File, int Line)>> _byPath = new(StringComparer.Ordinal);
        private readonly HashSet<string> _warned = new(StringComparer.Ordinal);

        public SeverityResolver(IReadOnlyDictionary<string, Severity> commandLine, bool useEditorConfig)
        {
            _commandLine = commandLine;
            _editorConfig = useEditorConfig ? new EditorConfigLookup() : null;
        }

        /// <summary>Values in .editorconfig files that are no severity, each reported once.</summary>
        public List<ConfigWarning> Warnings { get; } = new();

        public Severity For(RuleDescriptor rule, string configPath)
        {
            if (rule.Id == RuleCatalog.YamlSyntax.Id) return Severity.Error;
            if (_commandLine.TryGetValue(rule.Id, out var fromCommandLine)) return fromCommandLine;
            if (_editorConfig is not null)
            {
                if (!_byPath.TryGetValue(configPath, out var properties)) _byPath[configPath] = properties = _editorConfig.PropertiesFor(configPath);
                foreach (string key in new[]
                {
                    "dotnet_diagnostic." + rule.Id.ToLowerInvariant() + ".severity",
                    "dotnet_analyzer_diagnostic.category-" + rule.Category.ToLowerInvariant() + ".severity",
                    "dotnet_analyzer_diagnostic.severity",
                })
                {
                    if (!properties.TryGetValue(key, out var entry)) continue;
                    if (Severities.TryParse(entry.Value, out var configured))
                    {
                        return configured ?? Severities.From(rule.Severity); // "default": the rule's own
                    }
                    if (_warned.Add(entry.File + ":" + entry.Line))
                    {
                        Warnings.Add(new ConfigWarning(entry.File, entry.Line, "'" + entry.Value + "' is not a severity (" + Severities.Words + ", default): ignored"));
                    }
                }
            }
            return Severities.From(rule.Severity);
        }
    }
}

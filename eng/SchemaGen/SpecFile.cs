using System;
using System.Collections.Generic;

namespace ProbeGen.SchemaGen
{
    /// <summary>One named set of allowed Kubernetes strings, each with the C# enum member it maps to.</summary>
    internal sealed record EnumSpec(string Name, IReadOnlyList<(string Value, string Member)> Values, int Line);

    /// <summary>A workload kind: its root type, where the pod spec sits, and its manifest file suffix.</summary>
    internal sealed record KindSpec(string Kind, string RootClrType, string PodSpecPath, string FileSuffix, int Line);

    /// <summary>
    /// schema.txt, the hand-written half of the schema: one directive per line, words split by spaces, <c>#</c> starts a
    /// comment. Everything the reflection cannot know (what ProbeGen models, allowed values, API defaults) is here.
    /// </summary>
    internal sealed class SpecFile
    {
        public List<(string ClrType, int Line)> Roots { get; } = new();
        public Dictionary<string, int> Opaque { get; } = new(StringComparer.Ordinal);
        public List<KindSpec> Kinds { get; } = new();
        /// <summary>Schema type or view name → the fields ProbeGen's model carries (from Mapping.cs, not from schema.txt).</summary>
        public Dictionary<string, List<(string Field, int Line)>> Modeled { get; } = new(StringComparer.Ordinal);
        /// <summary>View name → the schema type it is a second field list of.</summary>
        public SortedDictionary<string, (string Type, int Line)> Views { get; } = new(StringComparer.Ordinal);
        public SortedDictionary<string, EnumSpec> Enums { get; } = new(StringComparer.Ordinal);
        /// <summary>"Type.field" → enum name.</summary>
        public Dictionary<string, (string Enum, int Line)> Allowed { get; } = new(StringComparer.Ordinal);
        /// <summary>"Type.field" → its line: fields the API requires (the client's models do not say; the OpenAPI document does).</summary>
        public Dictionary<string, int> Required { get; } = new(StringComparer.Ordinal);
        /// <summary>"Type.field" → the API server's default, as written in YAML.</summary>
        public Dictionary<string, (string Value, int Line)> Defaults { get; } = new(StringComparer.Ordinal);

        public static SpecFile Parse(string text, List<string> errors)
        {
            var spec = new SpecFile();
            var lines = text.Replace("\r\n", "\n").Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                int lineNo = i + 1;
                var line = lines[i];
                int hash = line.IndexOf('#');
                if (hash >= 0) line = line.Substring(0, hash);
                var words = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0) continue;
                void Error(string message) => errors.Add("schema.txt(" + lineNo + "): " + message);
                switch (words[0])
                {
                    case "root" when words.Length == 2:
                        spec.Roots.Add((words[1], lineNo));
                        break;
                    case "opaque" when words.Length >= 2:
                        for (int w = 1; w < words.Length; w++) spec.Opaque[words[w]] = lineNo;
                        break;
                    case "kind" when words.Length == 5:
                        spec.Kinds.Add(new KindSpec(words[1], words[2], words[3], words[4], lineNo));
                        break;
                    case "view" when words.Length == 3:
                        if (spec.Views.ContainsKey(words[1])) Error("view " + words[1] + " is declared twice");
                        else spec.Views[words[1]] = (words[2], lineNo);
                        break;
                    case "enum" when words.Length >= 3:
                        var values = new List<(string, string)>();
                        for (int w = 2; w < words.Length; w++)
                        {
                            int eq = words[w].IndexOf('=');
                            values.Add(eq < 0 ? (words[w], words[w]) : (words[w].Substring(0, eq), words[w].Substring(eq + 1)));
                        }
                        if (spec.Enums.ContainsKey(words[1])) Error("enum " + words[1] + " is declared twice");
                        else spec.Enums[words[1]] = new EnumSpec(words[1], values, lineNo);
                        break;
                    case "allowed" when words.Length == 3:
                        if (spec.Allowed.ContainsKey(words[1])) Error(words[1] + " has two allowed lines");
                        else spec.Allowed[words[1]] = (words[2], lineNo);
                        break;
                    case "required" when words.Length >= 2:
                        for (int w = 1; w < words.Length; w++)
                            if (spec.Required.ContainsKey(words[w])) Error(words[w] + " is required twice");
                            else spec.Required[words[w]] = lineNo;
                        break;
                    case "default" when words.Length == 3:
                        if (spec.Defaults.ContainsKey(words[1])) Error(words[1] + " has two defaults");
                        else spec.Defaults[words[1]] = (words[2], lineNo);
                        break;
                    default:
                        Error("not a directive: '" + lines[i].Trim() + "' (root, opaque, kind, view, enum, allowed, required, default)");
                        break;
                }
            }
            return spec;
        }
    }
}

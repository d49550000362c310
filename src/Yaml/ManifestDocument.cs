using System.Collections.Generic;
using ProbeGen.Core.Model;
using ProbeGen.Core.Validation;

namespace ProbeGen.Yaml
{
    public enum YamlIssueKind
    {
        /// <summary>The text is not YAML.</summary>
        Syntax,

        /// <summary>A key that is no field of its Kubernetes object (kubectl's strict validation rejects it).</summary>
        UnknownField,

        /// <summary>A value of the wrong type (a string where an integer is expected …): the API server cannot decode it.</summary>
        TypeError,

        /// <summary>A key given twice; Kubernetes keeps the last.</summary>
        DuplicateKey,

        /// <summary>A real Kubernetes field the model does not carry: ProbeGen can neither check nor import it.</summary>
        NotModeled,

        /// <summary>A document of a kind ProbeGen does not read.</summary>
        Skipped,
    }

    /// <summary>Something the YAML front-end could not turn into the model, with its field path and position.</summary>
    public sealed class YamlIssue
    {
        public YamlIssue(YamlIssueKind kind, string path, YamlPosition position, string message)
        {
            Kind = kind;
            Path = path;
            Position = position;
            Message = message;
        }

        public YamlIssueKind Kind { get; }

        /// <summary>The Kubernetes field path (<c>spec.hostNetwork</c>, <c>metadata.labels[app]</c>); empty for the document.</summary>
        public string Path { get; }

        public YamlPosition Position { get; }

        public string Message { get; }

        public RuleDescriptor Rule => Kind switch
        {
            YamlIssueKind.Syntax => RuleCatalog.YamlSyntax,
            YamlIssueKind.UnknownField => RuleCatalog.YamlUnknownField,
            YamlIssueKind.TypeError => RuleCatalog.YamlTypeError,
            YamlIssueKind.DuplicateKey => RuleCatalog.YamlDuplicateKey,
            YamlIssueKind.NotModeled => RuleCatalog.YamlNotModeled,
            _ => RuleCatalog.YamlSkippedDocument,
        };

        public override string ToString() => Position + " " + Rule.Id + " " + Message;
    }

    /// <summary>One document of a YAML stream: the workload read from it (null when skipped), its issues, and a position for every field path read.</summary>
    public sealed class ManifestDocument
    {
        private readonly Dictionary<string, YamlPosition> _positions;

        internal ManifestDocument(int index, YamlPosition start, string? apiVersion, string? kind, WorkloadSpec? workload,
            IReadOnlyList<YamlIssue> issues, Dictionary<string, YamlPosition> positions)
        {
            Index = index;
            Start = start;
            ApiVersion = apiVersion;
            Kind = kind;
            Workload = workload;
            Issues = issues;
            _positions = positions;
        }

        /// <summary>0-based index of the document in the stream (empty documents count).</summary>
        public int Index { get; }

        public YamlPosition Start { get; }

        public string? ApiVersion { get; }

        public string? Kind { get; }

        /// <summary>The model, or null when the document is not a workload ProbeGen reads.</summary>
        public WorkloadSpec? Workload { get; }

        public IReadOnlyList<YamlIssue> Issues { get; }

        /// <summary>Every field path that was read, with the position of its key (list items: of the item; map entries: <c>[key]</c> the key, <c>[key].value</c> the value).</summary>
        public IReadOnlyDictionary<string, YamlPosition> Positions => _positions;

        /// <summary>The position for a field path: the path itself, else its closest parent that was read (as ParseSession.Locate does for C#).</summary>
        public YamlPosition Locate(string path)
        {
            string p = path;
            while (true)
            {
                if (_positions.TryGetValue(p, out var pos)) return pos;
                int cut = FieldPaths.ParentCut(p);
                if (cut <= 0) return _positions.TryGetValue("", out var root) ? root : Start;
                p = p.Substring(0, cut);
            }
        }

        /// <summary>
        /// A finding's line: its source path when that is an entry inside the finding's node (a label inside the labels
        /// map), else the node itself when the manifest has it. A source path elsewhere points the C# front-end at the
        /// attribute that wrote the value (PG1413: the selector's label), but in a manifest the node at fault is the finding's.
        /// </summary>
        public YamlPosition Locate(Finding finding)
        {
            if (finding.SourcePath is { } source && !IsAtOrUnder(source, finding.Path) && _positions.ContainsKey(finding.Path)) return Locate(finding.Path);
            return Locate(finding.LocatorPath);
        }

        private static bool IsAtOrUnder(string path, string node) =>
            path.StartsWith(node, System.StringComparison.Ordinal) && (path.Length == node.Length || path[node.Length] == '.' || path[node.Length] == '[');

        /// <summary>
        /// Whether the finding is about a value this document already reports as the wrong type (PG0103), or one inside
        /// it: the model holds a stand-in there (0 for a port written "8080"), so a rule's finding would be a second,
        /// wrong report of the same mistake (PG1201 "Required value", PG1309 "Invalid value: 0").
        /// </summary>
        public bool IsAboutWrongType(Finding finding)
        {
            string path = finding.Path;
            foreach (var issue in Issues)
            {
                if (issue.Kind != YamlIssueKind.TypeError || issue.Path.Length == 0 || !path.StartsWith(issue.Path, System.StringComparison.Ordinal)) continue;
                if (path.Length == issue.Path.Length || path[issue.Path.Length] == '.' || path[issue.Path.Length] == '[') return true;
            }
            return false;
        }
    }

    /// <summary>All documents of one YAML text.</summary>
    public sealed class ManifestReadResult
    {
        internal ManifestReadResult(IReadOnlyList<ManifestDocument> documents, YamlIssue? syntaxError)
        {
            Documents = documents;
            SyntaxError = syntaxError;
        }

        public IReadOnlyList<ManifestDocument> Documents { get; }

        /// <summary>Set when the text stops being YAML; the documents before it are still read.</summary>
        public YamlIssue? SyntaxError { get; }

        public IEnumerable<WorkloadSpec> Workloads
        {
            get
            {
                foreach (var d in Documents) if (d.Workload is not null) yield return d.Workload;
            }
        }
    }

    internal static class FieldPaths
    {
        public static string Child(string path, string field) => path.Length == 0 ? field : path + "." + field;

        public static string Index(string path, int i) => path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

        public static string Key(string path, string key) => path + "[" + key + "]";

        /// <summary>Where the parent path ends: the last '.' or '[' outside a map key's brackets (keys such as <c>app.kubernetes.io/name</c> hold dots).</summary>
        public static int ParentCut(string p)
        {
            int depth = 0;
            for (int i = p.Length - 1; i >= 0; i--)
            {
                char c = p[i];
                if (c == ']') depth++;
                else if (c == '[')
                {
                    depth--;
                    if (depth == 0) return i;
                }
                else if (c == '.' && depth == 0) return i;
            }
            return -1;
        }
    }
}

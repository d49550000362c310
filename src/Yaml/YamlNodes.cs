using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ProbeGen.Yaml
{
    /// <summary>A line and column in the YAML text, both 1-based.</summary>
    public readonly struct YamlPosition : System.IEquatable<YamlPosition>
    {
        public YamlPosition(int line, int column)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }
        public int Column { get; }

        internal static YamlPosition From(Mark mark) => new((int)mark.Line, (int)mark.Column);

        public bool Equals(YamlPosition other) => Line == other.Line && Column == other.Column;
        public override bool Equals(object? obj) => obj is YamlPosition p && Equals(p);
        public override int GetHashCode() => Line * 397 ^ Column;
        public override string ToString() => "(" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + Column.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
    }

    /// <summary>
    /// The document as parsed, before any Kubernetes meaning: our own small tree built from YamlDotNet's parser events,
    /// so that duplicate keys, aliases and merge keys are ours to report (the representation model throws on them)
    /// and every node keeps its position.
    /// </summary>
    internal abstract class YNode
    {
        protected YNode(YamlPosition start, string? tag)
        {
            Start = start;
            Tag = tag;
        }

        public YamlPosition Start { get; }

        /// <summary>An explicit tag (<c>!!str</c> → <c>tag:yaml.org,2002:str</c>), or null.</summary>
        public string? Tag { get; }

        /// <summary>Nodes in this subtree with aliases expanded (itself included): what reading it may cost.</summary>
        public long Size { get; set; } = 1;
    }

    internal sealed class YScalar : YNode
    {
        public YScalar(YamlPosition start, string? tag, string value, bool plain) : base(start, tag)
        {
            Value = value;
            Plain = plain;
        }

        public string Value { get; }

        /// <summary>Written without quotes or block style: only then does YAML 1.1 resolve it to a number, bool or null.</summary>
        public bool Plain { get; }
    }

    internal sealed class YSequence : YNode
    {
        public YSequence(YamlPosition start, string? tag) : base(start, tag) { }

        public List<YNode> Items { get; } = new();
    }

    internal sealed class YMapping : YNode
    {
        public YMapping(YamlPosition start, string? tag) : base(start, tag) { }

        public List<KeyValuePair<YNode, YNode>> Entries { get; } = new();
    }

    /// <summary>One document of the stream: its root (null for an empty document) and where it starts.</summary>
    internal sealed class YDocument
    {
        public YDocument(YNode? root, YamlPosition start)
        {
            Root = root;
            Start = start;
        }

        public YNode? Root { get; }
        public YamlPosition Start { get; }
    }

    /// <summary>A limit of the front-end was exceeded: the text is not read further, whatever follows.</summary>
    internal sealed class YamlLimitException : YamlException
    {
        public YamlLimitException(Mark at, string message) : base(at, at, message) { }
    }

    internal static class YamlLoader
    {
        /// <summary>Characters of one YAML text (a file or standard input): far above any manifest, far below what exhausts memory.</summary>
        public const int MaxTextLength = 8 * 1024 * 1024;

        /// <summary>Nested lists and mappings: Kubernetes objects nest about 20 deep; the reader recurses once per level.</summary>
        public const int MaxDepth = 256;

        /// <summary>Nodes that aliases may add to a text (<c>*a</c> repeating a big anchor): the "billion laughs" guard.</summary>
        public const long MaxAliasExpansion = 1_000_000;

        /// <summary>Every document up to the end or the first syntax error (then <paramref name="error"/> says where and why; Limit: a front-end limit).</summary>
        public static List<YDocument> Load(string text, out (YamlPosition Position, string Message, bool Limit)? error)
        {
            var documents = LoadOnce(text, out error);
            // YamlDotNet refuses a block scalar whose leading empty lines hold the content's indentation in spaces
            // (valid YAML; kubectl reads it): where it says so, those spaces are blanked and the text read again.
            for (int attempt = 0; attempt < 64 && error is { Limit: false } e && e.Message.Contains(ExtraSpacesMessage); attempt++)
            {
                string? repaired = BlankLeadingLinesOfBlockScalar(text, e.Position.Line);
                if (repaired is null) break;
                text = repaired;
                documents = LoadOnce(text, out error);
            }
            return documents;
        }

        private const string ExtraSpacesMessage = "found extra spaces in first line";

        /// <summary>
        /// The text with the whitespace-only lines just above line <paramref name="contentLine"/> (1-based: the first
        /// line of a block scalar's content) emptied, when each holds no more spaces than that line's indentation
        /// (so they are empty lines to YAML either way); null when that is not the case and the error stands.
        /// </summary>
        private static string? BlankLeadingLinesOfBlockScalar(string text, int contentLine)
        {
            var lines = text.Split('\n');
            int content = contentLine - 1;
            if (content <= 0 || content >= lines.Length) return null;
            string first = lines[content].TrimEnd('\r');
            int indent = 0;
            while (indent < first.Length && first[indent] == ' ') indent++;
            if (indent == first.Length) return null;
            int k = content - 1;
            bool changed = false;
            for (; k >= 0; k--)
            {
                string line = lines[k].TrimEnd('\r');
                if (line.Length == 0) continue;
                if (line.Trim(' ').Length != 0) break;
                if (line.Length > indent) return null;
                lines[k] = lines[k].EndsWith("\r", System.StringComparison.Ordinal) ? "\r" : "";
                changed = true;
            }
            // The line above the blanks must be the block scalar's header (`key: |`, `- >-`, `|2+ # comment` …).
            if (!changed || k < 0 || !EndsWithBlockScalarHeader(lines[k].TrimEnd('\r'))) return null;
            return string.Join("\n", lines);
        }

        private static bool EndsWithBlockScalarHeader(string line)
        {
            int hash = line.IndexOf(" #", System.StringComparison.Ordinal);
            string head = (hash >= 0 ? line.Substring(0, hash) : line).TrimEnd(' ', '\t');
            int i = head.Length - 1;
            while (i >= 0 && (head[i] == '+' || head[i] == '-' || (head[i] >= '1' && head[i] <= '9'))) i--;
            if (i < 0 || (head[i] != '|' && head[i] != '>')) return false;
            return i == 0 || head[i - 1] == ' ' || head[i - 1] == '\t';
        }

        private static List<YDocument> LoadOnce(string text, out (YamlPosition Position, string Message, bool Limit)? error)
        {
            var documents = new List<YDocument>();
            error = null;
            if (text.Length > MaxTextLength)
            {
                error = (new YamlPosition(1, 1), "the text is " + text.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                    + " characters, more than the limit of " + MaxTextLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " (8 MiB): split it into smaller files", true);
                return documents;
            }
            var parser = new Parser(new System.IO.StringReader(text));
            var budget = new Budget();
            try
            {
                parser.Consume<StreamStart>();
                while (!parser.Accept<StreamEnd>(out _))
                {
                    var start = parser.Consume<DocumentStart>();
                    var anchors = new Dictionary<string, YNode>(System.StringComparer.Ordinal);
                    YNode? root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, anchors, 0, budget);
                    parser.Consume<DocumentEnd>();
                    if (root is YScalar { Plain: true } s && IsNullText(s.Value) && s.Tag is null) root = null;
                    documents.Add(new YDocument(root, YamlPosition.From(start.Start)));
                }
            }
            catch (YamlLimitException ex)
            {
                error = (YamlPosition.From(ex.Start), ex.Message, true);
            }
            catch (YamlException ex)
            {
                error = (YamlPosition.From(ex.Start), ex.Message, false);
            }
            catch (System.Exception ex) when (ex is not System.OutOfMemoryException)
            {
                // The parser's contract is YamlException; anything else still means "this text is not YAML we can read".
                error = (YamlPosition.From(parser.Current?.Start ?? Mark.Empty), ex.Message, false);
            }
            return documents;
        }

        private sealed class Budget
        {
            public long AliasNodes;
        }

        internal static bool IsNullText(string s) => s.Length == 0 || s == "~" || s == "null" || s == "Null" || s == "NULL";

        private static YNode ReadNode(IParser parser, Dictionary<string, YNode> anchors, int depth, Budget budget)
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                if (!anchors.TryGetValue(alias.Value.Value, out var target)) throw new YamlException(alias.Start, alias.End, "unknown anchor '" + alias.Value.Value + "' referenced");
                budget.AliasNodes += target.Size;
                if (budget.AliasNodes > MaxAliasExpansion)
                {
                    throw new YamlLimitException(alias.Start, "aliases repeat more than " + MaxAliasExpansion.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                        + " nodes (the limit against alias bombs); write the repeated parts out, or use fewer aliases");
                }
                return target;
            }
            if (parser.TryConsume<Scalar>(out var scalar))
            {
                bool plain = scalar.Style == ScalarStyle.Plain || scalar.Style == ScalarStyle.Any;
                var node = new YScalar(YamlPosition.From(scalar.Start), Tag(scalar.Tag.IsEmpty ? null : scalar.Tag.Value), scalar.Value, plain);
                if (!scalar.Anchor.IsEmpty) anchors[scalar.Anchor.Value] = node;
                return node;
            }
            if (parser.Current is NodeEvent { } collection && collection is SequenceStart or MappingStart && depth >= MaxDepth)
            {
                throw new YamlLimitException(collection.Start, "lists and mappings nest more than " + MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture) + " levels deep (the limit)");
            }
            if (parser.TryConsume<SequenceStart>(out var seqStart))
            {
                var node = new YSequence(YamlPosition.From(seqStart.Start), Tag(seqStart.Tag.IsEmpty ? null : seqStart.Tag.Value));
                if (!seqStart.Anchor.IsEmpty) anchors[seqStart.Anchor.Value] = node;
                long size = 1;
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    var item = ReadNode(parser, anchors, depth + 1, budget);
                    node.Items.Add(item);
                    size += item.Size;
                }
                node.Size = size;
                return node;
            }
            if (parser.TryConsume<MappingStart>(out var mapStart))
            {
                var node = new YMapping(YamlPosition.From(mapStart.Start), Tag(mapStart.Tag.IsEmpty ? null : mapStart.Tag.Value));
                if (!mapStart.Anchor.IsEmpty) anchors[mapStart.Anchor.Value] = node;
                long size = 1;
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = ReadNode(parser, anchors, depth + 1, budget);
                    var value = ReadNode(parser, anchors, depth + 1, budget);
                    node.Entries.Add(new KeyValuePair<YNode, YNode>(key, value));
                    size += key.Size + value.Size;
                }
                node.Size = size;
                return node;
            }
            var current = parser.Current;
            throw new YamlException(current?.Start ?? Mark.Empty, current?.End ?? Mark.Empty, "unexpected YAML event " + current?.GetType().Name);
        }

        /// <summary>"?" is no tag at all; "!" (non-specific) stays: on a plain scalar it forces a string.</summary>
        private static string? Tag(string? tag) => tag is null || tag.Length == 0 || tag == "?" ? null : tag;
    }
}

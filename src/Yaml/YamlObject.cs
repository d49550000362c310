using System.Collections.Generic;
using System.Globalization;
using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;
using ProbeGen.Core.Validation;

namespace ProbeGen.Yaml
{
    /// <summary>State of reading one document: positions by field path, and issues.</summary>
    internal sealed class DocumentSession
    {
        public Dictionary<string, YamlPosition> Positions { get; } = new(System.StringComparer.Ordinal);

        public List<YamlIssue> Issues { get; } = new();

        public void Map(string path, YamlPosition position)
        {
            if (!Positions.ContainsKey(path)) Positions[path] = position;
        }

        public void Report(YamlIssueKind kind, string path, YamlPosition position, string message) =>
            Issues.Add(new YamlIssue(kind, path, position, message));

        public void TypeError(string path, YNode node, string expected, string found) =>
            Report(YamlIssueKind.TypeError, path, node.Start, (path.Length == 0 ? "the document" : path) + ": expected " + expected + ", found " + found);

        /// <summary>A mapping node as an object of <paramref name="schema"/>; null (reported) when it is not one, null (silently) for JSON null.</summary>
        public YamlObject? Object(YNode? node, string path, KObject schema, YamlObject? parent)
        {
            if (node is null) return null;
            if (node is YMapping map) return new YamlObject(this, map, path, schema, parent);
            if (node is YScalar s)
            {
                var j = JsonScalar.Resolve(s);
                if (j.Kind == JsonKind.Null) return null;
                TypeError(path, node, "an object (" + schema.TypeName + ")", j.Describe());
                return null;
            }
            TypeError(path, node, "an object (" + schema.TypeName + ")", "a list");
            return null;
        }

        /// <summary>Items of a list with their paths; empty for null, reported when not a list.</summary>
        public List<(YNode Node, string Path)>? List(YNode? node, string path)
        {
            if (node is null) return null;
            if (node is YSequence seq)
            {
                var items = new List<(YNode, string)>();
                for (int i = 0; i < seq.Items.Count; i++)
                {
                    string itemPath = FieldPaths.Index(path, i);
                    Map(itemPath, seq.Items[i].Start);
                    items.Add((seq.Items[i], itemPath));
                }
                return items;
            }
            if (node is YScalar s && JsonScalar.Resolve(s).Kind == JsonKind.Null) return null;
            TypeError(path, node, "a list", Describe(node));
            return null;
        }

        /// <summary>The manifest's root type, from which captured settings resolve; null until the document's kind is known.</summary>
        public TypeDescriptor? RootType { get; set; }

        /// <summary>The fields no attribute models, captured as settings (root paths), in the order read.</summary>
        public List<FieldSetting> Settings { get; } = new();

        /// <summary>Most settings captured from one document: beyond it a field is reported rather than captured (a YAML of aliases can expand to a million values).</summary>
        public const int MaxSettings = 20_000;

        /// <summary>Most findings listed one by one for one captured field.</summary>
        public const int MaxFindingsPerField = 20;

        private readonly HashSet<string> _pathErrorsReported = new(System.StringComparer.Ordinal);

        /// <summary>
        /// Captures the value of a field the model lacks as settings (what import writes as [Set] and rules read through
        /// SettingsView): each leaf resolved from the root and its value checked — an unknown field inside is PG0102, a
        /// wrong value PG0103, each at its path. False, with the reason, when the value has no setting form at all.
        /// </summary>
        public bool Capture(string path, TypeDescriptor owner, FieldDescriptor field, YNode key, YNode value, out string? reason)
        {
            reason = null;
            if (RootType is null || !SchemaPath.TryParse(path, out var fieldSegments, out _))
            {
                reason = "its path has no [Set] form";
                return false;
            }
            var trace = new CaptureTrace();
            var node = YamlSettingCapture.ToSettingNode(value, out string? error, trace);
            if (node is null)
            {
                reason = "its value has no [Set] form (" + (error ?? "unknown") + ")";
                return false;
            }
            var settings = SettingTree.ToSettings(path, owner, field, node);
            if (settings.Count != CountLeaves(node, 0))
            {
                reason = "its value nests too deep to be captured in full";
                return false;
            }
            if (Settings.Count + settings.Count > MaxSettings)
            {
                reason = "the document holds more than " + MaxSettings.ToString("N0", CultureInfo.InvariantCulture) + " values no attribute models, too many to capture";
                return false;
            }
            foreach (var (dupKey, text) in trace.Duplicates)
            {
                Report(YamlIssueKind.DuplicateKey, path, dupKey.Start, path + ": the key " + JsonScalar.Excerpt(text) + " is given twice inside; Kubernetes keeps the last one");
            }
            int reported = 0, unreported = 0;
            foreach (var setting in settings)
            {
                var at = MapSetting(setting.Path, fieldSegments.Count, node, trace, key.Start);
                var resolved = SchemaPath.Resolve(RootType, setting.Path);
                if (resolved.Error is { } pathError)
                {
                    // Once per field where the path went wrong (an unknown or server-written field holds many leaves), at its key.
                    bool atField = pathError.Kind is PathErrorKind.UnknownField or PathErrorKind.ReadOnly or PathErrorKind.NotDescribed && pathError.BadSegment.Length > 0;
                    string where = !atField ? setting.Path : pathError.ResolvedPrefix.Length == 0 ? pathError.BadSegment : pathError.ResolvedPrefix + "." + pathError.BadSegment;
                    if (!_pathErrorsReported.Add(where)) continue;
                    // A hostile value (an alias fanned out) can hold thousands of wrong paths: the first ones, then a count.
                    if (++reported > MaxFindingsPerField)
                    {
                        unreported++;
                        continue;
                    }
                    var position = Positions.TryGetValue(where, out var known) ? known : at;
                    if (pathError.Kind == PathErrorKind.UnknownField) Report(YamlIssueKind.UnknownField, where, position, pathError.Message);
                    else Report(YamlIssueKind.NotModeled, where, position, where + ": not modeled by ProbeGen and has no [Set] form: " + pathError.Message);
                    continue;
                }
                string? valueError = SettingValues.Check(resolved.Value!, setting);
                // A string where an enum string goes is the right YAML type: the field's rule reports an unsupported value
                // with the API server's message and rule (PG1408, PG1418 …), which a type error here would hide.
                if (valueError is not null && setting.ValueKind == SettingValueKind.String && resolved.Value!.Allowed is not null) valueError = null;
                if (valueError is not null)
                {
                    if (++reported > MaxFindingsPerField) unreported++;
                    else Report(YamlIssueKind.TypeError, setting.Path, at, valueError);
                    continue;
                }
                Settings.Add(setting);
            }
            if (unreported > 0)
            {
                Report(YamlIssueKind.NotModeled, path, key.Start, path + ": " + unreported.ToString(CultureInfo.InvariantCulture) + " more values are wrong or have no [Set] form (not listed one by one); they are neither checked nor imported");
            }
            return true;
        }

        /// <summary>Records the position of a setting and of each object, list and item on its way; returns the setting's.</summary>
        private YamlPosition MapSetting(string settingPath, int skip, SettingNode root, CaptureTrace trace, YamlPosition fieldPosition)
        {
            var at = fieldPosition;
            if (!SchemaPath.TryParse(settingPath, out var segments, out _)) return at;
            SettingNode? current = root;
            var prefix = new List<PathSegment>(segments.Count);
            for (int k = 0; k < segments.Count; k++)
            {
                prefix.Add(segments[k]);
                if (k < skip) continue;
                var seg = segments[k];
                current = seg.Kind == PathSegmentKind.Index ? (current as SettingSequence)?[seg.Index] : (current as SettingMap)?[seg.Name];
                if (current is null || !trace.Positions.TryGetValue(current, out var p)) break;
                at = p;
                Map(SchemaPath.Format(prefix), p);
            }
            return at;
        }

        /// <summary>The values a tree holds: scalars, and empty objects and lists (each one setting).</summary>
        private static int CountLeaves(SettingNode node, int depth)
        {
            switch (node)
            {
                case SettingMap m when m.Count > 0:
                {
                    int n = 0;
                    foreach (var e in m.Entries) n += CountLeaves(e.Value, depth + 1);
                    return n;
                }
                case SettingSequence s when s.Count > 0:
                {
                    int n = 0;
                    foreach (var e in s.Items) n += CountLeaves(e.Value, depth + 1);
                    return n;
                }
                default:
                    return 1;
            }
        }

        public static string Describe(YNode node) => node switch
        {
            YScalar s => JsonScalar.Resolve(s).Describe(),
            YSequence => "a list",
            _ => "an object",
        };
    }

    /// <summary>
    /// One Kubernetes object in the YAML: its keys (merge keys expanded, duplicates reported, last wins), read by
    /// typed accessors that record each field's position. <see cref="Finish"/> reports every key nobody read: a
    /// Kubernetes field the model does not carry ("not modeled") or no Kubernetes field at all ("unknown field").
    /// </summary>
    internal sealed class YamlObject
    {
        private readonly DocumentSession _s;
        private readonly Dictionary<string, (YNode Key, YNode Value)> _fields = new(System.StringComparer.Ordinal);
        private readonly List<string> _order = new();
        private readonly HashSet<string> _read = new(System.StringComparer.Ordinal);
        private readonly bool _isMap;

        public YamlObject(DocumentSession session, YMapping node, string path, KObject schema, YamlObject? parent, bool isMap = false)
        {
            _s = session;
            _isMap = isMap;
            Node = node;
            Path = path;
            Schema = schema;
            Parent = parent;
            Collect(node, explicitKeys: true, new HashSet<YMapping>());
        }

        public YMapping Node { get; }
        public string Path { get; }
        public KObject Schema { get; }
        public YamlObject? Parent { get; }

        private void Collect(YMapping map, bool explicitKeys, HashSet<YMapping> visiting)
        {
            if (!visiting.Add(map)) return;
            foreach (var entry in map.Entries)
            {
                if (entry.Key is YScalar { Plain: true, Tag: null, Value: "<<" })
                {
                    Merge(entry.Value, visiting);
                    continue;
                }
                if (entry.Key is not YScalar keyScalar)
                {
                    _s.TypeError(Path, entry.Key, "a string key", "a " + (entry.Key is YSequence ? "list" : "mapping") + " as key");
                    continue;
                }
                string? key = JsonScalar.KeyText(keyScalar, out string? error);
                if (key is null)
                {
                    _s.TypeError(Path, entry.Key, "a string key", error ?? "an unsupported key");
                    continue;
                }
                if (_fields.ContainsKey(key))
                {
                    if (explicitKeys)
                    {
                        _s.Report(YamlIssueKind.DuplicateKey, _isMap ? FieldPaths.Key(Path, key) : FieldPaths.Child(Path, key), entry.Key.Start,
                            (Path.Length == 0 ? "the document" : Path) + ": the key \"" + key + "\" is given twice; Kubernetes keeps the last one");
                    }
                }
                else
                {
                    _order.Add(key);
                }
                _fields[key] = (entry.Key, entry.Value);
            }
            visiting.Remove(map);
        }

        /// <summary>YAML merge key (<c>&lt;&lt;: *defaults</c>), as go-yaml v2 applies it: in place, a list's earlier maps taking precedence.</summary>
        private void Merge(YNode value, HashSet<YMapping> visiting)
        {
            if (value is YMapping m)
            {
                Collect(m, explicitKeys: false, visiting);
            }
            else if (value is YSequence seq)
            {
                for (int i = seq.Items.Count - 1; i >= 0; i--)
                {
                    if (seq.Items[i] is YMapping item) Collect(item, explicitKeys: false, visiting);
                    else _s.TypeError(Path, seq.Items[i], "a mapping to merge", DocumentSession.Describe(seq.Items[i]));
                }
            }
            else
            {
                _s.TypeError(Path, value, "a mapping to merge", DocumentSession.Describe(value));
            }
        }

        public string ChildPath(string field) => FieldPaths.Child(Path, field);

        public bool Has(string field) => _fields.ContainsKey(field);

        /// <summary>The value node of a field (null when absent), marked as read, its key's position recorded.</summary>
        public YNode? Field(string field)
        {
            System.Diagnostics.Debug.Assert(Schema.Knows(field), Schema.TypeName + " has no field " + field);
            _read.Add(field);
            if (!_fields.TryGetValue(field, out var kv)) return null;
            _s.Map(ChildPath(field), kv.Key.Start);
            return kv.Value;
        }

        public YamlPosition? KeyPosition(string field) => _fields.TryGetValue(field, out var kv) ? kv.Key.Start : null;

        private JsonScalar? Scalar(string field, string expected, out YNode? node)
        {
            node = Field(field);
            if (node is null) return null;
            if (node is YScalar s) return JsonScalar.Resolve(s);
            _s.TypeError(ChildPath(field), node, expected, DocumentSession.Describe(node));
            return null;
        }

        public string? String(string field)
        {
            var j = Scalar(field, "a string", out var node);
            if (j is not { } v) return null;
            return StringValue(v, ChildPath(field), node!, _s);
        }

        /// <summary>A JSON string; null stays null; a number or boolean is a type error (the text is kept so the rules still see something).</summary>
        internal static string? StringValue(JsonScalar v, string path, YNode node, DocumentSession s)
        {
            switch (v.Kind)
            {
                case JsonKind.String:
                    return v.Text;
                case JsonKind.Null:
                    return null;
                default:
                    s.TypeError(path, node, "a string", v.Describe() + (v.Kind == JsonKind.Invalid ? "" : " (quote it)"));
                    return v.Kind == JsonKind.Invalid ? null : v.Text;
            }
        }

        public int? Int32(string field) => (int?)Integer(field, int.MinValue, int.MaxValue, "an integer (int32)");

        public long? Int64(string field) => Integer(field, long.MinValue, long.MaxValue, "an integer (int64)");

        private long? Integer(string field, long min, long max, string expected)
        {
            var j = Scalar(field, expected, out var node);
            if (j is not { } v || v.Kind == JsonKind.Null) return null;
            return IntegerValue(v, ChildPath(field), node!, min, max, expected, _s);
        }

        internal static long? IntegerValue(JsonScalar v, string path, YNode node, long min, long max, string expected, DocumentSession s)
        {
            // encoding/json decodes a number literal into an integer field only when it has no fraction or exponent.
            if (v.Kind == JsonKind.Number && long.TryParse(v.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n))
            {
                if (n >= min && n <= max) return n;
                s.TypeError(path, node, expected, v.Describe() + ", out of range");
                return null;
            }
            s.TypeError(path, node, expected, v.Describe());
            return null;
        }

        public bool? Bool(string field)
        {
            var j = Scalar(field, "a boolean", out var node);
            if (j is not { } v || v.Kind == JsonKind.Null) return null;
            if (v.Kind == JsonKind.Bool) return v.Text == "true";
            _s.TypeError(ChildPath(field), node!, "a boolean", v.Describe());
            return null;
        }

        /// <summary>IntOrString: a number is a port number, a string (quoted "8080" too) a port name.</summary>
        public PortRef? IntOrString(string field)
        {
            var j = Scalar(field, "an integer or a string", out var node);
            if (j is not { } v || v.Kind == JsonKind.Null) return null;
            if (v.Kind == JsonKind.String) return PortRef.FromName(v.Text);
            if (v.Kind == JsonKind.Number)
            {
                long? n = IntegerValue(v, ChildPath(field), node!, int.MinValue, int.MaxValue, "an integer (int32) or a string", _s);
                return n is long number ? PortRef.FromNumber((int)number) : null;
            }
            _s.TypeError(ChildPath(field), node!, "an integer or a string", v.Describe());
            return null;
        }

        /// <summary>A list of strings: default (not written) for absent or null, empty for <c>[]</c>.</summary>
        public EquatableArray<string> Strings(string field)
        {
            var items = _s.List(Field(field), ChildPath(field));
            if (items is null) return default;
            var result = new List<string>();
            foreach (var (node, path) in items)
            {
                if (node is YScalar s)
                {
                    result.Add(StringValue(JsonScalar.Resolve(s), path, node, _s) ?? "");
                }
                else
                {
                    _s.TypeError(path, node, "a string", DocumentSession.Describe(node));
                }
            }
            return new EquatableArray<string>(result.ToArray());
        }

        /// <summary>map[string]string (labels, annotations, node selector): <c>path[key]</c> is the key, <c>path[key].value</c> the value.</summary>
        public List<KeyValue>? StringMap(string field) => Map(field, quantity: false);

        /// <summary>A ResourceList: values are quantities, which decode from numbers too (null is the zero quantity).</summary>
        public List<KeyValue>? QuantityMap(string field) => Map(field, quantity: true);

        private List<KeyValue>? Map(string field, bool quantity)
        {
            var node = Field(field);
            string path = ChildPath(field);
            if (node is null) return null;
            if (node is YScalar ns && JsonScalar.Resolve(ns).Kind == JsonKind.Null) return null;
            if (node is not YMapping map)
            {
                _s.TypeError(path, node, "a map of strings", DocumentSession.Describe(node));
                return null;
            }
            var obj = new YamlObject(_s, map, path, new KObject("map", new string[0], new string[0]), this, isMap: true);
            var result = new List<KeyValue>();
            foreach (var key in obj._order)
            {
                var (keyNode, valueNode) = obj._fields[key];
                string entryPath = FieldPaths.Key(path, key);
                _s.Map(entryPath, keyNode.Start);
                _s.Map(entryPath + ".value", valueNode.Start);
                if (valueNode is not YScalar vs)
                {
                    _s.TypeError(entryPath, valueNode, quantity ? "a quantity" : "a string", DocumentSession.Describe(valueNode));
                    continue;
                }
                var v = JsonScalar.Resolve(vs);
                string? text;
                if (quantity)
                {
                    text = v.Kind switch
                    {
                        JsonKind.Null => "0",
                        JsonKind.Invalid => null,
                        _ => v.Text, // a boolean reaches ParseQuantity as "true" and fails there (PG1509), as on the API server
                    };
                    if (text is null) _s.TypeError(entryPath, valueNode, "a quantity", v.Describe());
                }
                else
                {
                    text = v.Kind == JsonKind.Null ? "" : StringValue(v, entryPath, valueNode, _s);
                }
                if (text is not null) result.Add(new KeyValue(key, text));
            }
            return result;
        }

        public YamlObject? Object(string field, KObject schema) => _s.Object(Field(field), ChildPath(field), schema, this);

        public List<(YNode Node, string Path)>? List(string field) => _s.List(Field(field), ChildPath(field));

        /// <summary>Reports a field as not modeled now (and marks it read), with a reason.</summary>
        public void NotModeled(string field, string reason)
        {
            _read.Add(field);
            if (!_fields.TryGetValue(field, out var kv)) return;
            _s.Map(ChildPath(field), kv.Key.Start);
            _s.Report(YamlIssueKind.NotModeled, ChildPath(field), kv.Key.Start, ChildPath(field) + ": " + reason);
        }

        /// <summary>Every key not read: a Kubernetes field the model lacks (unless null), or an unknown field.</summary>
        public void Finish()
        {
            foreach (var key in _order)
            {
                if (_read.Contains(key)) continue;
                var (keyNode, valueNode) = _fields[key];
                string path = ChildPath(key);
                _s.Map(path, keyNode.Start);
                if (Schema.NotModeled.Contains(key))
                {
                    if (valueNode is YScalar s && JsonScalar.Resolve(s).Kind == JsonKind.Null) continue; // null is unset: nothing lost
                    // A workload's empty status decodes as no status does, and the API server resets status on create: nothing lost.
                    if (Parent is null && key == "status" && valueNode is YMapping { Entries.Count: 0 }) continue;
                    // No attribute models it: captured as settings ([Set] on import), checked by the rules that read them.
                    string? reason = "ProbeGen's schema does not describe it";
                    if (Schema.Type?.Field(key) is { } field && _s.Capture(path, Schema.Type, field, keyNode, valueNode, out reason)) continue;
                    _s.Report(YamlIssueKind.NotModeled, path, keyNode.Start,
                        path + ": not modeled by ProbeGen (" + Schema.TypeName + "." + key + ") and not captured as a [Set]: " + reason + "; it is neither checked nor imported");
                }
                else
                {
                    _s.Report(YamlIssueKind.UnknownField, path, keyNode.Start, "unknown field \"" + path + "\"" + Hint(key));
                }
            }
        }

        /// <summary>An unknown key that is a field of an enclosing object was most likely indented one level too deep.</summary>
        private string Hint(string key)
        {
            for (var p = Parent; p is not null; p = p.Parent)
            {
                if (p.Schema.Knows(key))
                {
                    return ": " + key + " is a field of " + (p.Path.Length == 0 ? "the document" : p.Path) + " (" + p.Schema.TypeName + "); is it indented too deep?";
                }
            }
            return "";
        }
    }
}

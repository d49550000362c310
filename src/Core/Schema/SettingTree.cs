using System;
using System.Collections.Generic;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Schema
{
    /// <summary>A node of the tree that settings build: a map (object or Kubernetes map), a sequence, or a scalar.</summary>
    public abstract class SettingNode
    {
        private protected SettingNode() { }
    }

    /// <summary>A value: its JSON kind and canonical text (<see cref="SettingValueKind.EmptyObject"/> is <c>{}</c>).</summary>
    public sealed class SettingScalar : SettingNode
    {
        public SettingScalar(SettingValueKind kind, string text)
        {
            Kind = kind;
            Text = text;
        }

        public SettingValueKind Kind { get; }
        public string Text { get; }
    }

    /// <summary>Fields or map entries, in ordinal order of key.</summary>
    public sealed class SettingMap : SettingNode
    {
        private readonly SortedDictionary<string, SettingNode> _entries = new SortedDictionary<string, SettingNode>(StringComparer.Ordinal);

        public int Count => _entries.Count;

        public IEnumerable<KeyValuePair<string, SettingNode>> Entries => _entries;

        public SettingNode? this[string key] => _entries.TryGetValue(key, out var n) ? n : null;

        /// <summary>Adds an entry (a front-end building the tree from YAML); false when the key is there already.</summary>
        public bool Add(string key, SettingNode node)
        {
            if (_entries.ContainsKey(key)) return false;
            _entries.Add(key, node);
            return true;
        }
    }

    /// <summary>List items by index, in index order (a gap is the dense check's finding, not the tree's).</summary>
    public sealed class SettingSequence : SettingNode
    {
        private readonly SortedDictionary<int, SettingNode> _items = new SortedDictionary<int, SettingNode>();

        public int Count => _items.Count;

        public IEnumerable<KeyValuePair<int, SettingNode>> Items => _items;

        public SettingNode? this[int index] => _items.TryGetValue(index, out var n) ? n : null;

        /// <summary>Adds an item; false when that index is there already.</summary>
        public bool Add(int index, SettingNode node)
        {
            if (_items.ContainsKey(index)) return false;
            _items.Add(index, node);
            if (index > _max) _max = index;
            return true;
        }

        /// <summary>Appends an item after the last (a front-end reading a YAML sequence); constant time, so a long list is not quadratic.</summary>
        public void Append(SettingNode node) => Add(_max + 1, node);

        private int _max = -1;
    }

    /// <summary>
    /// Settings ↔ a nested tree: <see cref="Build"/> nests leaf settings (maps, sequences by index, scalars) for the YAML
    /// writer; <see cref="ToSettings(TypeDescriptor, SettingMap)"/> flattens a tree read from YAML back to leaf settings,
    /// with the schema choosing field (<c>.name</c>) or key (<c>['k']</c>) syntax. Never throws.
    /// </summary>
    public static class SettingTree
    {
        /// <summary>
        /// The tree of <paramref name="settings"/> (canonical paths from one root). A setting that cannot be placed (an
        /// unparsable path, a duplicate, a field inside a scalar: what <see cref="SettingChecks"/> reports) is left out and
        /// its index added to <paramref name="skipped"/>; the first one placed wins.
        /// </summary>
        public static SettingMap Build(IReadOnlyList<FieldSetting> settings, List<int>? skipped = null)
        {
            var root = new SettingMap();
            for (int i = 0; i < settings.Count; i++)
            {
                var s = settings[i];
                if (s is null || !SchemaPath.TryParse(s.Path, out var segs, out _) || !Place(root, segs, new SettingScalar(s.ValueKind, s.Text)))
                {
                    skipped?.Add(i);
                }
            }
            return root;
        }

        private static bool Place(SettingMap root, EquatableArray<PathSegment> segs, SettingScalar leaf)
        {
            SettingNode current = root;
            for (int k = 0; k < segs.Count; k++)
            {
                var seg = segs[k];
                bool last = k == segs.Count - 1;
                bool nextIsIndex = !last && segs[k + 1].Kind == PathSegmentKind.Index;
                SettingNode? existing;
                if (seg.Kind == PathSegmentKind.Index)
                {
                    if (current is not SettingSequence seq) return false;
                    existing = seq[seg.Index];
                    if (existing is null)
                    {
                        var created = last ? leaf : nextIsIndex ? new SettingSequence() : (SettingNode)new SettingMap();
                        seq.Add(seg.Index, created);
                        current = created;
                        continue;
                    }
                }
                else
                {
                    if (current is not SettingMap map) return false;
                    existing = map[seg.Name];
                    if (existing is null)
                    {
                        var created = last ? leaf : nextIsIndex ? new SettingSequence() : (SettingNode)new SettingMap();
                        map.Add(seg.Name, created);
                        current = created;
                        continue;
                    }
                }
                if (last || existing is SettingScalar) return false; // a duplicate, or a field inside a value already set
                current = existing;
            }
            return true;
        }

        /// <summary>The node at a canonical path (relative to <paramref name="root"/>), or null: what the writer merges into an item it writes.</summary>
        public static SettingNode? Find(SettingNode root, string path)
        {
            if (path.Length == 0) return root;
            if (!SchemaPath.TryParse(path, out var segs, out _)) return null;
            SettingNode? current = root;
            foreach (var seg in segs)
            {
                current = seg.Kind == PathSegmentKind.Index
                    ? (current as SettingSequence)?[seg.Index]
                    : (current as SettingMap)?[seg.Name];
                if (current is null) return null;
            }
            return current;
        }

        /// <summary>The leaf settings of a whole document's tree (the root map of a manifest of <paramref name="rootType"/>).</summary>
        public static List<FieldSetting> ToSettings(TypeDescriptor rootType, SettingMap root)
        {
            var output = new List<FieldSetting>();
            Walk(root, rootType, new List<PathSegment>(), output, 0);
            return output;
        }

        /// <summary>
        /// The leaf settings of one field's value (what a YAML reader captures instead of reporting it not modeled):
        /// <paramref name="fieldPath"/> is the canonical path of <paramref name="field"/> of <paramref name="owner"/>.
        /// </summary>
        public static List<FieldSetting> ToSettings(string fieldPath, TypeDescriptor owner, FieldDescriptor field, SettingNode value)
        {
            var output = new List<FieldSetting>();
            if (!SchemaPath.TryParse(fieldPath, out var segs, out _)) return output;
            var prefix = new List<PathSegment>(segs);
            WalkField(value, owner, field, prefix, output, 0);
            return output;
        }

        /// <summary>Deeper than any Kubernetes object: the walk stops there rather than recurse without bound.</summary>
        private const int MaxDepth = 128;

        private static void Walk(SettingMap map, TypeDescriptor? type, List<PathSegment> path, List<FieldSetting> output, int depth)
        {
            if (depth > MaxDepth) return;
            foreach (var entry in map.Entries)
            {
                var field = type?.Field(entry.Key);
                if (field is null || !IsName(entry.Key))
                {
                    // Not in the schema: kept with the syntax that reads back (resolution then reports it).
                    path.Add(IsName(entry.Key) ? PathSegment.Field(entry.Key) : PathSegment.Key(entry.Key));
                    Untyped(entry.Value, path, output, depth + 1);
                    path.RemoveAt(path.Count - 1);
                    continue;
                }
                path.Add(PathSegment.Field(entry.Key));
                WalkField(entry.Value, type!, field, path, output, depth + 1);
                path.RemoveAt(path.Count - 1);
            }
        }

        private static void WalkField(SettingNode value, TypeDescriptor owner, FieldDescriptor field, List<PathSegment> path, List<FieldSetting> output, int depth)
        {
            if (depth > MaxDepth) return;
            switch (field.Kind)
            {
                case FieldKind.Object when value is SettingMap m:
                    if (m.Count == 0) output.Add(FieldSetting.EmptyObject(SchemaPath.Format(path)));
                    else Walk(m, SchemaPath.ObjectTypeOf(owner, field), path, output, depth + 1);
                    return;
                case FieldKind.Map when value is SettingMap m:
                    if (m.Count == 0)
                    {
                        output.Add(FieldSetting.EmptyObject(SchemaPath.Format(path)));
                        return;
                    }
                    foreach (var entry in m.Entries)
                    {
                        path.Add(PathSegment.Key(entry.Key));
                        if (field.ElementKind == FieldKind.Object && entry.Value is SettingMap inner) Walk(inner, SchemaPath.ObjectTypeOf(owner, field), path, output, depth + 1);
                        else Untyped(entry.Value, path, output, depth + 1);
                        path.RemoveAt(path.Count - 1);
                    }
                    return;
                case FieldKind.List when value is SettingSequence seq:
                    if (seq.Count == 0)
                    {
                        output.Add(FieldSetting.EmptyList(SchemaPath.Format(path)));
                        return;
                    }
                    foreach (var item in seq.Items)
                    {
                        path.Add(PathSegment.Item(item.Key));
                        if (field.ElementKind == FieldKind.Object && item.Value is SettingMap inner && inner.Count > 0) Walk(inner, SchemaPath.ObjectTypeOf(owner, field), path, output, depth + 1);
                        else Untyped(item.Value, path, output, depth + 1);
                        path.RemoveAt(path.Count - 1);
                    }
                    return;
                default:
                    Untyped(value, path, output, depth + 1);
                    return;
            }
        }

        // Without a schema: mappings as fields where the key reads as a name, else as keys.
        private static void Untyped(SettingNode value, List<PathSegment> path, List<FieldSetting> output, int depth)
        {
            if (depth > MaxDepth) return;
            switch (value)
            {
                case SettingScalar s:
                    output.Add(new FieldSetting(SchemaPath.Format(path), s.Kind, s.Text));
                    return;
                case SettingMap m:
                    if (m.Count == 0) output.Add(FieldSetting.EmptyObject(SchemaPath.Format(path)));
                    else Walk(m, null, path, output, depth + 1);
                    return;
                case SettingSequence seq:
                    if (seq.Count == 0) output.Add(FieldSetting.EmptyList(SchemaPath.Format(path)));
                    foreach (var item in seq.Items)
                    {
                        path.Add(PathSegment.Item(item.Key));
                        Untyped(item.Value, path, output, depth + 1);
                        path.RemoveAt(path.Count - 1);
                    }
                    return;
            }
        }

        /// <summary>True when a key can be written as a bare field name (<c>.name</c>) and parse back the same.</summary>
        internal static bool IsName(string key)
        {
            if (key.Length == 0) return false;
            foreach (char c in key)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '$')) return false;
            }
            return true;
        }
    }
}

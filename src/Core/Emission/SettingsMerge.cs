using System.Collections.Generic;
using ProbeGen.Core.Schema;

namespace ProbeGen.Core.Emission
{
    /// <summary>
    /// Merges a settings tree into what <see cref="YamlWriter"/> writes: it follows the writer's places (maps by entry
    /// indentation, sequences by item indentation), and when a place closes it writes the settings' entries there that the
    /// writer did not write (whole subtrees included), and items past the writer's. Keyed on the YAML's own structure, so
    /// it works for every kind and every depth without a list of places. A key the writer wrote wins (PG0044 keeps a
    /// setting off an attribute's field).
    /// </summary>
    internal sealed class SettingsMerge
    {
        private sealed class Frame
        {
            public Frame(bool isSequence, int indent, SettingNode? node)
            {
                IsSequence = isSequence;
                Indent = indent;
                Node = node;
            }

            public bool IsSequence { get; }
            public int Indent { get; } // a map's entry indentation, a sequence's item indentation
            public SettingNode? Node { get; }
            public List<string> Written { get; } = new List<string>();
            public int Items { get; set; }
        }

        private readonly YamlWriter _writer;
        private readonly List<Frame> _frames = new List<Frame>();
        private bool _pending;
        private int _pendingIndent;
        private SettingNode? _pendingNode;

        public SettingsMerge(YamlWriter writer, SettingMap root)
        {
            _writer = writer;
            _frames.Add(new Frame(false, 0, root));
        }

        private Frame? Top => _frames.Count == 0 ? null : _frames[_frames.Count - 1];

        /// <summary>Before a map entry <paramref name="key"/> at <paramref name="indent"/>: closes the places it leaves, records the key.</summary>
        public void Entry(int indent, string key)
        {
            Resolve(indent, item: false);
            while (Top is { } top && !(!top.IsSequence && top.Indent == indent) && (top.IsSequence ? indent <= top.Indent : indent < top.Indent)) Close();
            if (Top is { IsSequence: false } map && map.Indent == indent) map.Written.Add(key);
        }

        /// <summary>After <c>key:</c> at <paramref name="indent"/>: what follows is the place of that key (a map or a sequence).</summary>
        public void Opened(int indent, string key)
        {
            _pending = true;
            _pendingIndent = indent;
            _pendingNode = Top is { IsSequence: false } map && map.Indent == indent ? (map.Node as SettingMap)?[key] : null;
        }

        /// <summary>
        /// Instead of <c>key: {}</c> / <c>key: []</c> when settings fill that object or list: writes the key and the
        /// settings' subtree, and returns true.
        /// </summary>
        public bool Empty(int indent, string key, string flow)
        {
            Entry(indent, key);
            var node = Top is { IsSequence: false } map && map.Indent == indent ? (map.Node as SettingMap)?[key] : null;
            if (flow == "{}" && node is SettingMap { Count: > 0 } m)
            {
                _writer.Line(new string(' ', indent) + KeyText(key) + ":");
                SettingYaml.WriteEntries(_writer, m, indent + 2);
                return true;
            }
            if (flow == "[]" && node is SettingSequence { Count: > 0 } s)
            {
                _writer.Line(new string(' ', indent) + KeyText(key) + ":");
                SettingYaml.WriteItems(_writer, s, indent);
                return true;
            }
            return false;
        }

        /// <summary>Before a sequence item at <paramref name="indent"/>; <paramref name="firstKey"/> when the item is a map (<c>- key: …</c>).</summary>
        public void Item(int indent, string? firstKey)
        {
            Resolve(indent, item: true);
            while (Top is { } top && top.Indent > indent) Close(); // the previous item's map, and anything inside it
            if (Top is not { IsSequence: true } seq || seq.Indent != indent) return;
            int index = seq.Items++;
            if (firstKey is null) return;
            var item = new Frame(false, indent + 2, (seq.Node as SettingSequence)?[index]);
            item.Written.Add(firstKey);
            _frames.Add(item);
        }

        /// <summary>At the end of the document: closes every open place, innermost first.</summary>
        public void Finish()
        {
            Resolve(-1, item: false);
            while (_frames.Count > 0) Close();
        }

        private void Resolve(int indent, bool item)
        {
            if (!_pending) return;
            _pending = false;
            if (!item && indent == _pendingIndent + 2) _frames.Add(new Frame(false, indent, _pendingNode));
            else if (item && indent == _pendingIndent) _frames.Add(new Frame(true, indent, _pendingNode));
            else if (_pendingNode is SettingMap m) SettingYaml.WriteEntries(_writer, m, _pendingIndent + 2); // the writer wrote nothing under the key
            else if (_pendingNode is SettingSequence s) SettingYaml.WriteItems(_writer, s, _pendingIndent);
        }

        private void Close()
        {
            var frame = _frames[_frames.Count - 1];
            _frames.RemoveAt(_frames.Count - 1);
            if (frame.IsSequence)
            {
                if (frame.Node is not SettingSequence seq) return;
                var rest = new SettingSequence();
                foreach (var item in seq.Items)
                {
                    if (item.Key >= frame.Items) rest.Add(item.Key, item.Value);
                }
                if (rest.Count > 0) SettingYaml.WriteItems(_writer, rest, frame.Indent);
                return;
            }
            if (frame.Node is not SettingMap map) return;
            SettingMap? unwritten = null;
            foreach (var entry in map.Entries)
            {
                if (frame.Written.Contains(entry.Key)) continue;
                unwritten ??= new SettingMap();
                unwritten.Add(entry.Key, entry.Value);
            }
            if (unwritten is not null) SettingYaml.WriteEntries(_writer, unwritten, frame.Indent);
        }

        private static string KeyText(string key)
        {
            var sb = new System.Text.StringBuilder();
            if (YamlWriter.IsPlainSafe(key)) sb.Append(key);
            else YamlWriter.AppendDoubleQuoted(sb, key);
            return sb.ToString();
        }
    }
}

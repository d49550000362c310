using System.Collections.Generic;
using ProbeGen.Core.Schema;

namespace ProbeGen.Core.Emission
{
    /// <summary>
    /// Merges a settings tree into what <see cref="YamlWriter"/> writes: it follows the writer's own levels (each
    /// <c>Begin…</c> opens the place of that key or item, each <c>End</c> closes it), and when a place closes it writes
    /// the settings' entries there that the writer did not write (whole subtrees included), and items past the
    /// writer's. Keyed on the YAML's own structure, so it works for every kind and every depth without a list of places.
    /// A key the writer wrote wins (PG0044 keeps a setting off an attribute's field).
    /// </summary>
    internal sealed class SettingsMerge
    {
        private sealed class Frame
        {
            public Frame(bool isSequence, SettingNode? node)
            {
                IsSequence = isSequence;
                Node = node;
                if (!isSequence && node is SettingMap) Written = new List<string>();
            }

            public bool IsSequence { get; }
            public SettingNode? Node { get; }
            public List<string>? Written { get; } // the keys the writer wrote, kept only where settings may fill in
            public int Items { get; set; }
            public bool Empty => IsSequence ? Items == 0 : Written is null || Written.Count == 0;
        }

        // A place the settings do not reach: nothing to record or write there, so one instance serves them all.
        private static readonly Frame NoSettings = new Frame(false, null);

        private readonly YamlWriter _writer;
        private readonly List<Frame> _frames = new List<Frame>();

        public SettingsMerge(YamlWriter writer, SettingMap root)
        {
            _writer = writer;
            _frames.Add(new Frame(false, root));
        }

        private Frame Top => _frames[_frames.Count - 1];

        /// <summary>Before a map entry <paramref name="key"/> of the current mapping: records it as written.</summary>
        public void Entry(string key) => Top.Written?.Add(key);

        /// <summary>After <c>key:</c>: what follows, up to the matching close, is the place of that key.</summary>
        public void Opened(string key, bool sequence)
        {
            var node = Child(key);
            _frames.Add(node is null ? NoSettings : new Frame(sequence, node));
        }

        /// <summary>A sequence item that opens a level (a mapping or a sequence): its place is the settings' item at that index.</summary>
        public void OpenedItem(bool sequence)
        {
            var seq = Top;
            SettingNode? node = null;
            if (seq.IsSequence)
            {
                int index = seq.Items++;
                node = (seq.Node as SettingSequence)?[index];
            }
            _frames.Add(node is null ? NoSettings : new Frame(sequence, node));
        }

        /// <summary>A scalar item of the current sequence.</summary>
        public void ScalarItem()
        {
            if (Top.IsSequence) Top.Items++;
        }

        /// <summary>
        /// Instead of <c>key: {}</c> / <c>key: []</c> when settings fill that object or list: writes the key and the
        /// settings' subtree, and returns true.
        /// </summary>
        public bool FillsEmpty(string key, bool sequence)
        {
            var node = Child(key);
            if (sequence ? node is not SettingSequence { Count: > 0 } : node is not SettingMap { Count: > 0 }) return false;
            Entry(key);
            var merge = _writer.SuspendMerge();
            if (sequence)
            {
                _writer.BeginSequence(key);
                SettingYaml.WriteItems(_writer, (SettingSequence)node!);
            }
            else
            {
                _writer.BeginMapping(key);
                SettingYaml.WriteEntries(_writer, (SettingMap)node!);
            }
            _writer.End();
            _writer.ResumeMerge(merge);
            return true;
        }

        /// <summary>Before the writer closes its innermost level: writes the settings of that place it did not write.</summary>
        public void Closing()
        {
            if (_frames.Count <= 1) return; // the document's root closes only in Finish
            Close();
        }

        /// <summary>At the end of the document (every level of the writer closed): the root's remaining settings.</summary>
        public void Finish()
        {
            while (_frames.Count > 0) Close();
        }

        private SettingNode? Child(string key) => Top is { IsSequence: false, Node: SettingMap map } ? map[key] : null;

        private void Close()
        {
            var frame = _frames[_frames.Count - 1];
            _frames.RemoveAt(_frames.Count - 1);
            if (frame.Node is null) return;
            var merge = _writer.SuspendMerge();
            if (frame.Node is SettingSequence seq && (frame.IsSequence || frame.Empty))
            {
                SettingSequence? rest = null;
                foreach (var item in seq.Items)
                {
                    if (item.Key < frame.Items) continue;
                    rest ??= new SettingSequence();
                    rest.Add(item.Key, item.Value);
                }
                if (rest is not null) SettingYaml.WriteItems(_writer, rest);
            }
            else if (frame.Node is SettingMap map && !frame.IsSequence)
            {
                SettingMap? unwritten = null;
                foreach (var entry in map.Entries)
                {
                    if (frame.Written is { } written && written.Contains(entry.Key)) continue;
                    unwritten ??= new SettingMap();
                    unwritten.Add(entry.Key, entry.Value);
                }
                if (unwritten is not null) SettingYaml.WriteEntries(_writer, unwritten);
            }
            _writer.ResumeMerge(merge);
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;
using ProbeGen.Core.Validation;

namespace ProbeGen.Generator.Parsing
{
    /// <summary>
    /// Reads a lowered attribute (<see cref="LoweredAttributes"/>: [SecurityContext], [PodSecurityContext] …) into the
    /// settings a [Set] of each written property would give, beside the [Set]s (<see cref="SetReader"/>), so the model,
    /// the writer and the rules see one set of settings. Reads <see cref="Args"/>, so the syntax and the binding paths
    /// share it; each setting's location is the property argument. Never throws on user input.
    /// </summary>
    internal sealed class LoweredAttributeReader
    {
        private static readonly SchemaPathOptions Shape = new SchemaPathOptions { RefuseModeled = false };

        // Items each list-item attribute has added, by the list's root path (volumes of the pod, mounts of one container).
        private Dictionary<string, int>? _items;

        /// <summary>The lowered attribute of a ProbeGen attribute class name in <paramref name="scope"/>, or null.</summary>
        public static LoweredAttribute? For(string? attributeName, LoweredScope scope) =>
            LoweredAttributes.Find(attributeName) is { } a && a.Scope == scope ? a : null;

        // The attributes that built each list's items, for the notes on PG0042/PG0043.
        private Dictionary<string, List<string>>? _names;

        /// <summary>
        /// For a PG0042/PG0043 finding at <paramref name="path"/>: which items of its list attributes built, since a
        /// [Set] on the same list counts its indices after them; null when no attribute built items there.
        /// </summary>
        public string? NoteFor(string path)
        {
            if (_items is null || _names is null) return null;
            // The innermost list: a [VolumeItem]'s items lie inside a volume attribute's volumes.
            string? list = null;
            foreach (var kv in _items)
            {
                string l = kv.Key;
                if (path != l && !(path.StartsWith(l, System.StringComparison.Ordinal) && path.Length > l.Length && path[l.Length] is '[' or '.')) continue;
                if (list is null || l.Length > list.Length) list = l;
            }
            if (list is not null)
            {
                int n = _items[list];
                string items = n == 1 ? list + "[0] is" : list + "[0] to [" + (n - 1).ToString(CultureInfo.InvariantCulture) + "] are";
                return items + " built by [" + string.Join("], [", _names[list]) + "] in source order; a [Set] sets other fields of those items, and adds items after them, from ["
                    + n.ToString(CultureInfo.InvariantCulture) + "]";
            }
            return null;
        }

        /// <summary>How many items lowered attributes built in the list at <paramref name="list"/> (a root path), or null when none did.</summary>
        public int? ItemsIn(string list) => _items is not null && _items.TryGetValue(list, out int n) ? n : null;

        /// <summary>Reads one application at <paramref name="anchor"/> (the root path of its scope: the pod spec, or the container).</summary>
        /// <param name="start">The type the scope starts at, where the class decides it (the workload's kind for <see cref="LoweredScope.Workload"/>).</param>
        public void Read(LoweredAttribute table, Args a, string anchor, SetReader sets, ParseSession s, TypeDescriptor? start = null)
        {
            // A workload attribute writes one kind's spec: a StatefulSet's and a DaemonSet's updateStrategy share their path
            // and some fields, so a resolving path does not make it right. PG0040 at each written argument (or at the attribute).
            if (start is not null && !table.AppliesTo(start))
            {
                string message = "[" + table.ShortName + "] applies to a " + table.Kind?.Kind + " only; this class is a " + start.Name;
                bool any = false;
                foreach (var p in table.Properties)
                {
                    if ((p.CtorIndex >= 0 ? a.Ctor(p.CtorIndex) : a.Named(p.Name)) is null) continue;
                    s.Report(RuleCatalog.SetPathUnknown, p.CtorIndex >= 0 ? a.CtorLocation(p.CtorIndex) : a.NamedLocation(p.Name), message);
                    any = true;
                }
                if (!any) s.Report(RuleCatalog.SetPathUnknown, a.Location, message);
                return;
            }
            string basePath = table.BasePath;
            if (table.IsListItem)
            {
                string list = SchemaPath.Join(anchor, table.BasePath);
                _items ??= new Dictionary<string, int>(System.StringComparer.Ordinal);
                _items.TryGetValue(list, out int index);
                _items[list] = index + 1;
                _names ??= new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
                if (!_names.TryGetValue(list, out var names)) _names[list] = names = new List<string>();
                if (!names.Contains(table.ShortName)) names.Add(table.ShortName);
                basePath = table.ItemPath(index);
            }
            string root = SchemaPath.Join(anchor, basePath);
            // A finding on the whole object (PG1705 on securityContext) is at the attribute; [PodSpec]'s base is the pod spec itself, not its object.
            if (s.WantLocations && basePath.Length != 0) s.Map(root, a.Location);
            // And on an object above it that only it opens (lifecycle, above preStop: PG1112 for an init container's hook).
            if (s.WantLocations) for (int dot = basePath.IndexOf('.'); dot > 0; dot = basePath.IndexOf('.', dot + 1)) s.Map(SchemaPath.Join(anchor, basePath.Substring(0, dot)), a.Location);
            var written = new List<string>();
            bool anyArgument = false;
            foreach (var p in table.Properties)
            {
                var v = p.CtorIndex >= 0 ? a.Ctor(p.CtorIndex) : a.Named(p.Name);
                if (v is null) continue; // not written: the API server's default
                anyArgument = true;
                var at = p.CtorIndex >= 0 ? a.CtorLocation(p.CtorIndex) : a.NamedLocation(p.Name);
                if (v.Value.Kind == TypedConstantKind.Error || v.Value.HasErrorType) { s.MarkFailed(); continue; }
                string what = "[" + table.ShortName + "] " + p.Name;
                // A constructor argument names the item ([ImagePullSecret(name)]): null would leave the item empty, so it is PG0011, never dropped.
                if (p.CtorIndex >= 0 && v.Value.IsNull) { s.Report(RuleCatalog.ValueRequired, at, what + " is required: write a value, not null"); continue; }
                if (!ToValue(p, v.Value, what, at, s, out object? value) || value is null) continue;
                string relative = SchemaPath.Join(basePath, p.Path);
                var resolved = SchemaPath.Resolve(start ?? table.Start, relative, Shape);
                if (resolved.Value is not { } leaf)
                {
                    // The table is checked against the schema by a test; a mismatch is still a diagnostic, never a throw.
                    s.Report(RuleCatalog.SetPathUnknown, at, what + ": " + (resolved.Error?.Message ?? "the path does not resolve"));
                    continue;
                }
                var output = new List<FieldSetting>();
                string? wrong = SettingValues.Check(leaf, value, output);
                if (wrong is not null)
                {
                    s.Report(RuleCatalog.SetValueWrongType, at, what + ": " + wrong);
                    continue;
                }
                written.Add(p.Path);
                sets.AddLowered(FieldSettings.Anchor(anchor, output), at, a.Location, s);
                // A finding on an object this property opens (a hook's second handler, an empty exec.command) is at the
                // property, not the attribute; the first property to open it wins, as for the settings themselves.
                // A volume's source object (configMap, ephemeral) and what is inside it are the attribute's own, written even with no
                // argument: a finding there (no configMap name, no access modes) stays at the attribute.
                for (int dot = p.Path.IndexOf('.'); dot > 0; dot = p.Path.IndexOf('.', dot + 1))
                {
                    string opened = p.Path.Substring(0, dot);
                    if (s.WantLocations && !InPresence(table, opened)) s.Map(root + "." + opened, at);
                }
                if (s.WantLocations && (LoweredValue.StringArray == p.Value || LoweredValue.LongArray == p.Value)) s.Map(root + "." + p.Path, at);
            }
            // A list item with no argument ([Toleration]) is still an item: written {} for the rules to judge, never dropped.
            if (table.IsListItem && written.Count == 0 && table.Presence.Count == 0 && !s.Failed) sets.AddLowered(new[] { FieldSetting.EmptyObject(root) }, a.Location, a.Location, s);
            // An object attribute written with no argument that still means an object ([PreStop]: a hook with no handler):
            // {} for the rules to judge (PG1321 at the attribute); soft, so a [Set] inside it (preStop.exec.command) fills it.
            if (!table.IsListItem && table.WrittenWithoutArguments && !anyArgument && basePath.Length != 0) sets.AddPresence(FieldSetting.EmptyObject(root), a.Location, s);
            foreach (string presence in table.Presence)
            {
                bool below = false;
                foreach (string w in written) if (w == presence || w.StartsWith(presence + ".", System.StringComparison.Ordinal)) below = true;
                // Soft: a [Set] inside it (configMap.items, projected.sources) makes the {} unnecessary, not a conflict.
                if (!below) sets.AddPresence(FieldSetting.EmptyObject(SchemaPath.Join(root, presence)), a.Location, s);
            }
        }

        /// <summary>Whether <paramref name="relative"/> (below the attribute's base) is one of its presence objects or inside one.</summary>
        private static bool InPresence(LoweredAttribute table, string relative)
        {
            foreach (string presence in table.Presence)
                if (relative == presence || (relative.StartsWith(presence, System.StringComparison.Ordinal) && relative.Length > presence.Length && relative[presence.Length] == '.')) return true;
            return false;
        }

        /// <summary>The integer a string of digits writes (<c>"0"</c>, <c>"2"</c>; no sign, no leading zero), or null.</summary>
        internal static int? CanonicalInt(string text) =>
            text.Length > 0 && (text.Length == 1 || text[0] != '0') && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : null;

        /// <summary>The argument as SettingValues reads it (an enum as its Kubernetes string, an array as object[]); false when it was reported.</summary>
        private static bool ToValue(LoweredProperty p, ArgValue v, string what, Location? at, ParseSession s, out object? value)
        {
            value = null;
            switch (p.Value)
            {
                case LoweredValue.Enum:
                    var table = p.Enum;
                    if (table is null) { s.MarkFailed(); return false; }
                    var members = new string[table.Members.Count];
                    var values = new string[table.Values.Count];
                    for (int i = 0; i < members.Length; i++) { members[i] = table.Members[i]; values[i] = table.Values[i]; }
                    value = ValueReader.Enum(v, table.Name, members, values, what, at, s);
                    return value is not null;
                case LoweredValue.OctalMode:
                    if (v.IsNull) return true;
                    string? text = ValueReader.OptionalString(v, what, at, s);
                    if (text is null) return false;
                    int? mode = FileModes.ParseOctal(text, out string? notOctal);
                    if (mode is null)
                    {
                        s.Report(RuleCatalog.SetValueWrongType, at, what + ": " + notOctal);
                        return false;
                    }
                    value = mode.Value;
                    return true;
                case LoweredValue.IntOrString:
                    if (v.IsNull) return true;
                    var intOrString = ValueReader.OptionalString(v, what, at, s);
                    value = intOrString is not null && CanonicalInt(intOrString) is int number ? (object)number : intOrString;
                    return value is not null;
                case LoweredValue.String:
                    if (v.IsNull) return true;
                    value = ValueReader.OptionalString(v, what, at, s);
                    return value is not null;
                case LoweredValue.StringArray:
                    if (v.IsNull) return true;
                    var strings = ValueReader.StringArray(v, what, at, s);
                    if (strings.IsDefault) { s.MarkFailed(); return false; } // a null entry is reported; nothing is dropped silently
                    var boxed = new object?[strings.Count];
                    for (int i = 0; i < boxed.Length; i++) boxed[i] = strings[i];
                    value = boxed;
                    return true;
                case LoweredValue.LongArray:
                    if (v.IsNull) return true;
                    if (v.Kind != TypedConstantKind.Array) { s.MarkFailed(); return false; }
                    var items = v.Values;
                    var numbers = new object?[items.Length];
                    for (int i = 0; i < items.Length; i++)
                    {
                        numbers[i] = items[i].Value switch { long l => l, int n => (long)n, _ => null };
                        if (numbers[i] is null)
                        {
                            s.Report(RuleCatalog.ValueRequired, at, what + "[" + i.ToString(CultureInfo.InvariantCulture) + "] is not a number");
                            return false;
                        }
                    }
                    value = numbers;
                    return true;
                default:
                    value = v.IsNull ? null : v.Value;
                    return true;
            }
        }
    }
}

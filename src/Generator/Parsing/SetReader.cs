using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;
using ProbeGen.Core.Validation;

namespace ProbeGen.Generator.Parsing
{
    /// <summary>
    /// The [Set(path, value)]s of one workload (its own class and its nested container classes): each path resolved from
    /// the class's start type (the manifest root, or the container), each value checked and turned into settings anchored
    /// at the root; then the checks over all of them (PG0042, PG0043). Reads <see cref="Args"/>, so the syntax and the
    /// binding paths share it. Never throws on user input.
    /// </summary>
    internal sealed class SetReader
    {
        private static readonly SchemaPathOptions Options = new SchemaPathOptions { RefuseModeled = true, AttributeFor = ModeledBy };

        // Allocated with the first [Set]: most workloads have none, and the syntax path parses on every edit.
        private List<FieldSetting>? _settings;
        private List<Location?>? _owners; // per setting: the [Set] it came from, or the lowered attribute's property argument
        private readonly string? _podPath;

        /// <param name="podPath">The workload's pod spec path (<c>spec.template.spec</c>): a root [Set] below it may name a lowered attribute's field (PG0044).</param>
        public SetReader(string? podPath = null) => _podPath = podPath;

        /// <summary>Reads one [Set] on a class whose paths start at <paramref name="start"/>; <paramref name="anchor"/> is that place's root path ("" for the workload).</summary>
        public void Read(Args a, TypeDescriptor start, string anchor, ParseSession s)
        {
            var pathArg = a.Ctor(0);
            var valueArg = a.Ctor(1);
            if (pathArg is null || valueArg is null || pathArg.Value.Kind == TypedConstantKind.Error || valueArg.Value.Kind == TypedConstantKind.Error
                || pathArg.Value.HasErrorType || valueArg.Value.HasErrorType)
            {
                s.MarkFailed(); // the compiler reports it
                return;
            }
            string? path = ValueReader.RequiredString(pathArg, "The [Set] path", a.CtorLocation(0), s);
            if (path is null) return;
            var resolved = SchemaPath.Resolve(start, path, Options);
            string where = anchor.Length == 0 ? "" : " (from the container at " + anchor + ")";
            if (resolved.Value is not { } leaf)
            {
                var error = resolved.Error;
                var rule = error?.Kind == PathErrorKind.Modeled ? RuleCatalog.SetModeledField : RuleCatalog.SetPathUnknown;
                s.Report(rule, a.CtorLocation(0), (error?.Message ?? "the path does not resolve") + where);
                return;
            }
            if (LoweredOwner(start, anchor, leaf.Path) is { } lowered)
            {
                s.Report(RuleCatalog.SetModeledField, a.CtorLocation(0), leaf.Path + " (" + leaf.OwnerType + "." + leaf.Field.JsonName
                    + ") is modeled by ProbeGen's attributes: use " + LoweredAttributes.Advice(lowered.Attribute, lowered.Property) + " instead of [Set]" + where);
                return;
            }
            object? value = ToObject(valueArg.Value, leaf.Path, out string? why);
            if (why is not null)
            {
                s.Report(RuleCatalog.SetValueWrongType, a.CtorLocation(1), why + where);
                return;
            }
            if (!TextIsValid(value, a, s)) return;
            var output = new List<FieldSetting>();
            string? wrong = SettingValues.Check(leaf, value, output);
            if (wrong is not null)
            {
                s.Report(RuleCatalog.SetValueWrongType, a.CtorLocation(1), wrong + where);
                return;
            }
            _settings ??= new List<FieldSetting>();
            _owners ??= new List<Location?>();
            foreach (var setting in anchor.Length == 0 ? output : FieldSettings.Anchor(anchor, output))
            {
                _settings.Add(setting);
                _owners.Add(a.Location);
                s.MapSetting(setting.Path, a.CtorLocation(1), a.Location);
            }
        }

        /// <summary>
        /// Settings a lowered attribute's property gives (root paths): checked with the [Set]s (PG0042, PG0043), a finding
        /// on one put at <paramref name="property"/>.
        /// </summary>
        public void AddLowered(IEnumerable<FieldSetting> settings, Location? property, Location? attribute, ParseSession s)
        {
            _settings ??= new List<FieldSetting>();
            _owners ??= new List<Location?>();
            foreach (var setting in settings)
            {
                (_lowered ??= new HashSet<int>()).Add(_settings.Count);
                _settings.Add(setting);
                _owners.Add(property ?? attribute);
                s.MapSetting(setting.Path, property, attribute);
            }
        }

        // Settings a lowered attribute gave (checked before the [Set]s).
        private HashSet<int>? _lowered;

        // Settings that stand for an empty object only while nothing else is set inside it (a volume source's {}).
        private HashSet<int>? _presence;

        /// <summary>A lowered attribute's <c>{}</c> (<c>emptyDir: {}</c>): dropped when another setting sets a field inside it.</summary>
        public void AddPresence(FieldSetting setting, Location? attribute, ParseSession s)
        {
            _settings ??= new List<FieldSetting>();
            _owners ??= new List<Location?>();
            (_presence ??= new HashSet<int>()).Add(_settings.Count);
            (_lowered ??= new HashSet<int>()).Add(_settings.Count);
            _settings.Add(setting);
            _owners.Add(attribute);
            s.MapSetting(setting.Path, attribute, attribute);
        }

        /// <summary>The lowered attribute property that writes a [Set]'s resolved path, or null (paths through its object to other fields are the [Set]'s).</summary>
        private (LoweredAttribute Attribute, LoweredProperty Property)? LoweredOwner(TypeDescriptor start, string anchor, string path)
        {
            if (ReferenceEquals(start, ContainerSchema.Descriptor)) return LoweredAttributes.Owning(LoweredScope.Container, path);
            if (anchor.Length == 0 && LoweredAttributes.Owning(LoweredScope.Workload, path, start) is { } workload) return workload; // spec.strategy, spec.updateStrategy (the kind's own) …
            if (anchor.Length != 0 || _podPath is null || !path.StartsWith(_podPath + ".", System.StringComparison.Ordinal)) return null;
            string relative = path.Substring(_podPath.Length + 1);
            foreach (string list in new[] { "containers[", "initContainers[" })
            {
                if (!relative.StartsWith(list, System.StringComparison.Ordinal)) continue;
                int close = relative.IndexOf(']', list.Length);
                return close > 0 && close + 1 < relative.Length && relative[close + 1] == '.' ? LoweredAttributes.Owning(LoweredScope.Container, relative.Substring(close + 2)) : null;
            }
            return LoweredAttributes.Owning(LoweredScope.PodSpec, relative);
        }

        /// <summary>
        /// PG0042 and PG0043 over all settings (<paramref name="attributeItems"/>: how many items attributes build in a list),
        /// then the settings as the model carries them (sorted). The lowered attributes' settings are checked first, so a
        /// [Set] that collides with one is the one reported; <paramref name="note"/> adds which items attributes built.
        /// </summary>
        public EquatableArray<FieldSetting> Finish(System.Func<string, int?> attributeItems, ParseSession s, System.Func<string, string?>? note = null)
        {
            if (_settings is null || _owners is null) return EquatableArray<FieldSetting>.Empty;
            // A presence {} with another setting inside it is left out: the object is there anyway.
            var order = new List<int>();
            for (int pass = 0; pass < 2; pass++)
            {
                for (int i = 0; i < _settings.Count; i++)
                {
                    if ((_lowered is not null && _lowered.Contains(i)) != (pass == 0)) continue;
                    if (_presence is not null && _presence.Contains(i) && HasInside(_settings[i].Path)) continue;
                    order.Add(i);
                }
            }
            var checkedSettings = new List<FieldSetting>(order.Count);
            foreach (int i in order) checkedSettings.Add(_settings[i]);
            var reported = new HashSet<int>();
            foreach (var conflict in SettingChecks.Check(checkedSettings, attributeItems))
            {
                if (conflict.SettingIndex < 0 || conflict.SettingIndex >= order.Count) { s.MarkFailed(); continue; }
                // An array value expands to several settings: one finding per [Set] and kind is enough.
                if (!reported.Add(conflict.SettingIndex * 4 + (int)conflict.Kind)) continue;
                var rule = conflict.Kind is SettingConflictKind.Duplicate or SettingConflictKind.Overlap ? RuleCatalog.SetTwice : RuleCatalog.SetIndexGap;
                string? extra = note?.Invoke(conflict.Path);
                s.Report(rule, _owners[order[conflict.SettingIndex]], extra is null ? conflict.Message : conflict.Message + " (" + extra + ")");
            }
            return FieldSettings.Sorted(checkedSettings);
        }

        private bool HasInside(string path)
        {
            foreach (var other in _settings!)
            {
                if (other.Path.Length > path.Length + 1 && other.Path.StartsWith(path, System.StringComparison.Ordinal) && other.Path[path.Length] is '.' or '[') return true;
            }
            return false;
        }

        /// <summary>The constant as SettingValues reads it (string, bool, number, or object[] for an array); <paramref name="why"/> for an enum or a type.</summary>
        private static object? ToObject(ArgValue v, string path, out string? why)
        {
            why = null;
            switch (v.Kind)
            {
                case TypedConstantKind.Enum:
                    why = path + ": an enum constant reaches ProbeGen as its number, not its name; write the Kubernetes value as a string";
                    return null;
                case TypedConstantKind.Type:
                    why = path + ": a typeof(…) is not a Kubernetes value; write a string, a number, a boolean or an array of them";
                    return null;
                case TypedConstantKind.Array:
                    if (v.IsNull) return null;
                    var items = v.Values;
                    var result = new object?[items.Length];
                    for (int i = 0; i < items.Length; i++)
                    {
                        var item = items[i];
                        if (item.Kind is TypedConstantKind.Enum or TypedConstantKind.Type or TypedConstantKind.Array)
                        {
                            why = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]: an array item is a string, a number or a boolean"
                                + (item.Kind == TypedConstantKind.Enum ? " (an enum constant reaches ProbeGen as its number; write the Kubernetes value as a string)" : "");
                            return null;
                        }
                        result[i] = item.IsNull ? null : item.Value;
                    }
                    return result;
                default:
                    return v.IsNull ? null : v.Value;
            }
        }

        /// <summary>PG0014 for a string (or array item) with a lone surrogate: it could not be written to the YAML file.</summary>
        private static bool TextIsValid(object? value, Args a, ParseSession s)
        {
            if (value is string text) return ValueReader.CheckText(text, "The [Set] value", a.CtorLocation(1), s) is not null;
            if (value is object?[] items)
            {
                foreach (var item in items)
                {
                    if (item is string t && ValueReader.CheckText(t, "The [Set] value", a.CtorLocation(1), s) is null) return false;
                }
            }
            return true;
        }

        /// <summary>The attribute that models a field, for PG0044's advice (generated from eng/SchemaGen/Mapping.cs).</summary>
        private static string? ModeledBy(string type, string field) => WorkloadParser.MappedAttributeFor(type, field);
    }
}

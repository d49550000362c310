using System;
using System.Collections.Generic;
using System.Globalization;
using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;

namespace ProbeGen.Core.Validation
{
    /// <summary>
    /// A place in a workload's <see cref="WorkloadSpec.Settings"/> (the fields no attribute models, from <c>[Set]</c> or
    /// captured from YAML), read the way a rule reads a model: leaves by relative path, list items, map keys. Rules for the
    /// long tail of the pod spec (volumes, securityContext, tolerations …) read through it, so one rule checks a field
    /// whether it came from C# or from a manifest. Paths are canonical (<see cref="SchemaPath.Format"/>): fields with
    /// <c>.</c>, items <c>[N]</c>, keys <c>['k']</c>. A linear scan: a workload carries tens of settings, not thousands.
    /// </summary>
    public readonly struct SettingsView
    {
        private readonly EquatableArray<FieldSetting> _settings;

        // With no settings at all (most workloads) nothing is ever found under a view, and its path is only read for a
        // finding: such a view keeps its parent's path and the relative part, and joins them only when asked (issue 18:
        // the joined paths were a tenth of the generator's allocations).
        private readonly string _path;
        private readonly string? _relative;

        private SettingsView(EquatableArray<FieldSetting> settings, string path, string? relative = null)
        {
            _settings = settings;
            _path = path;
            _relative = relative;
        }

        /// <summary>The root path of this view (<c>""</c> for the manifest's top).</summary>
        public string Path => _relative is null ? _path : SchemaPath.Join(_path, _relative);

        /// <summary>The whole manifest.</summary>
        public static SettingsView Root(WorkloadSpec workload) => new SettingsView(workload.Settings, "");

        /// <summary>The pod spec, wherever the kind puts it (<c>spec</c>, <c>spec.template.spec</c> …).</summary>
        public static SettingsView PodSpec(WorkloadSpec workload) => new SettingsView(workload.Settings, workload.Kind.PodSpecPath());

        /// <summary>A view of <paramref name="settings"/> rooted at <paramref name="path"/>.</summary>
        public static SettingsView Of(EquatableArray<FieldSetting> settings, string path) => new SettingsView(settings, path);

        /// <summary>The view at <paramref name="relative"/> (<c>securityContext</c>, <c>volumes[2]</c>, <c>nodeSelector['k']</c>).</summary>
        public SettingsView At(string relative) =>
            _settings.Count == 0 ? new SettingsView(_settings, Path, relative) : new SettingsView(_settings, SchemaPath.Join(Path, relative));

        /// <summary>The full path of <paramref name="relative"/>, for a finding.</summary>
        public string PathOf(string relative) => SchemaPath.Join(Path, relative);

        /// <summary>Whether anything is set at this view or under it.</summary>
        public bool Exists => Any("");

        /// <summary>The leaf set exactly at <paramref name="relative"/>, or null.</summary>
        public FieldSetting? Leaf(string relative = "")
        {
            if (_settings.Count == 0) return null; // most workloads have no settings: no path to build
            var full = PathOf(relative);
            var (lo, hi) = Range(full);
            for (var i = lo; i < hi; i++)
            {
                if (string.Equals(_settings[i].Path, full, StringComparison.Ordinal))
                {
                    return _settings[i];
                }
            }

            return null;
        }

        /// <summary>The text of the leaf at <paramref name="relative"/> (a string, a number's digits, <c>true</c>), or null.</summary>
        public string? Text(string relative = "") => Leaf(relative)?.Text;

        /// <summary>The leaf as a 64-bit integer, or null when unset or not an integer.</summary>
        public long? Integer(string relative = "")
        {
            var s = Leaf(relative);
            return s is { ValueKind: SettingValueKind.Integer } && long.TryParse(s.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
        }

        /// <summary>The leaf as a boolean, or null when unset or not a boolean.</summary>
        public bool? Bool(string relative = "")
        {
            var s = Leaf(relative);
            return s is { ValueKind: SettingValueKind.Bool } ? string.Equals(s.Text, "true", StringComparison.Ordinal) : null;
        }

        /// <summary>Whether anything is set at <paramref name="relative"/> or under it.</summary>
        public bool Any(string relative)
        {
            if (_settings.Count == 0) return false;
            var (lo, hi) = Range(PathOf(relative));
            return hi > lo;
        }

        /// <summary>Every setting at <paramref name="relative"/> or under it, in sorted order.</summary>
        public List<FieldSetting> Under(string relative = "")
        {
            if (_settings.Count == 0) return new List<FieldSetting>();
            var (lo, hi) = Range(PathOf(relative));
            var list = new List<FieldSetting>(hi - lo);
            for (var i = lo; i < hi; i++)
            {
                list.Add(_settings[i]);
            }

            return list;
        }

        /// <summary>How many items the list at <paramref name="relative"/> has (the highest index set, plus one; 0 when none).</summary>
        public int Count(string relative)
        {
            if (_settings.Count == 0) return 0;
            var full = PathOf(relative);
            var count = 0;
            var (lo, hi) = Range(full);
            for (var k = lo; k < hi; k++)
            {
                var s = _settings[k];
                if (s.Path.Length > full.Length + 2 && s.Path.StartsWith(full, StringComparison.Ordinal) && s.Path[full.Length] == '[' && s.Path[full.Length + 1] != '\'')
                {
                    var close = s.Path.IndexOf(']', full.Length);
                    if (close > full.Length + 1 && int.TryParse(s.Path.Substring(full.Length + 1, close - full.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i + 1 > count)
                    {
                        count = i + 1;
                    }
                }
            }

            return count;
        }

        /// <summary>
        /// The items of the list at <paramref name="relative"/> that have anything set, each a view (<c>volumes[0]</c>,
        /// <c>volumes[1]</c> …, keeping its own index). An index skipped by the settings (PG0042 reports the gap) is no
        /// item: rules do not judge an empty item nobody wrote.
        /// </summary>
        public List<SettingsView> Items(string relative)
        {
            var n = Count(relative);
            var list = new List<SettingsView>(n);
            for (var i = 0; i < n; i++)
            {
                var item = At(relative + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                if (item.Exists) list.Add(item);
            }

            return list;
        }

        /// <summary>The list at <paramref name="relative"/> as its items' texts, when it is a list of scalars (<c>capabilities.add</c>).</summary>
        public List<string> Texts(string relative)
        {
            var list = new List<string>();
            foreach (var item in Items(relative))
            {
                var t = item.Text();
                if (t is not null)
                {
                    list.Add(t);
                }
            }

            return list;
        }

        /// <summary>The keys of the map at <paramref name="relative"/> (<c>nodeSelector</c>, <c>matchLabels</c>), in sorted order, each once.</summary>
        public List<string> Keys(string relative)
        {
            if (_settings.Count == 0) return new List<string>();
            var full = PathOf(relative);
            var keys = new List<string>();
            var (lo, hi) = Range(full);
            for (var k = lo; k < hi; k++)
            {
                var s = _settings[k];
                if (s.Path.Length > full.Length + 4 && s.Path.StartsWith(full, StringComparison.Ordinal) && s.Path[full.Length] == '[' && s.Path[full.Length + 1] == '\''
                    && ReadKey(s.Path, full.Length + 2) is { } key && !keys.Contains(key))
                {
                    keys.Add(key);
                }
            }

            return keys;
        }

        /// <summary>The canonical relative path of map key <paramref name="key"/> (<c>['kubernetes.io/os']</c>).</summary>
        public static string Key(string key) => "['" + key.Replace("'", "''") + "']";

        // The key of a canonical ['…'] segment whose text starts at start (a quote inside is written twice), or null.
        private static string? ReadKey(string path, int start)
        {
            var sb = new System.Text.StringBuilder();
            for (var i = start; i < path.Length; i++)
            {
                if (path[i] != '\'')
                {
                    sb.Append(path[i]);
                }
                else if (i + 1 < path.Length && path[i + 1] == '\'')
                {
                    sb.Append('\'');
                    i++;
                }
                else
                {
                    return i + 1 < path.Length && path[i + 1] == ']' ? sb.ToString() : null;
                }
            }

            return null;
        }

        // The settings at or under full: contiguous in the sorted order (segment by segment), found by binary search, so a
        // rule walking a list of thousands of items (a hostile manifest) stays O(n log n), not O(n²).
        private const int LinearScanMax = 16;

        private (int Lo, int Hi) Range(string full)
        {
            int n = _settings.Count;
            if (full.Length == 0 || n == 0) return (0, n);
            int lo;
            if (n <= LinearScanMax)
            {
                // A few settings (the usual case): one ordinal prefix test each beats parsing every probed path.
                lo = 0;
                while (lo < n && !IsAtOrUnder(_settings[lo].Path, full)) lo++;
            }
            else if (SchemaPath.TryParse(full, out var target, out _))
            {
                int a = 0, b = n;
                while (a < b)
                {
                    int mid = (a + b) >> 1;
                    bool ok = SchemaPath.TryParse(_settings[mid].Path, out var segments, out _);
                    if (ok && FieldSettingOrder.CompareSegments(segments, target) < 0) a = mid + 1;
                    else b = mid;
                }
                lo = a;
            }
            else
            {
                // Not a canonical path: scan (never the case for the paths rules build).
                lo = 0;
                while (lo < n && !IsAtOrUnder(_settings[lo].Path, full)) lo++;
            }
            int hi = lo;
            while (hi < n && IsAtOrUnder(_settings[hi].Path, full)) hi++;
            return (lo, hi);
        }

        private static bool IsAtOrUnder(string path, string prefix)
        {
            if (prefix.Length == 0)
            {
                return true;
            }

            if (!path.StartsWith(prefix, StringComparison.Ordinal))
            {
                return false;
            }

            return path.Length == prefix.Length || path[prefix.Length] == '.' || path[prefix.Length] == '[';
        }
    }
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;
using ProbeGen.Core.Validation;

namespace ProbeGen.Core.Schema
{
    /// <summary>
    /// Checks a value against the leaf a path resolved to and turns it into settings: a scalar gives one, an array on a
    /// list of scalars gives one per item (<c>add[0]</c>, <c>add[1]</c> …), <c>"{}"</c> on an object or map an empty one.
    /// Messages name the path, what it takes and what was given. Never throws.
    /// </summary>
    public static class SettingValues
    {
        /// <summary>The text that stands for an empty object or map (<c>emptyDir: {}</c>) where a path ends at one.</summary>
        public const string EmptyObjectText = "{}";

        /// <summary>Checks a value from the attribute (string, bool, any integer, float/double, char, or an array of those) and adds its settings to <paramref name="output"/>; returns the error, or null.</summary>
        public static string? Check(ResolvedPath leaf, object? value, List<FieldSetting> output)
        {
            string path = leaf.Path;
            switch (leaf.Shape)
            {
                case LeafShape.WholeObject:
                case LeafShape.WholeMap:
                    if (value is string s && s == EmptyObjectText)
                    {
                        output.Add(FieldSetting.EmptyObject(path));
                        return null;
                    }
                    return WholeMessage(leaf, Describe(value));
                case LeafShape.WholeList:
                    if (value is string || value is null || !(value is IList items))
                    {
                        return leaf.Field.ElementKind == FieldKind.Object
                            ? WholeMessage(leaf, Describe(value))
                            : path + " is a list of " + Plural(leaf.Field.ElementKind) + ": give an array (new[] { … }), not " + Describe(value);
                    }
                    if (items.Count == 0)
                    {
                        output.Add(FieldSetting.EmptyList(path));
                        return null;
                    }
                    if (leaf.Field.ElementKind == FieldKind.Object) return WholeMessage(leaf, Describe(value));
                    var added = new List<FieldSetting>(items.Count);
                    for (int i = 0; i < items.Count; i++)
                    {
                        string itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                        if (!ToScalar(items[i], out var kind, out var text, out var why)) return itemPath + ": " + why;
                        string? error = CheckScalar(itemPath, leaf.Field.ElementKind, leaf.Allowed, kind, text, out var setting);
                        if (error is not null) return error;
                        added.Add(setting!);
                    }
                    output.AddRange(added);
                    return null;
                default:
                {
                    if (!ToScalar(value, out var kind, out var text, out var why)) return path + " takes " + ScalarKindName(leaf) + ": " + why;
                    string? error = CheckScalar(path, leaf.ValueKind, leaf.Allowed, kind, text, out var setting);
                    if (error is not null) return error;
                    output.Add(setting!);
                    return null;
                }
            }
        }

        /// <summary>Checks a setting read from YAML (import) against the leaf of its path; returns the error, or null.</summary>
        public static string? Check(ResolvedPath leaf, FieldSetting setting)
        {
            string path = leaf.Path;
            switch (leaf.Shape)
            {
                case LeafShape.WholeObject:
                case LeafShape.WholeMap:
                    return setting.ValueKind == SettingValueKind.EmptyObject ? null : WholeMessage(leaf, Describe(setting.ValueKind, setting.Text));
                case LeafShape.WholeList:
                    return setting.ValueKind == SettingValueKind.EmptyList ? null
                        : path + " is a list of " + (leaf.Field.ElementKind == FieldKind.Object ? leaf.ObjectType : Plural(leaf.Field.ElementKind))
                          + ": set its items by index (" + path + "[0]), not " + Describe(setting.ValueKind, setting.Text);
                default:
                    if (setting.ValueKind == SettingValueKind.EmptyList || setting.ValueKind == SettingValueKind.EmptyObject)
                    {
                        return path + " takes " + ScalarKindName(leaf) + ", not " + setting.Text;
                    }
                    return CheckScalar(path, leaf.ValueKind, leaf.Allowed, setting.ValueKind, setting.Text, out _);
            }
        }

        private static string ScalarKindName(ResolvedPath leaf) => KindName(leaf.ValueKind, leaf.Allowed);

        private static string WholeMessage(ResolvedPath leaf, string given)
        {
            string path = leaf.Path;
            switch (leaf.Shape)
            {
                case LeafShape.WholeMap:
                    return path + " is a map of " + Plural(leaf.Field.ElementKind) + ": set its entries one key at a time, as " + path
                        + "['key'], or give \"{}\" for an empty map; not " + given;
                case LeafShape.WholeList:
                    return path + " is a list of " + leaf.ObjectType + ": set its items' fields one by one, as " + path + "[0]."
                        + FirstField(leaf.ObjectType) + ", or give an empty array for an empty list; not " + given;
                default:
                    return path + " is an object (" + leaf.ObjectType + "): set its fields one by one, as " + path + "."
                        + FirstField(leaf.ObjectType) + ", or give \"{}\" for an empty object; not " + given;
            }
        }

        private static string FirstField(string? objectType)
        {
            var t = objectType is null ? null : SchemaIndex.Find(objectType);
            return t is null || t.Fields.Count == 0 ? "field" : t.Fields[0].JsonName;
        }

        /// <summary>A .NET value as a JSON scalar (kind and canonical text), or why it is not one.</summary>
        internal static bool ToScalar(object? value, out SettingValueKind kind, out string text, out string why)
        {
            kind = SettingValueKind.String;
            text = "";
            why = "";
            switch (value)
            {
                case null:
                    why = "the value is null";
                    return false;
                case string s:
                    text = s;
                    return true;
                case char c:
                    text = c.ToString();
                    return true;
                case bool b:
                    kind = SettingValueKind.Bool;
                    text = b ? "true" : "false";
                    return true;
                case sbyte or byte or short or ushort or int or uint or long:
                    kind = SettingValueKind.Integer;
                    text = Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                    return true;
                case ulong u:
                    kind = SettingValueKind.Integer;
                    text = u.ToString(CultureInfo.InvariantCulture);
                    return true;
                case float or double:
                {
                    double d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    if (double.IsNaN(d) || double.IsInfinity(d))
                    {
                        why = "the number " + d.ToString(CultureInfo.InvariantCulture) + " has no JSON form";
                        return false;
                    }
                    kind = SettingValueKind.Float;
                    text = FieldSetting.FloatText(d);
                    return true;
                }
                case decimal m:
                    kind = SettingValueKind.Float;
                    text = m.ToString(CultureInfo.InvariantCulture);
                    if (text.IndexOf('.') < 0) text += ".0";
                    return true;
                case IList list:
                    why = "an array of " + list.Count.ToString(CultureInfo.InvariantCulture) + " values is not a single value";
                    return false;
                default:
                    why = "a value of type " + value.GetType().Name + " is none of string, number, boolean";
                    return false;
            }
        }

        /// <summary>The scalar checked against the field's kind (and enum), as a setting; or the message.</summary>
        internal static string? CheckScalar(string path, FieldKind fieldKind, EnumTable? allowed, SettingValueKind kind, string text, out FieldSetting? setting)
        {
            setting = new FieldSetting(path, kind, text);
            string given = Describe(kind, text);
            string Wrong() => path + " takes " + KindName(fieldKind, allowed) + ", not " + given;
            switch (fieldKind)
            {
                case FieldKind.String:
                    if (kind != SettingValueKind.String) return Fail(out setting, Wrong());
                    if (allowed is not null && !allowed.Allows(text))
                    {
                        string? near = NearestValue(text, allowed);
                        return Fail(out setting, Wrong() + (near is null ? "" : "; did you mean " + Quote(near) + "?"));
                    }
                    return null;
                case FieldKind.Bool:
                    return kind == SettingValueKind.Bool ? null : Fail(out setting, Wrong());
                case FieldKind.Int32:
                    return kind == SettingValueKind.Integer && InRange(text, int.MinValue, int.MaxValue) ? null : Fail(out setting, Wrong());
                case FieldKind.Int64:
                    return kind == SettingValueKind.Integer && InRange(text, long.MinValue, long.MaxValue) ? null : Fail(out setting, Wrong());
                case FieldKind.Double:
                    return kind == SettingValueKind.Integer || kind == SettingValueKind.Float ? null : Fail(out setting, Wrong());
                case FieldKind.IntOrString:
                    if (kind == SettingValueKind.String) return text.Length > 0 ? null : Fail(out setting, Wrong());
                    return kind == SettingValueKind.Integer && InRange(text, int.MinValue, int.MaxValue) ? null : Fail(out setting, Wrong());
                case FieldKind.Quantity:
                {
                    if (kind == SettingValueKind.Bool || kind == SettingValueKind.EmptyList || kind == SettingValueKind.EmptyObject) return Fail(out setting, Wrong());
                    if (Quantity.Parse(text, out string? error) is null) return Fail(out setting, path + ": " + given + " is not a quantity: " + error);
                    return null;
                }
                case FieldKind.DateTime:
                    if (kind != SettingValueKind.String) return Fail(out setting, Wrong());
                    return IsRfc3339(text) ? null : Fail(out setting, path + " takes an RFC 3339 date-time (2024-05-01T12:00:00Z), not " + given);
                case FieldKind.Bytes:
                    if (kind != SettingValueKind.String) return Fail(out setting, Wrong());
                    return IsBase64(text) ? null : Fail(out setting, path + " takes base64 bytes, not " + given);
                case FieldKind.Any:
                    return null; // free-form JSON: any scalar is one
                default:
                    return Fail(out setting, Wrong());
            }
        }

        private static string Fail(out FieldSetting? setting, string message)
        {
            setting = null;
            return message;
        }

        private static bool InRange(string text, long min, long max) =>
            BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max;

        private static bool IsRfc3339(string text) =>
            text.Length >= 20 && text.Length <= 40 && text[10] == 'T'
            && DateTimeOffset.TryParseExact(text, new[] { "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK" }, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

        private static bool IsBase64(string text)
        {
            if (text.Length % 4 != 0) return false;
            foreach (char c in text)
            {
                if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=')) return false;
            }
            try
            {
                Convert.FromBase64String(text);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        /// <summary>What a field takes, for messages: <c>a boolean</c>, <c>one of "None", "ClusterFirst"</c>, <c>an integer (int32) from … to …</c>.</summary>
        internal static string KindName(FieldKind kind, EnumTable? allowed)
        {
            if (kind == FieldKind.String && allowed is not null)
            {
                var sb = new StringBuilder("one of ");
                for (int i = 0; i < allowed.Values.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(Quote(allowed.Values[i]));
                }
                return sb.ToString();
            }
            return kind switch
            {
                FieldKind.Bool => "a boolean (true or false)",
                FieldKind.Int32 => "an integer (int32) from -2147483648 to 2147483647",
                FieldKind.Int64 => "an integer (int64)",
                FieldKind.IntOrString => "an integer (int32) or a non-empty string (a name, or a percentage as \"25%\")",
                FieldKind.Quantity => "a quantity (a string such as \"100m\" or \"1Gi\", or a number)",
                _ => SchemaPath.KindName(kind),
            };
        }

        private static string Plural(FieldKind kind) => kind switch
        {
            FieldKind.String => "strings",
            FieldKind.Bool => "booleans",
            FieldKind.Int32 or FieldKind.Int64 => "integers",
            FieldKind.Double => "numbers",
            FieldKind.Quantity => "quantities",
            FieldKind.IntOrString => "integers or strings",
            _ => "values",
        };

        private static string? NearestValue(string text, EnumTable allowed)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (var v in allowed.Values)
            {
                if (string.Equals(v, text, StringComparison.OrdinalIgnoreCase)) return v;
                int d = SchemaPath.EditDistance(text.ToLowerInvariant(), v.ToLowerInvariant(), bestDistance);
                if (d < bestDistance)
                {
                    bestDistance = d;
                    best = v;
                }
            }
            return bestDistance <= Math.Max(2, text.Length / 3) ? best : null;
        }

        internal static string Describe(object? value)
        {
            if (value is IList list && value is not string) return "an array of " + list.Count.ToString(CultureInfo.InvariantCulture) + " values";
            if (ToScalar(value, out var kind, out var text, out var why)) return Describe(kind, text);
            return value is null ? "null" : why;
        }

        internal static string Describe(SettingValueKind kind, string text) => kind switch
        {
            SettingValueKind.String => "the string " + Excerpt(text),
            SettingValueKind.Integer or SettingValueKind.Float => "the number " + text,
            SettingValueKind.Bool => "the boolean " + text,
            SettingValueKind.EmptyObject => "an empty object {}",
            _ => "an empty list []",
        };

        private static string Excerpt(string text) =>
            text.Length <= 64 ? K8sText.Quote(text) : K8sText.Quote(text.Substring(0, char.IsHighSurrogate(text[31]) ? 31 : 32)) + "... (" + text.Length.ToString(CultureInfo.InvariantCulture) + " characters)";

        private static string Quote(string s) => K8sText.Quote(s);
    }
}

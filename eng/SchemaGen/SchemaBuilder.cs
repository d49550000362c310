using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace ProbeGen.SchemaGen
{
    /// <summary>The shape of one field's value, as ProbeGen.Core.Schema.FieldKind names it.</summary>
    internal enum ValueKind { None, String, Bool, Int32, Int64, Double, IntOrString, Quantity, DateTime, Bytes, Any, Map, List, Object }

    internal sealed record SchemaField(
        string JsonName, string Identifier, string ClrProperty, ValueKind Kind, ValueKind ElementKind, string? ObjectType,
        bool Required, bool Modeled, string? Enum, string? Default);

    internal sealed record SchemaType(string Name, string ClrName, IReadOnlyList<SchemaField> Fields);

    internal sealed record SchemaView(string Name, string TypeName, IReadOnlyList<SchemaField> Fields);

    internal sealed record SchemaKind(string Kind, string ApiVersion, string RootType, string PodSpecPath, string FileSuffix);

    internal sealed class Schema
    {
        public Schema(IReadOnlyList<SchemaType> types, IReadOnlyList<SchemaView> views, IReadOnlyList<EnumSpec> enums, IReadOnlyList<SchemaKind> kinds, string clientVersion)
        {
            Types = types; Views = views; Enums = enums; Kinds = kinds; ClientVersion = clientVersion;
        }

        public IReadOnlyList<SchemaType> Types { get; }
        public IReadOnlyList<SchemaView> Views { get; }
        public IReadOnlyList<EnumSpec> Enums { get; }
        public IReadOnlyList<SchemaKind> Kinds { get; }
        public string ClientVersion { get; }
    }

    /// <summary>Walks k8s.Models from the roots in schema.txt and joins what the reflection finds with the hand-written facts.</summary>
    internal static class SchemaBuilder
    {
        private static readonly Regex VersionPrefix = new("^V[0-9]+((alpha|beta)[0-9]+)?(?=[A-Z])", RegexOptions.CultureInvariant);
        private static readonly Regex Identifier = new("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

        public static Schema? Build(SpecFile spec, Assembly client, List<string> errors)
        {
            var clrTypes = new Dictionary<string, Type>(StringComparer.Ordinal);
            foreach (var t in client.GetExportedTypes())
                if (t.Namespace == "k8s.Models" && t.IsClass && !t.IsAbstract) clrTypes[t.Name] = t;

            foreach (var o in spec.Opaque)
                if (!clrTypes.ContainsKey(o.Key)) errors.Add("schema.txt(" + o.Value + "): opaque type " + o.Key + " is not in k8s.Models");

            // Breadth-first from the roots; ordinal order at every step so the walk does not depend on reflection order.
            var byName = new SortedDictionary<string, Type>(StringComparer.Ordinal);
            var queue = new Queue<Type>();
            foreach (var (root, line) in spec.Roots)
            {
                if (!clrTypes.TryGetValue(root, out var t)) { errors.Add("schema.txt(" + line + "): root " + root + " is not in k8s.Models"); continue; }
                queue.Enqueue(t);
            }
            var seen = new HashSet<Type>();
            var fieldsOf = new Dictionary<Type, List<(PropertyInfo Property, string Json, ValueKind Kind, ValueKind Element, Type? Object)>>();
            while (queue.Count > 0)
            {
                var t = queue.Dequeue();
                if (!seen.Add(t)) continue;
                var name = SchemaName(t);
                if (byName.TryGetValue(name, out var other)) { errors.Add("two types are both named " + name + ": " + other.Name + ", " + t.Name); continue; }
                byName[name] = t;
                var fields = new List<(PropertyInfo, string, ValueKind, ValueKind, Type?)>();
                foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    var json = p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;
                    if (json is null) continue;
                    var (kind, element, obj) = Classify(p.PropertyType);
                    if (kind == ValueKind.None) { errors.Add(t.Name + "." + p.Name + ": unsupported CLR type " + p.PropertyType); continue; }
                    fields.Add((p, json, kind, element, obj));
                    if (obj is not null && !spec.Opaque.ContainsKey(obj.Name)) queue.Enqueue(obj);
                }
                fieldsOf[t] = fields;
            }

            var modeledUsed = new HashSet<string>(StringComparer.Ordinal);
            var allowedUsed = new HashSet<string>(StringComparer.Ordinal);
            var defaultsUsed = new HashSet<string>(StringComparer.Ordinal);
            var requiredUsed = new HashSet<string>(StringComparer.Ordinal);

            List<SchemaField> FieldsFor(string listName, string typeName, Type t)
            {
                var modeled = spec.Modeled.TryGetValue(listName, out var m) ? m : new List<(string Field, int Line)>();
                var modeledSet = new HashSet<string>(modeled.Select(x => x.Field), StringComparer.Ordinal);
                var result = new List<SchemaField>();
                var identifiers = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (p, json, kind, element, obj) in fieldsOf[t].OrderBy(f => f.Json, StringComparer.Ordinal))
                {
                    var key = typeName + "." + json;
                    var id = ToIdentifier(json);
                    if (id == typeName || id == "Descriptor") id += "Field";
                    if (!Identifier.IsMatch(id) || !identifiers.Add(id)) { errors.Add(key + ": no unique C# name (" + id + ")"); continue; }
                    string? enumName = null, dflt = null;
                    if (spec.Allowed.TryGetValue(key, out var a))
                    {
                        allowedUsed.Add(key);
                        enumName = a.Enum;
                        if (!spec.Enums.ContainsKey(a.Enum)) errors.Add("schema.txt(" + a.Line + "): no enum " + a.Enum);
                        if (kind != ValueKind.String && !(kind == ValueKind.List && element == ValueKind.String))
                            errors.Add("schema.txt(" + a.Line + "): " + key + " is " + kind + ", not a string: it cannot have allowed values");
                    }
                    if (spec.Defaults.TryGetValue(key, out var d)) { defaultsUsed.Add(key); dflt = d.Value; }
                    bool required = spec.Required.ContainsKey(key);
                    if (required) requiredUsed.Add(key);
                    if (modeledSet.Contains(json)) modeledUsed.Add(listName + "." + json);
                    result.Add(new SchemaField(json, id, p.Name, kind, element, obj is null ? null : SchemaName(obj),
                        required, modeledSet.Contains(json), enumName, dflt));
                }
                return result;
            }

            var types = new List<SchemaType>();
            foreach (var kv in byName) types.Add(new SchemaType(kv.Key, kv.Value.Name, FieldsFor(kv.Key, kv.Key, kv.Value)));
            var views = new List<SchemaView>();
            foreach (var v in spec.Views)
            {
                if (!byName.TryGetValue(v.Value.Type, out var t)) { errors.Add("schema.txt(" + v.Value.Line + "): view " + v.Key + " of unknown type " + v.Value.Type); continue; }
                if (byName.ContainsKey(v.Key)) { errors.Add("schema.txt(" + v.Value.Line + "): view " + v.Key + " has a type's name"); continue; }
                views.Add(new SchemaView(v.Key, v.Value.Type, FieldsFor(v.Key, v.Value.Type, t)));
            }

            // Every hand-written fact must land on a real field: a typo in schema.txt is an error, not a silent no-op.
            foreach (var m in spec.Modeled)
                foreach (var (field, line) in m.Value)
                    if (!modeledUsed.Contains(m.Key + "." + field)) errors.Add("Mapping.cs: " + m.Key + "." + field + " is not a field of a described type");
            foreach (var a in spec.Allowed)
                if (!allowedUsed.Contains(a.Key)) errors.Add("schema.txt(" + a.Value.Line + "): " + a.Key + " is not a field of a described type");
            foreach (var d in spec.Defaults)
                if (!defaultsUsed.Contains(d.Key)) errors.Add("schema.txt(" + d.Value.Line + "): " + d.Key + " is not a field of a described type");
            foreach (var r in spec.Required)
                if (!requiredUsed.Contains(r.Key)) errors.Add("schema.txt(" + r.Value + "): " + r.Key + " is not a field of a described type");
            foreach (var e in spec.Enums.Values)
            {
                if (!Identifier.IsMatch(e.Name)) errors.Add("schema.txt(" + e.Line + "): enum name " + e.Name + " is not a C# name");
                foreach (var (value, member) in e.Values)
                    if (!Identifier.IsMatch(member)) errors.Add("schema.txt(" + e.Line + "): " + e.Name + " member " + member + " is not a C# name");
                if (e.Values.Select(v => v.Value).Distinct(StringComparer.Ordinal).Count() != e.Values.Count) errors.Add("schema.txt(" + e.Line + "): " + e.Name + " repeats a value");
                if (e.Values.Select(v => v.Member).Distinct(StringComparer.Ordinal).Count() != e.Values.Count) errors.Add("schema.txt(" + e.Line + "): " + e.Name + " repeats a member");
            }
            foreach (var d in spec.Defaults)
                if (spec.Allowed.TryGetValue(d.Key, out var a) && spec.Enums.TryGetValue(a.Enum, out var e) && !e.Values.Any(v => v.Value == d.Value.Value))
                    errors.Add("schema.txt(" + d.Value.Line + "): default " + d.Value.Value + " of " + d.Key + " is not one of " + a.Enum);

            var kinds = new List<SchemaKind>();
            foreach (var k in spec.Kinds)
            {
                if (!clrTypes.TryGetValue(k.RootClrType, out var t)) { errors.Add("schema.txt(" + k.Line + "): kind root " + k.RootClrType + " is not in k8s.Models"); continue; }
                var apiVersion = ConstOf(t, "KubeGroup") is { Length: > 0 } g ? g + "/" + ConstOf(t, "KubeApiVersion") : ConstOf(t, "KubeApiVersion");
                if (ConstOf(t, "KubeKind") != k.Kind) errors.Add("schema.txt(" + k.Line + "): " + k.RootClrType + " is kind " + ConstOf(t, "KubeKind") + ", not " + k.Kind);
                if (Resolve(t, k.PodSpecPath, fieldsOf) is not { Name: "V1PodSpec" }) errors.Add("schema.txt(" + k.Line + "): " + k.Kind + "'s " + k.PodSpecPath + " is not a PodSpec");
                kinds.Add(new SchemaKind(k.Kind, apiVersion ?? "", SchemaName(t), k.PodSpecPath, k.FileSuffix));
            }

            var version = client.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? client.GetName().Version?.ToString() ?? "";
            int plus = version.IndexOf('+');
            if (plus >= 0) version = version.Substring(0, plus);
            return errors.Count > 0 ? null : new Schema(types, views, spec.Enums.Values.ToList(), kinds, version);
        }

        /// <summary>The Kubernetes name of a k8s.Models type: <c>V1HTTPGetAction</c> → <c>HTTPGetAction</c>.</summary>
        public static string SchemaName(Type t) => VersionPrefix.Replace(t.Name, "");

        private static string ToIdentifier(string json)
        {
            var chars = json.ToCharArray();
            for (int i = 0; i < chars.Length; i++) if (!char.IsAsciiLetterOrDigit(chars[i]) && chars[i] != '_') chars[i] = '_';
            var s = new string(chars);
            if (s.Length == 0 || char.IsAsciiDigit(s[0])) s = "_" + s;
            return char.ToUpperInvariant(s[0]) + s.Substring(1);
        }

        private static (ValueKind Kind, ValueKind Element, Type? Object) Classify(Type t)
        {
            var scalar = Scalar(t);
            if (scalar != ValueKind.None) return (scalar, ValueKind.None, scalar == ValueKind.Object ? t : null);
            if (t.IsGenericType)
            {
                var def = t.GetGenericTypeDefinition();
                var args = t.GetGenericArguments();
                if (def == typeof(IDictionary<,>) && args[0] == typeof(string))
                {
                    var v = Element(args[1]);
                    return v.Kind == ValueKind.None ? default : (ValueKind.Map, v.Kind, v.Object);
                }
                if (def == typeof(IList<>))
                {
                    var v = Element(args[0]);
                    return v.Kind == ValueKind.None ? default : (ValueKind.List, v.Kind, v.Object);
                }
            }
            return default;
        }

        private static (ValueKind Kind, Type? Object) Element(Type t)
        {
            var scalar = Scalar(t);
            return (scalar, scalar == ValueKind.Object ? t : null);
        }

        private static ValueKind Scalar(Type t)
        {
            var u = Nullable.GetUnderlyingType(t) ?? t;
            if (u == typeof(string)) return ValueKind.String;
            if (u == typeof(bool)) return ValueKind.Bool;
            if (u == typeof(int)) return ValueKind.Int32;
            if (u == typeof(long)) return ValueKind.Int64;
            if (u == typeof(double)) return ValueKind.Double;
            if (u == typeof(DateTime)) return ValueKind.DateTime;
            if (u == typeof(byte[])) return ValueKind.Bytes;
            if (u == typeof(object)) return ValueKind.Any;
            if (u.Namespace == "k8s.Models" && u.Name == "IntOrString") return ValueKind.IntOrString;
            if (u.Namespace == "k8s.Models" && u.Name == "ResourceQuantity") return ValueKind.Quantity;
            if (u.Namespace == "k8s.Models" && u.IsClass) return ValueKind.Object;
            return ValueKind.None;
        }

        private static string? ConstOf(Type t, string name) =>
            t.GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;

        private static Type? Resolve(Type t, string path, Dictionary<Type, List<(PropertyInfo Property, string Json, ValueKind Kind, ValueKind Element, Type? Object)>> fieldsOf)
        {
            Type? current = t;
            foreach (var segment in path.Split('.'))
            {
                if (current is null || !fieldsOf.TryGetValue(current, out var fields)) return null;
                var f = fields.FirstOrDefault(x => x.Json == segment);
                current = f.Kind == ValueKind.Object ? f.Object : null;
            }
            return current;
        }
    }
}

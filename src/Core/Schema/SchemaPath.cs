using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Schema
{
    /// <summary>What one step of a field path selects.</summary>
    public enum PathSegmentKind
    {
        /// <summary>A field of an object (<c>.hostNetwork</c>).</summary>
        Field,

        /// <summary>An item of a list (<c>[0]</c>).</summary>
        Index,

        /// <summary>An entry of a map (<c>['kubernetes.io/os']</c>, or <c>.app</c> after a map field).</summary>
        Key,
    }

    /// <summary>One step of a field path. A bare <c>.name</c> parses as a field; resolution turns it into a key after a map field.</summary>
    public readonly struct PathSegment : IEquatable<PathSegment>
    {
        private PathSegment(PathSegmentKind kind, string name, int index)
        {
            Kind = kind;
            Name = name;
            Index = index;
        }

        public static PathSegment Field(string name) => new PathSegment(PathSegmentKind.Field, name, -1);

        public static PathSegment Item(int index) => new PathSegment(PathSegmentKind.Index, "", index);

        public static PathSegment Key(string key) => new PathSegment(PathSegmentKind.Key, key, -1);

        public PathSegmentKind Kind { get; }

        /// <summary>The field name or the map key; empty for an index.</summary>
        public string Name { get; }

        /// <summary>The list index; -1 for a field or a key.</summary>
        public int Index { get; }

        public bool Equals(PathSegment other) => Kind == other.Kind && Index == other.Index && string.Equals(Name, other.Name, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is PathSegment s && Equals(s);

        public override int GetHashCode() => unchecked(((int)Kind * 397) ^ Index ^ StringComparer.Ordinal.GetHashCode(Name ?? ""));

        /// <summary>The segment as the canonical path writes it (a field without its leading dot).</summary>
        public override string ToString()
        {
            var sb = new StringBuilder();
            SchemaPath.AppendSegment(sb, this, first: true);
            return sb.ToString();
        }
    }

    /// <summary>Why a path was refused; <see cref="PathError.Message"/> says it in words.</summary>
    public enum PathErrorKind
    {
        Syntax,
        UnknownField,
        IndexOnNonList,
        KeyOnNonMap,
        ListNeedsIndex,

        /// <summary>The path stops at a list item that is an object: its fields are set one by one.</summary>
        EndsAtObject,
        PastScalar,
        Modeled,
        ReadOnly,
        NotDescribed,
    }

    /// <summary>A refused path: where it went wrong (the part that resolved, the bad segment), the names allowed there and a near match.</summary>
    public sealed class PathError
    {
        public PathError(PathErrorKind kind, string message, string resolvedPrefix, string badSegment, EquatableArray<string> allowed, string? suggestion)
        {
            Kind = kind;
            Message = message;
            ResolvedPrefix = resolvedPrefix;
            BadSegment = badSegment;
            Allowed = allowed;
            Suggestion = suggestion;
        }

        public PathErrorKind Kind { get; }

        /// <summary>The whole sentence, naming the field path so far, the bad segment and what is allowed.</summary>
        public string Message { get; }

        /// <summary>The canonical path of what resolved before the bad segment (empty at the start).</summary>
        public string ResolvedPrefix { get; }

        public string BadSegment { get; }

        /// <summary>The names that may follow <see cref="ResolvedPrefix"/> (the fields of its type), when that is the question.</summary>
        public EquatableArray<string> Allowed { get; }

        /// <summary>The allowed name nearest to the bad one by edit distance, or null.</summary>
        public string? Suggestion { get; }

        public override string ToString() => Message;
    }

    /// <summary>What the last segment of a resolved path addresses, and so which values it takes.</summary>
    public enum LeafShape
    {
        /// <summary>A scalar field: one value of <see cref="ResolvedPath.ValueKind"/>.</summary>
        Scalar,

        /// <summary><c>list[3]</c> of a list of scalars: one value.</summary>
        ListItem,

        /// <summary><c>map['key']</c> of a map of scalars: one value.</summary>
        MapValue,

        /// <summary>A whole list: an array of scalars (for a list of scalars) or an empty array.</summary>
        WholeList,

        /// <summary>A whole map: only <c>"{}"</c>; entries are set one key at a time.</summary>
        WholeMap,

        /// <summary>A whole object: only <c>"{}"</c> (e.g. <c>emptyDir: {}</c>); fields are set one by one.</summary>
        WholeObject,
    }

    /// <summary>A path that resolved to a settable place in the schema.</summary>
    public sealed class ResolvedPath
    {
        public ResolvedPath(string path, EquatableArray<PathSegment> segments, string ownerType, FieldDescriptor field, LeafShape shape)
        {
            Path = path;
            Segments = segments;
            OwnerType = ownerType;
            Field = field;
            Shape = shape;
        }

        /// <summary>The canonical text: fields dotted, indices <c>[N]</c>, map keys <c>['key']</c> (a quote doubled).</summary>
        public string Path { get; }

        public EquatableArray<PathSegment> Segments { get; }

        /// <summary>The Kubernetes type that holds <see cref="Field"/> (<c>PodSpec</c>).</summary>
        public string OwnerType { get; }

        /// <summary>The last field on the path (for <c>add[0]</c> or <c>matchLabels['app']</c>: the list or map field).</summary>
        public FieldDescriptor Field { get; }

        public LeafShape Shape { get; }

        /// <summary>The kind a value must have: the field's kind, or its element kind for an item or a map value.</summary>
        public FieldKind ValueKind =>
            Shape == LeafShape.ListItem || Shape == LeafShape.MapValue || Shape == LeafShape.WholeList ? Field.ElementKind : Field.Kind;

        public EnumTable? Allowed => Field.Allowed;

        public string? ObjectType => Field.ObjectType;
    }

    /// <summary>The outcome of a resolution: exactly one of <see cref="Value"/> and <see cref="Error"/>.</summary>
    public readonly struct PathResult
    {
        public PathResult(ResolvedPath? value, PathError? error)
        {
            Value = value;
            Error = error;
        }

        public ResolvedPath? Value { get; }
        public PathError? Error { get; }
        public bool Ok => Value is not null;
    }

    /// <summary>Knobs of a resolution.</summary>
    public sealed class SchemaPathOptions
    {
        public static readonly SchemaPathOptions Default = new SchemaPathOptions();

        /// <summary>Refuse a path that ends at a field ProbeGen's attributes model (true for [Set]; false to only check the shape).</summary>
        public bool RefuseModeled { get; set; } = true;

        /// <summary>
        /// The attribute that models a field, for the message (<c>(PodSpec, restartPolicy)</c> → <c>[RestartPolicy(…)]</c>);
        /// null, or returning null, gives the generic advice. The mapping layer supplies it.
        /// </summary>
        public Func<string, string, string?>? AttributeFor { get; set; }
    }

    /// <summary>
    /// Field paths of the escape hatch, read against the generated descriptors: parse (<c>a.b[0].c['k.e/y']</c>),
    /// resolve from a starting type to a settable leaf, or say exactly why not. Never throws.
    /// </summary>
    public static class SchemaPath
    {
        /// <summary>Longest path text read: far above any real path (a 253+63-character key included).</summary>
        public const int MaxLength = 4096;

        /// <summary>Largest list index: far above any real list, and a bound for what a gap check must consider.</summary>
        public const int MaxIndex = 99_999;

        // Fields the API server writes: a manifest that sets them is either ignored or refused.
        private static readonly string[] ReadOnlyMetaFields =
        {
            "creationTimestamp", "deletionGracePeriodSeconds", "deletionTimestamp", "generation", "managedFields", "resourceVersion", "selfLink", "uid",
        };

        /// <summary>Splits the text into segments, or says where it is not a path.</summary>
        public static bool TryParse(string? path, out EquatableArray<PathSegment> segments, out PathError? error)
        {
            segments = default;
            error = null;
            if (path is null || path.Length == 0)
            {
                error = Syntax(path ?? "", "the path is empty", 0);
                return false;
            }
            if (path.Length > MaxLength)
            {
                error = Syntax(path, "the path is " + path.Length.ToString(CultureInfo.InvariantCulture) + " characters long, more than " + MaxLength.ToString(CultureInfo.InvariantCulture), MaxLength);
                return false;
            }
            var list = new List<PathSegment>();
            int i = 0;
            bool expectName = true;
            while (i < path.Length)
            {
                char c = path[i];
                if (expectName)
                {
                    int start = i;
                    while (i < path.Length && IsNameChar(path[i])) i++;
                    if (i == start)
                    {
                        error = Syntax(path, "a field name is expected", start);
                        return false;
                    }
                    list.Add(PathSegment.Field(path.Substring(start, i - start)));
                    expectName = false;
                    continue;
                }
                if (c == '.')
                {
                    i++;
                    if (i == path.Length)
                    {
                        error = Syntax(path, "a field name is expected after '.'", i);
                        return false;
                    }
                    expectName = true;
                    continue;
                }
                if (c == '[')
                {
                    i++;
                    if (i < path.Length && path[i] == '\'')
                    {
                        i++;
                        var key = new StringBuilder();
                        bool closed = false;
                        while (i < path.Length)
                        {
                            if (path[i] == '\'')
                            {
                                if (i + 1 < path.Length && path[i + 1] == '\'')
                                {
                                    key.Append('\'');
                                    i += 2;
                                    continue;
                                }
                                closed = true;
                                i++;
                                break;
                            }
                            key.Append(path[i]);
                            i++;
                        }
                        if (!closed)
                        {
                            error = Syntax(path, "the quoted key has no closing ' (write a quote inside a key as '')", i);
                            return false;
                        }
                        if (i >= path.Length || path[i] != ']')
                        {
                            error = Syntax(path, "']' is expected after the quoted key", i);
                            return false;
                        }
                        i++;
                        list.Add(PathSegment.Key(key.ToString()));
                        continue;
                    }
                    int digits = i;
                    while (i < path.Length && path[i] >= '0' && path[i] <= '9') i++;
                    if (i == digits || i >= path.Length || path[i] != ']')
                    {
                        error = Syntax(path, "an index [N] or a quoted key ['key'] is expected", digits);
                        return false;
                    }
                    string number = path.Substring(digits, i - digits);
                    if (number.Length > 1 && number[0] == '0')
                    {
                        error = Syntax(path, "an index has no leading zeros", digits);
                        return false;
                    }
                    if (number.Length > 5 || int.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture) > MaxIndex)
                    {
                        error = Syntax(path, "the index " + number + " is above the largest, " + MaxIndex.ToString(CultureInfo.InvariantCulture), digits);
                        return false;
                    }
                    i++;
                    list.Add(PathSegment.Item(int.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture)));
                    continue;
                }
                error = Syntax(path, "'.', '[N]' or '['key']' is expected, not " + Describe(c), i);
                return false;
            }
            segments = EquatableArray.From(list);
            return true;
        }

        /// <summary>The canonical text of segments: <c>a.b[0]['k']</c>. Equal places have equal text.</summary>
        public static string Format(IReadOnlyList<PathSegment> segments)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < segments.Count; i++) AppendSegment(sb, segments[i], i == 0);
            return sb.ToString();
        }

        internal static void AppendSegment(StringBuilder sb, PathSegment s, bool first)
        {
            switch (s.Kind)
            {
                case PathSegmentKind.Field:
                    if (!first) sb.Append('.');
                    sb.Append(s.Name);
                    break;
                case PathSegmentKind.Index:
                    sb.Append('[').Append(s.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                    break;
                default:
                    sb.Append("['").Append(s.Name.Replace("'", "''")).Append("']");
                    break;
            }
        }

        /// <summary><paramref name="prefix"/> then <paramref name="relative"/> (both canonical): a container's path anchored in the manifest.</summary>
        public static string Join(string prefix, string relative) =>
            prefix.Length == 0 ? relative : relative.Length == 0 ? prefix : relative[0] == '[' ? prefix + relative : prefix + "." + relative;

        /// <summary>The type a path starts from on a workload class: the manifest's root type of that kind.</summary>
        public static TypeDescriptor RootOf(KindDescriptor kind) => SchemaIndex.Find(kind.RootType) ?? PodSchema.Descriptor;

        /// <summary>Resolves <paramref name="path"/> from <paramref name="start"/> (a manifest root, or <c>Container</c> for a container class).</summary>
        public static PathResult Resolve(TypeDescriptor start, string? path, SchemaPathOptions? options = null)
        {
            options ??= SchemaPathOptions.Default;
            if (!TryParse(path, out var parsed, out var syntax)) return new PathResult(null, syntax);
            return Resolve(start, parsed, options);
        }

        /// <summary>Resolves parsed segments (see the string overload).</summary>
        public static PathResult Resolve(TypeDescriptor start, EquatableArray<PathSegment> parsed, SchemaPathOptions? options = null)
        {
            options ??= SchemaPathOptions.Default;
            var segments = new List<PathSegment>(parsed.Count);
            TypeDescriptor type = start;
            if (parsed.Count == 0) return new PathResult(null, Syntax("", "the path is empty", 0));
            int i = 0;
            // Modeled territory ends at the first field no attribute models: below it (lifecycle.preStop.exec.command) a field of a shared type is unmodeled too.
            bool throughModeled = true;
            while (true)
            {
                // At an object: the segment must name one of its fields.
                var seg = parsed[i];
                string here = Format(segments);
                if (seg.Kind != PathSegmentKind.Field)
                {
                    return Fail(seg.Kind == PathSegmentKind.Index ? PathErrorKind.IndexOnNonList : PathErrorKind.KeyOnNonMap,
                        Where(here, type) + " is an object, not a " + (seg.Kind == PathSegmentKind.Index ? "list" : "map") + ": " + Quote(seg.ToString())
                        + " cannot select in it; its fields are " + FieldList(type), here, seg.ToString(), type, null);
                }
                var field = type.Field(seg.Name);
                if (field is null)
                {
                    string? near = Nearest(seg.Name, type);
                    return Fail(PathErrorKind.UnknownField,
                        "unknown field " + Quote(seg.Name) + " in " + Where(here, type) + (near is null ? "." : "; did you mean " + Quote(near) + "?")
                        + " Its fields are " + FieldList(type), here, seg.Name, type, near);
                }
                segments.Add(seg);
                throughModeled = throughModeled && field.Modeled;
                string fieldPath = Format(segments);
                if (IsReadOnly(type, field))
                {
                    return Fail(PathErrorKind.ReadOnly, fieldPath + " is written by the API server (read-only): a manifest does not set it",
                        here, seg.Name, null, null);
                }
                bool last = i == parsed.Count - 1;
                switch (field.Kind)
                {
                    case FieldKind.Object:
                    {
                        var inner = ObjectTypeOf(type, field);
                        if (inner is null)
                        {
                            return Fail(PathErrorKind.NotDescribed, fieldPath + " (" + field.ObjectType + ") is not described by ProbeGen's schema: it cannot be set",
                                here, seg.Name, null, null);
                        }
                        if (last)
                        {
                            if (options.RefuseModeled && throughModeled) return Modeled(fieldPath, type, field, options);
                            return Ok(segments, type, field, LeafShape.WholeObject);
                        }
                        type = inner;
                        i++;
                        continue;
                    }
                    case FieldKind.List:
                    {
                        if (last)
                        {
                            if (options.RefuseModeled && throughModeled) return Modeled(fieldPath, type, field, options);
                            return Ok(segments, type, field, LeafShape.WholeList);
                        }
                        var next = parsed[i + 1];
                        if (next.Kind != PathSegmentKind.Index)
                        {
                            return Fail(PathErrorKind.ListNeedsIndex, fieldPath + " is a list of " + ElementName(field) + ": select an item with an index, as "
                                + field.JsonName + "[0]" + (next.Kind == PathSegmentKind.Field ? "." + next.Name : ""),
                                fieldPath, next.ToString(), null, null);
                        }
                        segments.Add(next);
                        string itemPath = Format(segments);
                        if (field.ElementKind == FieldKind.Object)
                        {
                            var inner = ObjectTypeOf(type, field);
                            if (inner is null)
                            {
                                return Fail(PathErrorKind.NotDescribed, itemPath + " (" + field.ObjectType + ") is not described by ProbeGen's schema: it cannot be set",
                                    fieldPath, next.ToString(), null, null);
                            }
                            if (i + 1 == parsed.Count - 1)
                            {
                                return Fail(PathErrorKind.EndsAtObject, itemPath + " is an object (" + inner.Name + "): set its fields one by one, as "
                                    + itemPath + "." + (inner.Fields.Count > 0 ? inner.Fields[0].JsonName : "field") + "; its fields are " + FieldList(inner),
                                    itemPath, "", inner, null);
                            }
                            type = inner;
                            i += 2;
                            continue;
                        }
                        if (i + 1 == parsed.Count - 1)
                        {
                            if (options.RefuseModeled && throughModeled) return Modeled(itemPath, type, field, options);
                            return Ok(segments, type, field, LeafShape.ListItem);
                        }
                        var after = parsed[i + 2];
                        return Fail(PathErrorKind.PastScalar, itemPath + " is " + KindName(field.ElementKind) + ": nothing can be selected in it (" + Quote(after.ToString()) + ")",
                            itemPath, after.ToString(), null, null);
                    }
                    case FieldKind.Map:
                    {
                        if (last)
                        {
                            if (options.RefuseModeled && throughModeled) return Modeled(fieldPath, type, field, options);
                            return Ok(segments, type, field, LeafShape.WholeMap);
                        }
                        var next = parsed[i + 1];
                        if (next.Kind == PathSegmentKind.Index)
                        {
                            return Fail(PathErrorKind.IndexOnNonList, fieldPath + " is a map, not a list: select an entry by its key, as " + field.JsonName + "['key']",
                                fieldPath, next.ToString(), null, null);
                        }
                        var key = PathSegment.Key(next.Name);
                        segments.Add(key);
                        string entryPath = Format(segments);
                        if (i + 1 == parsed.Count - 1)
                        {
                            if (options.RefuseModeled && throughModeled) return Modeled(fieldPath, type, field, options);
                            return Ok(segments, type, field, LeafShape.MapValue);
                        }
                        var after = parsed[i + 2];
                        return Fail(PathErrorKind.PastScalar, entryPath + " is " + KindName(field.ElementKind) + ": nothing can be selected in it (" + Quote(after.ToString()) + ")",
                            entryPath, after.ToString(), null, null);
                    }
                    default:
                    {
                        if (!last)
                        {
                            var next = parsed[i + 1];
                            var kind = next.Kind == PathSegmentKind.Index ? PathErrorKind.IndexOnNonList
                                : next.Kind == PathSegmentKind.Key ? PathErrorKind.KeyOnNonMap : PathErrorKind.PastScalar;
                            return Fail(kind, fieldPath + " is " + KindName(field.Kind) + ", not " + (kind == PathErrorKind.IndexOnNonList ? "a list" : kind == PathErrorKind.KeyOnNonMap ? "a map" : "an object")
                                + ": nothing can be selected in it (" + Quote(next.ToString()) + ")", fieldPath, next.ToString(), null, null);
                        }
                        if (options.RefuseModeled && throughModeled) return Modeled(fieldPath, type, field, options);
                        return Ok(segments, type, field, LeafShape.Scalar);
                    }
                }
            }
        }

        /// <summary>The object type of a field, with the views the model uses (a pod template's metadata is TemplateMeta).</summary>
        internal static TypeDescriptor? ObjectTypeOf(TypeDescriptor owner, FieldDescriptor field)
        {
            if (field.ObjectType is null) return null;
            if (owner.Name == "PodTemplateSpec" && field.JsonName == "metadata") return TemplateMetaSchema.Descriptor;
            return SchemaIndex.Find(field.ObjectType);
        }

        private static bool IsReadOnly(TypeDescriptor owner, FieldDescriptor field)
        {
            if (field.JsonName == "status" && field.Kind == FieldKind.Object && field.ObjectType is { } t && t.EndsWith("Status", StringComparison.Ordinal)) return true;
            return owner.ClrName == "V1ObjectMeta" && Array.IndexOf(ReadOnlyMetaFields, field.JsonName) >= 0;
        }

        private static PathResult Modeled(string fieldPath, TypeDescriptor owner, FieldDescriptor field, SchemaPathOptions options)
        {
            string? attribute = options.AttributeFor?.Invoke(owner.Name, field.JsonName);
            string advice = attribute is null ? "set it with the attribute that models it, not with [Set]" : "use " + attribute + " instead of [Set]";
            return Fail(PathErrorKind.Modeled, fieldPath + " (" + owner.Name + "." + field.JsonName + ") is modeled by ProbeGen's attributes: " + advice,
                fieldPath, field.JsonName, null, null);
        }

        private static PathResult Ok(List<PathSegment> segments, TypeDescriptor owner, FieldDescriptor field, LeafShape shape) =>
            new PathResult(new ResolvedPath(Format(segments), EquatableArray.From(segments), owner.Name, field, shape), null);

        private static PathResult Fail(PathErrorKind kind, string message, string prefix, string bad, TypeDescriptor? allowedFrom, string? near)
        {
            var allowed = allowedFrom is null ? EquatableArray<string>.Empty : FieldNames(allowedFrom);
            return new PathResult(null, new PathError(kind, message, prefix, bad, allowed, near));
        }

        private static PathError Syntax(string path, string reason, int at) =>
            new PathError(PathErrorKind.Syntax, "the path " + Excerpt(path) + " is not a field path: " + reason + " at character "
                + (at + 1).ToString(CultureInfo.InvariantCulture) + " (write fields with '.', list items [N], map keys ['key'])", "", "", EquatableArray<string>.Empty, null);

        private static string Excerpt(string path) => Quote(path.Length <= 80 ? path : path.Substring(0, char.IsHighSurrogate(path[79]) ? 79 : 80) + "…");

        private static string Describe(char c) =>
            c < 0x20 || c == 0x7F || char.IsWhiteSpace(c) || char.IsSurrogate(c)
                ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                : "'" + c + "'";

        // Field names are ASCII letters and digits; a bare key after a map field may also use '-', '_', '/', ':' …
        private static bool IsNameChar(char c) =>
            c > ' ' && c < 0x7F && c != '.' && c != '[' && c != ']' && c != '\'' && c != '"';

        private static string Where(string here, TypeDescriptor type) => here.Length == 0 ? "the top of " + type.Name : here + " (" + type.Name + ")";

        private static string Quote(string s) => ProbeGen.Core.Validation.K8sText.Quote(s);

        private static EquatableArray<string> FieldNames(TypeDescriptor type)
        {
            var names = new string[type.Fields.Count];
            for (int k = 0; k < names.Length; k++) names[k] = type.Fields[k].JsonName;
            return new EquatableArray<string>(names);
        }

        private static string FieldList(TypeDescriptor type)
        {
            var sb = new StringBuilder();
            for (int k = 0; k < type.Fields.Count; k++)
            {
                if (k > 0) sb.Append(", ");
                sb.Append(type.Fields[k].JsonName);
            }
            return sb.ToString();
        }

        private static string ElementName(FieldDescriptor field) =>
            field.ElementKind == FieldKind.Object ? (field.ObjectType ?? "objects") : KindName(field.ElementKind) + " items";

        internal static string KindName(FieldKind kind) => kind switch
        {
            FieldKind.String => "a string",
            FieldKind.Bool => "a boolean",
            FieldKind.Int32 => "an integer (int32)",
            FieldKind.Int64 => "an integer (int64)",
            FieldKind.Double => "a number",
            FieldKind.IntOrString => "an integer or a string",
            FieldKind.Quantity => "a quantity",
            FieldKind.DateTime => "a date-time",
            FieldKind.Bytes => "base64 bytes",
            FieldKind.Any => "free-form JSON",
            FieldKind.Map => "a map",
            FieldKind.List => "a list",
            FieldKind.Object => "an object",
            _ => "a value",
        };

        /// <summary>The field of <paramref name="type"/> nearest to <paramref name="name"/>: same letters ignoring case, else at most a third of its length in edits.</summary>
        internal static string? Nearest(string name, TypeDescriptor type)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (var f in type.Fields)
            {
                if (string.Equals(f.JsonName, name, StringComparison.OrdinalIgnoreCase)) return f.JsonName;
                int d = EditDistance(name.ToLowerInvariant(), f.JsonName.ToLowerInvariant(), bestDistance);
                if (d < bestDistance)
                {
                    bestDistance = d;
                    best = f.JsonName;
                }
            }
            int limit = Math.Max(2, name.Length / 3);
            return bestDistance <= limit ? best : null;
        }

        /// <summary>Optimal string alignment distance (a swap of neighbours counts one), stopping early past <paramref name="cap"/>.</summary>
        internal static int EditDistance(string a, string b, int cap = int.MaxValue)
        {
            if (Math.Abs(a.Length - b.Length) >= cap) return cap;
            if (a.Length > 256 || b.Length > 256) return int.MaxValue; // no name is that long: no suggestion, no quadratic cost
            var prev2 = new int[b.Length + 1];
            var prev = new int[b.Length + 1];
            var cur = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++) prev[j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                cur[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    int v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                    cur[j] = v;
                }
                var t = prev2;
                prev2 = prev;
                prev = cur;
                cur = t;
            }
            return prev[b.Length];
        }
    }
}

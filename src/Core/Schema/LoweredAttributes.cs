using System;
using System.Collections.Generic;
using System.Text;

namespace ProbeGen.Core.Schema
{
    /// <summary>Where a lowered attribute's paths start: the pod spec (on the workload class) or its container (on the container's class).</summary>
    public enum LoweredScope
    {
        PodSpec,
        Container,
        /// <summary>The top of the manifest (<c>spec.strategy</c>); resolved against the workload's own kind, so a Job's [DeploymentStrategy] is PG0040.</summary>
        Workload,
    }

    /// <summary>The C# type of a lowered attribute's property, as the reader and the import emitter handle it.</summary>
    public enum LoweredValue
    {
        String,
        Bool,
        Int,
        Long,
        StringArray,
        LongArray,
        /// <summary>A file mode: an octal string in C# (<c>"0644"</c>; C# has no octal literal), its number in the manifest (420).</summary>
        OctalMode,
        /// <summary>A C# string for an int-or-string field: digits are written as the integer (<c>"0"</c> → <c>0</c>), anything else as the string (<c>"25%"</c>).</summary>
        IntOrString,
        /// <summary>A ProbeGen enum whose members map to the field's Kubernetes strings through <see cref="LoweredProperty.Enum"/>.</summary>
        Enum,
    }

    /// <summary>
    /// One property (or constructor argument) of a lowered attribute and the field it sets, relative to the attribute's
    /// base (its object, or its list item). Built from the generated descriptors, so a misspelt field does not compile.
    /// </summary>
    public sealed class LoweredProperty
    {
        public LoweredProperty(string name, int ctorIndex, string path, LoweredValue value, EnumTable? @enum)
        {
            Name = name;
            CtorIndex = ctorIndex;
            Path = path;
            Value = value;
            Enum = @enum;
        }

        /// <summary>The C# property name (<c>RunAsUser</c>), or the constructor parameter's name.</summary>
        public string Name { get; }

        /// <summary>The constructor argument's index; -1 for a named property.</summary>
        public int CtorIndex { get; }

        /// <summary>The field path relative to the attribute's base (<c>capabilities.add</c>).</summary>
        public string Path { get; }

        public LoweredValue Value { get; }

        /// <summary>For <see cref="LoweredValue.Enum"/>: the one enum ↔ string table (member i is the C# enum's value i).</summary>
        public EnumTable? Enum { get; }
    }

    /// <summary>
    /// A first-class attribute for a long-tail object that lowers to the same <see cref="FieldSetting"/>s a
    /// <c>[Set(path, value)]</c> would give: the model, the YAML writer, the rules and lint are unchanged. The table is
    /// written once (LoweredAttributes.*.cs) and read by the generator's parser (both pipelines), PG0044's advice for a
    /// [Set] on one of its paths, and <c>probegen import</c>.
    /// </summary>
    public sealed class LoweredAttribute
    {
        public LoweredAttribute(string name, LoweredScope scope, string basePath, bool isListItem, LoweredProperty[] properties, string[]? presence = null, int ctorArity = -1, KindDescriptor? kind = null, bool writtenWithoutArguments = false)
        {
            Name = name;
            WrittenWithoutArguments = writtenWithoutArguments;
            CtorArity = ctorArity;
            Kind = kind;
            Scope = scope;
            BasePath = basePath;
            IsListItem = isListItem;
            Properties = properties;
            Presence = presence ?? Array.Empty<string>();
        }

        /// <summary>The attribute's class name (<c>SecurityContextAttribute</c>).</summary>
        public string Name { get; }

        /// <summary>As the user writes it (<c>SecurityContext</c>).</summary>
        public string ShortName => Name.EndsWith("Attribute", StringComparison.Ordinal) ? Name.Substring(0, Name.Length - 9) : Name;

        public LoweredScope Scope { get; }

        /// <summary>
        /// For <see cref="LoweredScope.Workload"/>: the one kind whose manifest it writes ([StatefulSetUpdateStrategy] on a
        /// StatefulSet); a StatefulSet and a DaemonSet both have <c>spec.updateStrategy</c>, so the path alone cannot tell.
        /// </summary>
        public KindDescriptor? Kind { get; }

        /// <summary>The object it writes (<c>securityContext</c>), or the list one item of which it writes (<c>volumes</c>), relative to the scope.</summary>
        public string BasePath { get; }

        /// <summary>Repeatable: each application is the next item of the list at <see cref="BasePath"/>, in source order.</summary>
        public bool IsListItem { get; }

        public IReadOnlyList<LoweredProperty> Properties { get; }

        /// <summary>
        /// Whether an application of this object attribute with no argument still writes its object, as <c>{}</c>: a
        /// lifecycle hook (<c>[PreStop]</c>) with no handler is invalid Kubernetes, so it is written for the rules to judge
        /// (PG1321 at the attribute) rather than dropped. False where no argument means "nothing to write"
        /// (<c>[SecurityContext]</c>, <c>[PodSpec]</c>); a list item is always written (<c>[Toleration]</c>), and an empty
        /// object that is valid and means something (<c>emptyDir: {}</c>) is a <see cref="Presence"/> path.
        /// </summary>
        public bool WrittenWithoutArguments { get; }

        /// <summary>Paths relative to the base written as <c>{}</c> when no property under them is written (<c>emptyDir</c>); most attributes have none.</summary>
        public IReadOnlyList<string> Presence { get; }

        /// <summary>
        /// -1 when the attribute has one constructor. Otherwise the number of arguments of the constructor this table
        /// describes (<c>[EnvFromSecret(secretName)]</c>: 1): an application of another constructor (the obsolete
        /// <c>[EnvFromSecret(name, secretName, key)]</c>) is not this table's, and is read by hand.
        /// </summary>
        public int CtorArity { get; }

        /// <summary>Whether an application with <paramref name="ctorArguments"/> constructor arguments is this table's (any, for an attribute with one constructor).</summary>
        public bool Describes(int ctorArguments) => CtorArity < 0 || ctorArguments == CtorArity;

        /// <summary>The schema type the scope starts at.</summary>
        public TypeDescriptor Start => Scope switch
        {
            LoweredScope.PodSpec => PodSpecSchema.Descriptor,
            LoweredScope.Container => ContainerSchema.Descriptor,
            _ => Kind is { } kind ? SchemaPath.RootOf(kind) : DeploymentSchema.Descriptor,
        };

        /// <summary>Whether it may stand on a class whose manifest starts at <paramref name="root"/> (its kind's root type); every non-workload attribute may.</summary>
        public bool AppliesTo(TypeDescriptor root) => Scope != LoweredScope.Workload || ReferenceEquals(Start, root);

        /// <summary>The base of item <paramref name="index"/> (ignored for an object) relative to the scope.</summary>
        public string ItemPath(int index) => IsListItem ? BasePath + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]" : BasePath;

        /// <summary>The property at a path relative to the attribute's base, or null.</summary>
        public LoweredProperty? PropertyAt(string relative)
        {
            foreach (var p in Properties) if (p.Path == relative) return p;
            return null;
        }
    }

    /// <summary>Builds a lowered attribute's rows from generated descriptors (the path is their JSON names, joined).</summary>
    public static class Lowered
    {
        /// <summary>The relative path through <paramref name="fields"/> (<c>capabilities.add</c>).</summary>
        public static string PathOf(params FieldDescriptor[] fields)
        {
            var sb = new StringBuilder();
            foreach (var f in fields)
            {
                if (sb.Length > 0) sb.Append('.');
                sb.Append(f.JsonName);
            }
            return sb.ToString();
        }

        /// <summary>A named property writing the last field of <paramref name="fields"/>; its C# type follows the field's kind.</summary>
        public static LoweredProperty Property(string name, params FieldDescriptor[] fields) => new LoweredProperty(name, -1, PathOf(fields), ValueOf(fields[fields.Length - 1]), fields[fields.Length - 1].Allowed);

        /// <summary>A constructor argument writing the last field of <paramref name="fields"/>.</summary>
        public static LoweredProperty Ctor(int index, string name, params FieldDescriptor[] fields) => new LoweredProperty(name, index, PathOf(fields), ValueOf(fields[fields.Length - 1]), fields[fields.Length - 1].Allowed);

        /// <summary>The C# type a field takes: an enum for an enum string, an array for a list of scalars.</summary>
        public static LoweredValue ValueOf(FieldDescriptor field) => field.Kind switch
        {
            FieldKind.Bool => LoweredValue.Bool,
            FieldKind.Int32 => LoweredValue.Int,
            FieldKind.Int64 => LoweredValue.Long,
            FieldKind.IntOrString => LoweredValue.IntOrString,
            FieldKind.List when field.ElementKind == FieldKind.Int64 || field.ElementKind == FieldKind.Int32 => LoweredValue.LongArray,
            FieldKind.List => LoweredValue.StringArray,
            _ => field.Allowed is not null ? LoweredValue.Enum : LoweredValue.String,
        };
    }

    /// <summary>Every lowered attribute: each lane adds its own file (LoweredAttributes.Security.cs, LoweredAttributes.Volumes.cs …).</summary>
    public static partial class LoweredAttributes
    {
        // Built on first use: the tables are static fields of other files of this partial class, whose initialisation order is the compiler's.
        private static LoweredAttribute[]? _all;

        private static LoweredAttribute[] AllAttributes => _all ??= Build();

        public static IReadOnlyList<LoweredAttribute> All => AllAttributes;

        // One hook per file, so each lane's table is its own file (a missing implementation compiles to nothing).
        static partial void AddSecurity(List<LoweredAttribute> all);
        static partial void AddVolumes(List<LoweredAttribute> all);
        static partial void AddMore(List<LoweredAttribute> all);
        static partial void AddEnv(List<LoweredAttribute> all);
        static partial void AddPod(List<LoweredAttribute> all);
        static partial void AddAffinity(List<LoweredAttribute> all);

        private static LoweredAttribute[] Build()
        {
            var all = new List<LoweredAttribute>();
            AddSecurity(all);
            AddVolumes(all);
            AddMore(all);
            AddEnv(all);
            AddPod(all);
            AddAffinity(all);
            all.Sort(static (x, y) => string.CompareOrdinal(x.Name, y.Name));
            return all.ToArray();
        }

        /// <summary>The lowered attribute of this class name (<c>SecurityContextAttribute</c>), or null.</summary>
        public static LoweredAttribute? Find(string? name)
        {
            if (name is null) return null;
            foreach (var a in AllAttributes) if (a.Name == name) return a;
            return null;
        }

        /// <summary>
        /// The attribute and property that write <paramref name="relative"/> (a canonical path relative to the scope), or
        /// null; never a list-item attribute, whose items a [Set] may extend. <paramref name="root"/>: for the workload
        /// scope, the root type of the class's kind (a StatefulSet's and a DaemonSet's <c>spec.updateStrategy</c> are different attributes).
        /// </summary>
        public static (LoweredAttribute Attribute, LoweredProperty Property)? Owning(LoweredScope scope, string relative, TypeDescriptor? root = null)
        {
            foreach (var a in AllAttributes)
            {
                if (a.Scope != scope || !relative.StartsWith(a.BasePath, StringComparison.Ordinal)) continue;
                if (root is not null && !a.AppliesTo(root)) continue;
                // A list item's fields stay settable: a [Set] item of a source without an attribute (nfs …) follows the
                // attribute items, and a [Set] of a field an attribute item already has is PG0043.
                if (a.IsListItem) continue;
                int at = a.BasePath.Length;
                if (at == 0) { if (a.PropertyAt(relative) is { } own) return (a, own); continue; } // the scope's own fields ([PodSpec])
                if (at >= relative.Length || relative[at] != '.') continue;
                if (a.PropertyAt(relative.Substring(at + 1)) is { } p) return (a, p);
            }
            return null;
        }

        /// <summary>How a property is written in C# (<c>[SecurityContext(RunAsUser = …)]</c>), for messages.</summary>
        public static string Advice(LoweredAttribute a, LoweredProperty p) =>
            "[" + a.ShortName + "(" + (p.CtorIndex >= 0 ? p.Name + ": …" : p.Name + " = …") + ")]";
    }
}

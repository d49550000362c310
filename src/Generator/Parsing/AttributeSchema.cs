using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ProbeGen.Generator.Parsing
{
    internal enum ArgType { String, Int, Long, Bool, StringArray, Enum, Object, LongArray }

    /// <summary>One parameter or settable property of a ProbeGen attribute; <see cref="EnumName"/> for enums, whose members are 0, 1, … in order.</summary>
    internal sealed class ArgSpec
    {
        public ArgSpec(string name, ArgType type, string? enumName = null)
        {
            Name = name;
            Type = type;
            EnumName = enumName;
        }

        public string Name { get; }
        public ArgType Type { get; }
        public string? EnumName { get; }
    }

    /// <summary>
    /// A ProbeGen attribute's constructors and its settable properties: what the syntax reader may read without binding.
    /// Several constructors have different argument counts, so the count of positional arguments picks one as the compiler would.
    /// </summary>
    internal sealed class AttributeSpec
    {
        public AttributeSpec(string name, ArgSpec[] ctor, ArgSpec[] properties, ArgSpec[][]? otherCtors = null)
        {
            Name = name;
            var ctors = new List<ArgSpec[]> { ctor };
            if (otherCtors is not null) ctors.AddRange(otherCtors);
            Ctors = ctors.ToArray();
            Properties = new Dictionary<string, ArgSpec>(System.StringComparer.Ordinal);
            foreach (var p in properties) Properties[p.Name] = p;
        }

        public string Name { get; }

        /// <summary>Every public constructor's parameters, fewest first; no two of the same count.</summary>
        public ArgSpec[][] Ctors { get; }

        /// <summary>The constructor taking <paramref name="count"/> arguments, or null.</summary>
        public ArgSpec[]? CtorWith(int count)
        {
            foreach (var c in Ctors) if (c.Length == count) return c;
            return null;
        }
        public Dictionary<string, ArgSpec> Properties { get; }
    }

    /// <summary>
    /// ProbeGen's attributes and enums as the syntax reader knows them (AttributeSchema.g.cs, written by eng/SchemaGen from src/Abstractions). <see cref="Matches"/> checks
    /// the table against the referenced ProbeGen.dll on every compilation, so a different version is read by binding.
    /// </summary>
    internal static partial class AttributeSchema
    {
        // In this order, in this file: the lookup names are built from the two tables (the tables are written by eng/SchemaGen).
        public static readonly Dictionary<string, string[]> Enums = GeneratedEnums();

        public static readonly Dictionary<string, AttributeSpec> Attributes = Build();

        /// <summary>Every simple name a ProbeGen attribute or enum can be written or looked up as (<c>Pod</c>, <c>PodAttribute</c>, <c>PodAttributeAttribute</c>, <c>PullPolicy</c>).</summary>
        public static readonly HashSet<string> LookupNames = BuildLookupNames();

        private static ArgSpec S(string n) => new(n, ArgType.String);
        private static ArgSpec I(string n) => new(n, ArgType.Int);
        private static ArgSpec L(string n) => new(n, ArgType.Long);
        private static ArgSpec B(string n) => new(n, ArgType.Bool);
        private static ArgSpec A(string n) => new(n, ArgType.StringArray);
        private static ArgSpec E(string n, string e) => new(n, ArgType.Enum, e);
        private static ArgSpec O(string n) => new(n, ArgType.Object);
        private static ArgSpec LA(string n) => new(n, ArgType.LongArray);

        private static Dictionary<string, AttributeSpec> Build()
        {
            var result = new Dictionary<string, AttributeSpec>(System.StringComparer.Ordinal);
            foreach (var spec in GeneratedSpecs()) result[spec.Name] = spec;
            return result;
        }

        private static HashSet<string> BuildLookupNames()
        {
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var name in Attributes.Keys)
            {
                names.Add(name);
                names.Add(name.Substring(0, name.Length - "Attribute".Length));
                names.Add(name + "Attribute");
            }
            foreach (var e in Enums.Keys) names.Add(e);
            return names;
        }

        /// <summary>The ProbeGen attribute a written name (<c>Pod</c> or <c>PodAttribute</c>) can mean, or null.</summary>
        public static string? AttributeFor(string written)
        {
            if (Attributes.ContainsKey(written)) return written;
            string withSuffix = written + "Attribute";
            return Attributes.ContainsKey(withSuffix) ? withSuffix : null;
        }

        /// <summary>The referenced ProbeGen.dll has exactly these constructors, properties and enum values; otherwise nothing is read from syntax.</summary>
        public static bool Matches(Compilation compilation)
        {
            foreach (var spec in Attributes.Values)
            {
                if (compilation.GetTypeByMetadataName(AttributeNames.Namespace + "." + spec.Name) is not { } type) return false;
                int ctors = 0;
                foreach (var ctor in type.InstanceConstructors)
                {
                    if (ctor.DeclaredAccessibility != Accessibility.Public) continue;
                    ctors++;
                    if (spec.CtorWith(ctor.Parameters.Length) is not { } expected) return false;
                    for (int i = 0; i < expected.Length; i++)
                    {
                        var p = ctor.Parameters[i];
                        if (p.Name != expected[i].Name || p.IsOptional || p.IsParams || !IsType(p.Type, expected[i])) return false;
                    }
                }
                if (ctors != spec.Ctors.Length) return false;
                var settable = new HashSet<string>(System.StringComparer.Ordinal);
                for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
                {
                    if (t.ContainingNamespace?.ToDisplayString() == "System" && t.Name == "Attribute") break;
                    foreach (var m in t.GetMembers())
                    {
                        if (m.DeclaredAccessibility != Accessibility.Public || m.IsStatic) continue;
                        if (m is IPropertySymbol { SetMethod: { DeclaredAccessibility: Accessibility.Public } } prop)
                        {
                            if (!spec.Properties.TryGetValue(prop.Name, out var arg) || !IsType(prop.Type, arg)) return false;
                            settable.Add(prop.Name);
                        }
                        else if (m is IFieldSymbol { IsReadOnly: false, IsConst: false }) return false;
                    }
                }
                if (settable.Count != spec.Properties.Count) return false;
            }
            foreach (var e in Enums)
            {
                if (compilation.GetTypeByMetadataName(AttributeNames.Namespace + "." + e.Key) is not { TypeKind: TypeKind.Enum } type) return false;
                int count = 0;
                foreach (var m in type.GetMembers())
                {
                    if (m is not IFieldSymbol { IsConst: true } f) continue;
                    if (count >= e.Value.Length || f.Name != e.Value[count] || f.ConstantValue is not int v || v != count) return false;
                    count++;
                }
                if (count != e.Value.Length) return false;
            }
            return true;
        }

        private static bool IsType(ITypeSymbol type, ArgSpec arg) => arg.Type switch
        {
            ArgType.String => type.SpecialType == SpecialType.System_String,
            ArgType.Int => type.SpecialType == SpecialType.System_Int32,
            ArgType.Long => type.SpecialType == SpecialType.System_Int64,
            ArgType.Bool => type.SpecialType == SpecialType.System_Boolean,
            ArgType.StringArray => type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_String },
            ArgType.Object => type.SpecialType == SpecialType.System_Object,
            ArgType.LongArray => type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Int64 },
            _ => type is INamedTypeSymbol { TypeKind: TypeKind.Enum } e && e.Name == arg.EnumName && e.ContainingNamespace?.ToDisplayString() == AttributeNames.Namespace
                && e.EnumUnderlyingType?.SpecialType == SpecialType.System_Int32,
        };
    }
}

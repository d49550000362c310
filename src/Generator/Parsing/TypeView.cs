using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ProbeGen.Core.Model;

namespace ProbeGen.Generator.Parsing
{
    /// <summary>
    /// A type declaration as the parser reads it: from its symbol (the analyzers, and the generator's semantic path), or
    /// from a <see cref="RawTypeDecl"/> read from syntax (the generator's per-keystroke path). The parser's outer loops
    /// walk this, so both sources go through the same code.
    /// </summary>
    internal sealed class TypeView
    {
        private TypeView(string name, INamedTypeSymbol? symbol, RawTypeDecl? raw, TypeView? containing, IReadOnlyList<AttrView> attributes)
        {
            Name = name;
            Symbol = symbol;
            Raw = raw;
            Containing = containing;
            Attributes = attributes;
        }

        public string Name { get; }
        public INamedTypeSymbol? Symbol { get; }
        public RawTypeDecl? Raw { get; }

        /// <summary>The enclosing workload of a syntax-read nested type (symbols know their own).</summary>
        public TypeView? Containing { get; }

        /// <summary>ProbeGen's attributes (and, from a symbol, every other one, named null), in source order.</summary>
        public IReadOnlyList<AttrView> Attributes { get; }

        /// <summary>The first declaration's identifier; null when read from syntax (the generator wants no locations).</summary>
        public Location? Identifier => Symbol?.Locations.FirstOrDefault();

        public static TypeView Of(INamedTypeSymbol type) => new(type.Name, type, null, null, AttrView.Of(type.GetAttributes()));

        public static TypeView Of(RawTypeDecl raw, TypeView? containing)
        {
            var attributes = new AttrView[raw.Attributes.Count];
            for (int i = 0; i < attributes.Length; i++) attributes[i] = new AttrView(raw.Attributes[i].Name, null, raw.Attributes[i], raw.Path);
            return new TypeView(raw.Name, null, raw, containing, attributes);
        }

        /// <summary>The syntax-read nested types in the order the semantic path sorts them: their container attribute's position, else their identifier's (one file).</summary>
        public List<TypeView> RawNestedInSourceOrder()
        {
            var result = new List<TypeView>();
            if (Raw is null) return result;
            foreach (var n in Raw.Nested) result.Add(Of(n, this));
            result.Sort(static (x, y) => x.Raw!.OrderPosition.CompareTo(y.Raw!.OrderPosition));
            return result;
        }
    }

    /// <summary>One attribute application, from either source; <see cref="Name"/> is ProbeGen's class name or null.</summary>
    internal readonly struct AttrView
    {
        public AttrView(string? name, AttributeData? data, RawAttribute? raw, object? file)
        {
            Name = name;
            Data = data;
            Raw = raw;
            File = file;
        }

        public string? Name { get; }
        public AttributeData? Data { get; }
        public RawAttribute? Raw { get; }

        /// <summary>What identifies the source file: the syntax tree, or the path of a syntax-read declaration.</summary>
        public object? File { get; }

        public Args Args(ParseSession s) => Data is not null ? new Args(Data, s) : new Args(Raw!, s);

        public static AttrView[] Of(System.Collections.Immutable.ImmutableArray<AttributeData> attributes)
        {
            var result = new AttrView[attributes.Length];
            for (int i = 0; i < result.Length; i++)
            {
                var a = attributes[i];
                result[i] = new AttrView(AttributeNames.OwnName(a), a, null, a.ApplicationSyntaxReference?.SyntaxTree);
            }
            return result;
        }
    }

    /// <summary>
    /// A class, struct or record declaration read from syntax: what the parser needs of it (a workload's own
    /// declaration and its nested ones). Names as symbols spell them (no <c>@</c>).
    /// </summary>
    /// <param name="OrderPosition">The position the semantic path orders nested types by: the container attribute's start, else the identifier's.</param>
    internal sealed record RawTypeDecl(string Path, string Name, bool IsPartial, int OrderPosition, EquatableArray<RawAttribute> Attributes, EquatableArray<RawTypeDecl> Nested);
}

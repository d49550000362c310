using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProbeGen.Core.Model;
using ProbeGen.Generator.Model;

namespace ProbeGen.Generator.Parsing
{
    /// <summary>
    /// One type declaration the generator looks at, read from its syntax alone (so the step caches for unchanged trees).
    /// <see cref="Uncertain"/> says why syntax cannot decide it (it then goes to the semantic path); otherwise
    /// <see cref="Target"/> and <see cref="Decl"/> are what the parser needs, <see cref="Scope"/> the enclosing namespaces
    /// (their types and namespaces are in scope), <see cref="Imports"/> the file's usings (their types are) and
    /// <see cref="Names"/> the names to check there (compilation facts decide the rest).
    /// </summary>
    /// <param name="FullName">The type's identity (namespace, containing types, name, arity): partial declarations share it.</param>
    /// <param name="IsWorkload">It carries an attribute that may be one of ProbeGen's workload attributes.</param>
    internal sealed record RawCandidate(
        string Path, int SpanStart, int SpanLength, string FullName, bool IsWorkload, string? Uncertain,
        TypeTarget? Target, RawTypeDecl? Decl, EquatableArray<string> Scope, EquatableArray<string> Imports, EquatableArray<string> Names, EquatableArray<string> OtherAttributes)
    {
        public SemanticKey Key => new(Path, SpanStart, SpanLength);
    }

    /// <summary>Where a declaration the semantic path binds is: file path and span (never the node itself).</summary>
    internal sealed record SemanticKey(string Path, int SpanStart, int SpanLength);

    /// <summary>Reads type declarations and ProbeGen's literal attribute arguments from syntax, without binding.</summary>
    internal static class SyntaxReader
    {
        private static readonly HashSet<string> WorkloadNames = KindAttributeNames();

        /// <summary>Every kind's attribute, with and without its suffix (<c>StatefulSet</c>, <c>StatefulSetAttribute</c>), from the kind rows.</summary>
        private static HashSet<string> KindAttributeNames()
        {
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var k in ProbeGen.Core.Model.WorkloadKinds.All)
            {
                names.Add(ProbeGen.Core.Model.WorkloadKinds.KindName(k));
                names.Add(ProbeGen.Core.Model.WorkloadKinds.AttributeName(k));
            }
            return names;
        }

        /// <summary>
        /// The syntax provider's predicate: class, struct and record declarations that are partial (another declaration
        /// of a workload must be seen) or carry attributes (a workload, or an alias that may name one).
        /// </summary>
        public static bool IsCandidate(SyntaxNode node, CancellationToken _) =>
            node is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax
            && node is TypeDeclarationSyntax t && (t.AttributeLists.Count > 0 || t.Modifiers.Any(SyntaxKind.PartialKeyword));

        // Roslyn re-runs a syntax provider's transform for every node on every compilation; the result is a function
        // of the node alone (its tree, text and path never change), so an unchanged tree's nodes are read once. Weak keys:
        // nothing here keeps a tree alive.
        private static readonly ConditionalWeakTable<SyntaxNode, RawCandidate> ReadCache = new();

        public static RawCandidate Read(SyntaxNode node, CancellationToken ct)
        {
            if (ReadCache.TryGetValue(node, out var known)) return known;
            var read = ReadUncached(node, ct);
            try { ReadCache.Add(node, read); } catch (System.ArgumentException) { /* read on another thread meanwhile: same value */ }
            return read;
        }

        private static RawCandidate ReadUncached(SyntaxNode node, CancellationToken ct)
        {
            var decl = (TypeDeclarationSyntax)node;
            string path = decl.SyntaxTree.FilePath;
            string fullName = FullName(decl);
            bool isWorkload = false;
            var others = new List<string>();
            foreach (var list in decl.AttributeLists)
            {
                foreach (var a in list.Attributes)
                {
                    string? simple = RightmostName(a.Name);
                    if (simple is null) continue;
                    if (WorkloadNames.Contains(simple)) isWorkload = true;
                    else others.Add(simple);
                }
            }
            var otherNames = new EquatableArray<string>(others.ToArray());
            // An alias in scope may name one of ProbeGen's attributes under another name: binding decides.
            if (!isWorkload && decl.AttributeLists.Count > 0 && AliasInScope(decl)) return Uncertain(decl, path, fullName, otherNames, "alias in scope");
            if (!isWorkload) return new RawCandidate(path, decl.SpanStart, decl.Span.Length, fullName, false, null, null, null, default, default, default, otherNames);
            try
            {
                return ReadWorkload(decl, path, fullName, otherNames, ct);
            }
            catch (System.OperationCanceledException)
            {
                throw;
            }
            catch (System.Exception e)
            {
                return Uncertain(decl, path, fullName, otherNames, "reader: " + e.GetType().Name);
            }
        }

        private static RawCandidate Uncertain(TypeDeclarationSyntax decl, string path, string fullName, EquatableArray<string> others, string why) =>
            new(path, decl.SpanStart, decl.Span.Length, fullName, true, why, null, null, default, default, default, others);

        private static RawCandidate ReadWorkload(TypeDeclarationSyntax decl, string path, string fullName, EquatableArray<string> others, CancellationToken ct)
        {
            RawCandidate No(string why) => Uncertain(decl, path, fullName, others, why);

            // Only the plain shape: a top-level, partial, non-generic class, struct or record of one declaration, public or
            // internal, with no base list (inherited nested types would be in scope) and a name.
            if (decl.Parent is not (BaseNamespaceDeclarationSyntax or CompilationUnitSyntax)) return No("nested");
            if (decl.TypeParameterList is not null || decl.BaseList is not null) return No("generic or base list");
            if (decl.Identifier.IsMissing || decl.Identifier.ValueText.Length == 0) return No("no name");
            bool partial = false;
            foreach (var m in decl.Modifiers)
            {
                if (m.IsKind(SyntaxKind.PartialKeyword)) partial = true;
                else if (m.IsKind(SyntaxKind.FileKeyword) || m.IsKind(SyntaxKind.PrivateKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword)) return No("accessibility");
            }
            if (!partial) return No("not partial");
            if (decl is RecordDeclarationSyntax { ParameterList: not null }) return No("record parameters");
            string name = decl.Identifier.ValueText;
            if (name is GeneratedMembers.ManifestYaml or GeneratedMembers.CreateManifest) return No("reserved name");

            // Scope: enclosing namespaces (inner first) and the global namespace; imports: the file's usings.
            var scope = new List<string>();
            var imports = new List<string>();
            string? ns = null;
            for (var p = decl.Parent; p is not null; p = p.Parent)
            {
                if (p is BaseNamespaceDeclarationSyntax n)
                {
                    string? part = DottedName(n.Name);
                    if (part is null) return No("namespace name");
                    ns = ns is null ? part : part + "." + ns;
                    // A using inside a namespace resolves relative to it (namespace A { using ProbeGen; } may mean A.ProbeGen).
                    if (n.Usings.Count > 0 || n.Externs.Count > 0) return No("using inside a namespace");
                }
                else if (p is CompilationUnitSyntax cu)
                {
                    if (!AddUsings(cu.Usings, cu.Externs, imports)) return No("alias or static using");
                }
            }
            if (ns is not null)
            {
                for (string prefix = ns; ; )
                {
                    scope.Add(prefix);
                    int dot = prefix.LastIndexOf('.');
                    if (dot < 0) break;
                    prefix = prefix.Substring(0, dot);
                }
            }
            scope.Add("");

            var names = new HashSet<string>(System.StringComparer.Ordinal);
            var attributes = ReadAttributes(decl.AttributeLists, names, out string? why);
            if (why is not null) return No(why);

            // Members: none of ProbeGen's generated names (PG0018 and CS0102 are the semantic path's), none of the names
            // looked up by the nested types' attributes (they are bound inside this type), and nested declarations.
            var nested = new List<RawTypeDecl>();
            var nestedNames = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var member in decl.Members)
            {
                ct.ThrowIfCancellationRequested();
                foreach (var memberName in MemberNames(member))
                {
                    if (memberName is GeneratedMembers.ManifestYaml or GeneratedMembers.CreateManifest || AttributeSchema.LookupNames.Contains(memberName)) return No("member name");
                }
                if (member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
                {
                    if (member is not (ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax))
                    {
                        if (((MemberDeclarationSyntax)member).AttributeLists.Count > 0) return No("attributes on a nested enum, interface or delegate");
                        continue;
                    }
                    var t = (TypeDeclarationSyntax)member;
                    if (t.Identifier.IsMissing || t.Identifier.ValueText.Length == 0) return No("nested without a name");
                    string key = t.Identifier.ValueText + "`" + (t.TypeParameterList?.Parameters.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (!nestedNames.Add(key)) return No("nested declared twice");
                    var nestedAttributes = ReadAttributes(t.AttributeLists, names, out why);
                    if (why is not null) return No(why);
                    int order = t.Identifier.SpanStart;
                    foreach (var a in nestedAttributes)
                    {
                        if (AttributeNames.IsContainer(a.Name)) { order = a.Position; break; }
                    }
                    nested.Add(new RawTypeDecl(path, t.Identifier.ValueText, t.Modifiers.Any(SyntaxKind.PartialKeyword), order,
                        new EquatableArray<RawAttribute>(nestedAttributes.ToArray()), EquatableArray<RawTypeDecl>.Empty));
                }
            }

            var keyword = decl is RecordDeclarationSyntax r ? (r.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record")
                : decl is StructDeclarationSyntax ? "struct" : "class";
            var target = new TypeTarget(ns, EquatableArray<ContainingType>.Empty, keyword, name, false);
            var raw = new RawTypeDecl(path, name, true, decl.Identifier.SpanStart, new EquatableArray<RawAttribute>(attributes.ToArray()), new EquatableArray<RawTypeDecl>(nested.ToArray()));
            var sortedNames = new List<string>(names);
            sortedNames.Sort(System.StringComparer.Ordinal);
            return new RawCandidate(path, decl.SpanStart, decl.Span.Length, fullName, true, null, target, raw,
                new EquatableArray<string>(scope.ToArray()), new EquatableArray<string>(imports.ToArray()), new EquatableArray<string>(sortedNames.ToArray()), others);
        }

        private static bool AliasInScope(SyntaxNode decl)
        {
            for (var p = decl.Parent; p is not null; p = p.Parent)
            {
                var usings = p switch
                {
                    BaseNamespaceDeclarationSyntax n => n.Usings,
                    CompilationUnitSyntax cu => cu.Usings,
                    _ => default,
                };
                foreach (var u in usings) if (u.Alias is not null || !u.StaticKeyword.IsKind(SyntaxKind.None)) return true;
            }
            return false;
        }

        /// <summary>Plain <c>using N;</c> only: an alias, <c>using static</c> or extern alias could bring ProbeGen's names in under other names.</summary>
        private static bool AddUsings(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<ExternAliasDirectiveSyntax> externs, List<string> scope)
        {
            if (externs.Count > 0) return false;
            foreach (var u in usings)
            {
                if (u.Alias is not null || !u.StaticKeyword.IsKind(SyntaxKind.None) || !u.UnsafeKeyword.IsKind(SyntaxKind.None)) return false;
                string? n = u.NamespaceOrType is NameSyntax name ? DottedName(name) : null;
                if (n is null) return false;
                scope.Add(n);
            }
            return true;
        }

        /// <summary><c>A.B.C</c> as symbols spell it (<c>@class</c> is "class"); <c>global::</c> dropped; null for anything else.</summary>
        internal static string? DottedName(NameSyntax name) => name switch
        {
            IdentifierNameSyntax id => id.Identifier.IsMissing ? null : id.Identifier.ValueText,
            QualifiedNameSyntax q => DottedName(q.Left) is { } left && DottedName(q.Right) is { } right ? left + "." + right : null,
            AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global" } g => DottedName(g.Name),
            _ => null,
        };

        private static string? RightmostName(NameSyntax name) => name switch
        {
            IdentifierNameSyntax id => id.Identifier.ValueText,
            QualifiedNameSyntax q => RightmostName(q.Right),
            AliasQualifiedNameSyntax a => RightmostName(a.Name),
            GenericNameSyntax g => g.Identifier.ValueText,
            _ => null,
        };

        private static IEnumerable<string> MemberNames(MemberDeclarationSyntax member)
        {
            switch (member)
            {
                case BaseTypeDeclarationSyntax t: yield return t.Identifier.ValueText; break;
                case DelegateDeclarationSyntax d: yield return d.Identifier.ValueText; break;
                case MethodDeclarationSyntax m: yield return m.Identifier.ValueText; break;
                case PropertyDeclarationSyntax p: yield return p.Identifier.ValueText; break;
                case EventDeclarationSyntax e: yield return e.Identifier.ValueText; break;
                case BaseFieldDeclarationSyntax f:
                    foreach (var v in f.Declaration.Variables) yield return v.Identifier.ValueText;
                    break;
            }
        }

        /// <summary>ProbeGen's attributes of one declaration; <paramref name="why"/> is set when one cannot be read from syntax.</summary>
        private static List<RawAttribute> ReadAttributes(SyntaxList<AttributeListSyntax> lists, HashSet<string> names, out string? why)
        {
            why = null;
            var result = new List<RawAttribute>();
            foreach (var list in lists)
            {
                if (list.Target is not null) { why = "attribute target"; return result; }
                foreach (var a in list.Attributes)
                {
                    string? simple = RightmostName(a.Name);
                    string? spec = simple is null ? null : AttributeSchema.AttributeFor(simple);
                    if (spec is null)
                    {
                        // Not ProbeGen's by name: harmless unless its arguments may not compile (today that holds the manifest back).
                        if (simple is null || AttributeSchema.LookupNames.Contains(simple)) { why = "attribute name"; return result; }
                        if (a.ArgumentList is { Arguments.Count: > 0 }) { why = "other attribute with arguments"; return result; }
                        continue;
                    }
                    if (a.Name is not IdentifierNameSyntax) { why = "qualified attribute name"; return result; }
                    names.Add(simple!);
                    names.Add(simple + "Attribute");
                    var raw = ReadArguments(AttributeSchema.Attributes[spec], a, names);
                    if (raw is null) { why = "argument not a literal"; return result; }
                    result.Add(raw);
                }
            }
            return result;
        }

        private static RawAttribute? ReadArguments(AttributeSpec spec, AttributeSyntax a, HashSet<string> names)
        {
            var ctor = new List<RawValue>();
            var named = new List<RawNamed>();
            // The positional arguments' count picks the constructor (the table's constructors differ in count).
            int positional = 0;
            if (a.ArgumentList is { } counted) foreach (var arg in counted.Arguments) if (arg.NameEquals is null) positional++;
            if (spec.CtorWith(positional) is not { } parameters) return null;
            if (a.ArgumentList is { } list)
            {
                foreach (var arg in list.Arguments)
                {
                    if (arg.NameColon is not null) return null;
                    if (arg.NameEquals is { } ne)
                    {
                        string prop = ne.Name.Identifier.ValueText;
                        if (!spec.Properties.TryGetValue(prop, out var p)) return null;
                        foreach (var n in named) if (n.Name == prop) return null;
                        var v = Literal(arg.Expression, p, names);
                        if (v is null) return null;
                        named.Add(new RawNamed(prop, v));
                    }
                    else
                    {
                        if (named.Count > 0 || ctor.Count >= parameters.Length) return null;
                        var v = Literal(arg.Expression, parameters[ctor.Count], names);
                        if (v is null) return null;
                        ctor.Add(v);
                    }
                }
            }
            if (ctor.Count != parameters.Length) return null;
            return new RawAttribute(spec.Name, new EquatableArray<RawValue>(ctor.ToArray()), new EquatableArray<RawNamed>(named.ToArray()), a.SpanStart);
        }

        private static readonly RawValue NullValue = new(RawValueKind.Null, null, 0, default);
        private static readonly RawValue NullArray = new(RawValueKind.Null, null, 0, default, IsArray: true);

        /// <summary>A literal of the parameter's type, converted as the compiler converts it; null for anything the compiler would have to bind or could reject.</summary>
        private static RawValue? Literal(ExpressionSyntax e, ArgSpec p, HashSet<string> names)
        {
            switch (p.Type)
            {
                case ArgType.String:
                    if (e.IsKind(SyntaxKind.NullLiteralExpression)) return NullValue;
                    return e is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } s ? new RawValue(RawValueKind.String, s.Token.ValueText, 0, default) : null;
                case ArgType.Bool:
                    return e.Kind() switch
                    {
                        SyntaxKind.TrueLiteralExpression => new RawValue(RawValueKind.Bool, null, 1, default),
                        SyntaxKind.FalseLiteralExpression => new RawValue(RawValueKind.Bool, null, 0, default),
                        _ => null,
                    };
                case ArgType.Int:
                case ArgType.Long:
                    bool negative = false;
                    if (e is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } neg) { negative = true; e = neg.Operand; }
                    if (e is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } num) return null;
                    long value;
                    if (num.Token.Value is int i) value = i;
                    else if (p.Type == ArgType.Long && num.Token.Value is long l) value = l;
                    else return null;
                    if (negative) value = -value;
                    return new RawValue(p.Type == ArgType.Int ? RawValueKind.Int : RawValueKind.Long, null, value, default);
                case ArgType.Enum:
                    if (e is not MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Expression: IdentifierNameSyntax type, Name: IdentifierNameSyntax member }
                        || type.Identifier.ValueText != p.EnumName) return null;
                    int index = System.Array.IndexOf(AttributeSchema.Enums[p.EnumName!], member.Identifier.ValueText);
                    if (index < 0) return null;
                    names.Add(p.EnumName!);
                    return new RawValue(RawValueKind.Enum, null, index, default);
                case ArgType.Object:
                    return ObjectLiteral(e);
                case ArgType.LongArray:
                    return LongArray(e);
                default:
                    return StringArray(e);
            }
        }

        /// <summary>
        /// [Set]'s <c>object</c> value: a string, int, long, double or bool literal (a leading minus on a number), null, or
        /// an array of strings (<c>new[] { … }</c>, <c>new string[] { … }</c>) or of int literals (<c>new[] { 1, 2 }</c>), as the
        /// compiler boxes them; anything else (a const, an enum member, a cast, a float, mixed array elements) is bound.
        /// </summary>
        private static RawValue? ObjectLiteral(ExpressionSyntax e)
        {
            if (e.IsKind(SyntaxKind.NullLiteralExpression)) return NullValue;
            if (e is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } s) return new RawValue(RawValueKind.String, s.Token.ValueText, 0, default);
            if (e.IsKind(SyntaxKind.TrueLiteralExpression)) return new RawValue(RawValueKind.Bool, null, 1, default);
            if (e.IsKind(SyntaxKind.FalseLiteralExpression)) return new RawValue(RawValueKind.Bool, null, 0, default);
            if (Number(e) is { } number) return number;
            if (e is ImplicitArrayCreationExpressionSyntax { Commas.Count: 0 } implicitArray)
            {
                var items = implicitArray.Initializer.Expressions;
                if (items.Count == 0) return null; // new[] { } has no best type
                var texts = new string?[items.Count];
                bool allInt = true;
                for (int i = 0; i < items.Count && allInt; i++)
                {
                    if (Number(items[i]) is { Kind: RawValueKind.Int } n) texts[i] = n.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    else allInt = false;
                }
                if (allInt) return new RawValue(RawValueKind.IntArray, null, 0, new EquatableArray<string?>(texts));
                return StringArray(e);
            }
            if (e is ArrayCreationExpressionSyntax) return StringArray(e);
            return null;
        }

        /// <summary>An int, long or double literal, optionally negated, boxed as the compiler boxes it (a uint, ulong, float or decimal literal: null).</summary>
        private static RawValue? Number(ExpressionSyntax e)
        {
            bool negative = false;
            if (e is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } neg) { negative = true; e = neg.Operand; }
            if (e is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } num) return null;
            switch (num.Token.Value)
            {
                case int i:
                    return new RawValue(RawValueKind.Int, null, negative ? -(long)i : i, default);
                case long l:
                    if (negative && l == long.MinValue) return null;
                    return new RawValue(RawValueKind.Long, null, negative ? -l : l, default);
                case double d:
                    return new RawValue(RawValueKind.Double, (negative ? -d : d).ToString("R", System.Globalization.CultureInfo.InvariantCulture), 0, default);
                default:
                    return null;
            }
        }

        /// <summary>
        /// A <c>long[]</c> argument: null, <c>new long[] { … }</c>, <c>new[] { 1L, … }</c> with a long literal among int ones, or
        /// a collection expression, of int or long literals (a leading minus allowed), as the compiler converts them; else bound.
        /// </summary>
        private static RawValue? LongArray(ExpressionSyntax e)
        {
            IEnumerable<ExpressionSyntax> items;
            bool needsALong = false;
            switch (e)
            {
                case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression }:
                    return NullArray;
                case ArrayCreationExpressionSyntax { Type: { ElementType: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.LongKeyword }, RankSpecifiers.Count: 1 } type, Initializer: { } init }
                    when type.RankSpecifiers[0].Sizes.Count == 1 && type.RankSpecifiers[0].Sizes[0] is OmittedArraySizeExpressionSyntax:
                    items = init.Expressions;
                    break;
                case ImplicitArrayCreationExpressionSyntax { Commas.Count: 0 } implicitArray:
                    items = implicitArray.Initializer.Expressions;
                    needsALong = true; // new[] { 1, 2 } is an int[], which a long[] property does not take
                    break;
                case CollectionExpressionSyntax collection:
                    if (collection.SyntaxTree.Options is not CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp12 }) return null;
                    var elements = new List<ExpressionSyntax>();
                    foreach (var element in collection.Elements)
                    {
                        if (element is not ExpressionElementSyntax { Expression: var x }) return null;
                        elements.Add(x);
                    }
                    items = elements;
                    break;
                default:
                    return null;
            }
            var texts = new List<string?>();
            bool anyLong = false;
            foreach (var item in items)
            {
                if (Number(item) is not { Kind: RawValueKind.Int or RawValueKind.Long } n) return null;
                anyLong |= n.Kind == RawValueKind.Long;
                texts.Add(n.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            if (needsALong && !anyLong) return null;
            return new RawValue(RawValueKind.LongArray, null, 0, new EquatableArray<string?>(texts.ToArray()));
        }

        private static RawValue? StringArray(ExpressionSyntax e)
        {
            SeparatedSyntaxList<ExpressionSyntax> items;
            bool needsAString = false;
            switch (e)
            {
                case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression }:
                    return NullArray;
                case ArrayCreationExpressionSyntax { Type: { ElementType: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.StringKeyword }, RankSpecifiers.Count: 1 } type, Initializer: { } init }
                    when type.RankSpecifiers[0].Sizes.Count == 1 && type.RankSpecifiers[0].Sizes[0] is OmittedArraySizeExpressionSyntax:
                    items = init.Expressions;
                    break;
                case ImplicitArrayCreationExpressionSyntax { Commas.Count: 0 } implicitArray:
                    items = implicitArray.Initializer.Expressions;
                    needsAString = true;
                    break;
                case CollectionExpressionSyntax collection:
                    if (collection.SyntaxTree.Options is not CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp12 }) return null;
                    var list = new List<string?>();
                    foreach (var element in collection.Elements)
                    {
                        if (element is not ExpressionElementSyntax { Expression: var x } || Element(x, out string? v) is false) return null;
                        list.Add(v);
                    }
                    return new RawValue(RawValueKind.StringArray, null, 0, new EquatableArray<string?>(list.ToArray()));
                default:
                    return null;
            }
            var values = new string?[items.Count];
            bool anyString = false;
            for (int i = 0; i < values.Length; i++)
            {
                if (!Element(items[i], out values[i])) return null;
                if (values[i] is not null) anyString = true;
            }
            // new[] { } and new[] { null } have no best type: the compiler rejects them.
            if (needsAString && !anyString) return null;
            return new RawValue(RawValueKind.StringArray, null, 0, new EquatableArray<string?>(values));
        }

        private static bool Element(ExpressionSyntax e, out string? value)
        {
            value = null;
            if (e.IsKind(SyntaxKind.NullLiteralExpression)) return true;
            if (e is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } s) { value = s.Token.ValueText; return true; }
            return false;
        }

        /// <summary>The identity partial declarations share: namespace, containing types and the type, with arity.</summary>
        private static string FullName(TypeDeclarationSyntax decl)
        {
            var sb = new System.Text.StringBuilder();
            for (SyntaxNode? p = decl; p is not null; p = p.Parent)
            {
                string? part = p switch
                {
                    TypeDeclarationSyntax t => t.Identifier.ValueText + "`" + (t.TypeParameterList?.Parameters.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    BaseNamespaceDeclarationSyntax n => DottedName(n.Name) ?? "?",
                    _ => null,
                };
                if (part is null) continue;
                sb.Insert(0, part + (sb.Length > 0 ? (p is TypeDeclarationSyntax ? "+" : ".") : ""));
            }
            return sb.ToString();
        }
    }
}

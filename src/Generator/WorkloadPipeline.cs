using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ProbeGen.Core.Model;
using ProbeGen.Core.Validation;
using ProbeGen.Generator.Model;
using ProbeGen.Generator.Parsing;

namespace ProbeGen.Generator
{
    /// <summary>A workload item and the attribute (kind) whose pipeline it belongs to.</summary>
    internal sealed record KindItem(WorkloadKind Kind, WorkloadItem Item);

    /// <summary>
    /// A declaration's outcome on the syntax path: its items when syntax decided, else <see cref="NeedsSemantic"/>.
    /// <see cref="NonErrorRules"/>: the findings of a valid workload that block only if the user raised them to error.
    /// </summary>
    internal sealed record SyntaxClaim(SemanticKey Key, string FullName, bool NeedsSemantic, EquatableArray<KindItem> Items, EquatableArray<RuleDescriptor> NonErrorRules);

    /// <summary>What one syntax node says, read in the one walk: a candidate declaration, a global using, a ProbeGen-like name (<c>T:ns|Name</c>, <c>N:parent|Name</c>).</summary>
    internal sealed record NodeFacts(RawCandidate? Declaration, GlobalUsing? GlobalUsing, string? SourceName);

    /// <summary>Global usings of the compilation (from syntax): plain namespaces, and whether any is an alias or <c>using static</c>.</summary>
    internal sealed record GlobalUsing(string? Namespace, string? AliasOrStatic);

    /// <summary>
    /// Per compilation, what syntax cannot see: whether the referenced ProbeGen.dll is the one the syntax reader knows,
    /// which namespaces hold another type named like ProbeGen's attributes or enums (<c>ns|Name</c>), the global usings.
    /// </summary>
    internal sealed record NameFacts(bool SchemaMatches, EquatableArray<string> Clashes, EquatableArray<string> NamespaceClashes, EquatableArray<string> GlobalNamespaces, EquatableArray<string> GlobalAliases);

    /// <summary>One declaration bound by the semantic path: its items, as <c>ForAttributeWithMetadataName</c> gave them.</summary>
    internal sealed record SemanticResult(SemanticKey Key, EquatableArray<KindItem> Items);

    /// <summary>
    /// Finds the workloads and turns each into <see cref="WorkloadItem"/>s (issue 18): a syntax-only extraction whose
    /// steps stay cached for unchanged trees, and binding only for the declarations syntax cannot decide (a non-literal
    /// argument, a name that may not be ProbeGen's, partial declarations, anything held back). Both give exactly what
    /// one <c>ForAttributeWithMetadataName</c> per workload attribute gave, in the same order.
    /// </summary>
    internal static class WorkloadPipeline
    {
        private static readonly WorkloadKind[] KindOrder = WorkloadKinds.All;
        private static readonly string[] KindAttributes = System.Array.ConvertAll(KindOrder, k => AttributeNames.Namespace + "." + k.AttributeName());

        public static IncrementalValuesProvider<WorkloadItem> OfKind(IncrementalValuesProvider<EquatableArray<KindItem>> workloads, WorkloadKind kind, string trackingName) =>
            workloads.SelectMany((items, _) =>
                {
                    var result = ImmutableArray.CreateBuilder<WorkloadItem>();
                    foreach (var k in items) if (k.Kind == kind) result.Add(k.Item);
                    return result.ToImmutable();
                })
                .WithTrackingName(trackingName);

        public static IncrementalValuesProvider<EquatableArray<KindItem>> Workloads(IncrementalGeneratorInitializationContext context)
        {
            // One syntax provider for everything read from syntax: Roslyn walks every node of every tree once per provider,
            // and three providers were three walks (issue 18). A node's facts are a function of the node alone.
            var facts0 = context.SyntaxProvider
                .CreateSyntaxProvider(static (node, ct) => SyntaxReader.IsCandidate(node, ct) || IsGlobalUsing(node) || SourceNameFilter(node, ct),
                    static (ctx, ct) => new NodeFacts(
                        SyntaxReader.IsCandidate(ctx.Node, ct) ? SyntaxReader.Read(ctx.Node, ct) : null,
                        IsGlobalUsing(ctx.Node) ? ReadGlobalUsing((UsingDirectiveSyntax)ctx.Node) : null,
                        SourceNameFilter(ctx.Node, ct) ? SourceName(ctx.Node) : null));

            var declarations = facts0
                .Where(static f => f.Declaration is not null)
                .Select(static (f, _) => f.Declaration!)
                .WithTrackingName(TrackingNames.Declarations);

            var globalUsings = facts0
                .Where(static f => f.GlobalUsing is not null)
                .Select(static (f, _) => f.GlobalUsing!)
                .Collect()
                .Select(static (list, _) =>
                {
                    var namespaces = new SortedSet<string>(System.StringComparer.Ordinal);
                    var aliases = new SortedSet<string>(System.StringComparer.Ordinal);
                    foreach (var g in list)
                    {
                        if (g.Namespace is not null) namespaces.Add(g.Namespace);
                        else aliases.Add(g.AliasOrStatic ?? "");
                    }
                    return (Namespaces: new EquatableArray<string>(ToArray(namespaces)), Aliases: new EquatableArray<string>(ToArray(aliases)));
                })
                .WithTrackingName(TrackingNames.GlobalUsings);

            // Source types and namespaces named like ProbeGen's (from syntax, cached per tree) ...
            var sourceNames = facts0
                .Where(static f => f.SourceName is not null)
                .Select(static (f, _) => f.SourceName!)
                .Collect()
                .Select(static (list, _) =>
                {
                    var types = new SortedSet<string>(System.StringComparer.Ordinal);
                    var namespaces = new SortedSet<string>(System.StringComparer.Ordinal);
                    foreach (var n in list) (n.StartsWith("N:", System.StringComparison.Ordinal) ? namespaces : types).Add(n.Substring(2));
                    return (Types: new EquatableArray<string>(ToArray(types)), Namespaces: new EquatableArray<string>(ToArray(namespaces)));
                });

            // ... and in the references: computed again only when the set of references changes, not per keystroke.
            var metadataFacts = context.MetadataReferencesProvider
                .Collect()
                .Select(static (refs, ct) => MetadataFacts(refs, ct));

            var facts = metadataFacts
                .Combine(sourceNames)
                .Combine(globalUsings)
                .Select(static (x, _) => new NameFacts(
                    x.Left.Left.Matches,
                    Merge(x.Left.Left.Types, x.Left.Right.Types),
                    Merge(x.Left.Left.Namespaces, x.Left.Right.Namespaces),
                    x.Right.Namespaces, x.Right.Aliases))
                .WithTrackingName(TrackingNames.NameFacts);

            // Types declared more than once (partial declarations): syntax sees one declaration at a time.
            var partialTypes = declarations
                .Select(static (d, _) => d.FullName)
                .Collect()
                .Select(static (names, _) =>
                {
                    var seen = new HashSet<string>(System.StringComparer.Ordinal);
                    var twice = new SortedSet<string>(System.StringComparer.Ordinal);
                    foreach (var n in names) if (!seen.Add(n)) twice.Add(n);
                    return new EquatableArray<string>(ToArray(twice));
                })
                .WithTrackingName(TrackingNames.PartialTypes);

            var claims = declarations
                .Where(static d => d.IsWorkload || d.OtherAttributes.Count > 0)
                .Combine(partialTypes)
                .Combine(facts)
                .Select(static (x, ct) => Claim(x.Left.Left, x.Left.Right, x.Right, ct))
                .Where(static c => c is not null)
                .Select(static (c, _) => c!)
                .WithTrackingName(TrackingNames.SyntaxWorkloads);

            // The findings a user may have raised to error (.editorconfig, WarnAsError): only where a valid workload has one.
            var raised = claims
                .Where(static c => c.NonErrorRules.Count > 0)
                .Collect()
                .Combine(context.CompilationProvider)
                .Select(static (x, ct) => Raised(x.Left, x.Right, ct))
                .WithTrackingName(TrackingNames.RaisedSeverities);

            var semantic = claims
                .Combine(raised)
                .Where(static x => x.Left.NeedsSemantic || IsRaised(x.Left, x.Right))
                .Select(static (x, _) => x.Left.Key)
                .Collect()
                .Combine(context.CompilationProvider)
                .Select(static (x, ct) => Bind(x.Left, x.Right, ct))
                .WithTrackingName(TrackingNames.SemanticWorkloads);

            return claims
                .Combine(raised)
                .Combine(semantic)
                .Select(static (x, _) =>
                {
                    var claim = x.Left.Left;
                    if (!claim.NeedsSemantic && !IsRaised(claim, x.Left.Right)) return claim.Items;
                    foreach (var r in x.Right) if (r.Key == claim.Key) return r.Items;
                    return EquatableArray<KindItem>.Empty;
                })
                .WithTrackingName(TrackingNames.Workloads);
        }

        private static bool IsGlobalUsing(SyntaxNode node) => node is UsingDirectiveSyntax u && !u.GlobalKeyword.IsKind(SyntaxKind.None);

        private static GlobalUsing ReadGlobalUsing(UsingDirectiveSyntax u)
        {
            if (u.Alias is not null) return new GlobalUsing(null, u.Alias.Name.Identifier.ValueText);
            if (!u.StaticKeyword.IsKind(SyntaxKind.None) || u.NamespaceOrType is not NameSyntax name) return new GlobalUsing(null, "");
            return SyntaxReader.DottedName(name) is { } n ? new GlobalUsing(n, null) : new GlobalUsing(null, "");
        }

        private static T[] ToArray<T>(SortedSet<T> set)
        {
            var a = new T[set.Count];
            set.CopyTo(a);
            return a;
        }

        private static readonly EquatableArray<RuleDescriptor> NoRules = EquatableArray<RuleDescriptor>.Empty;

        private static SyntaxClaim? Claim(RawCandidate d, EquatableArray<string> partialTypes, NameFacts facts, CancellationToken ct)
        {
            var key = d.Key;
            SyntaxClaim Semantic() => new(key, d.FullName, true, EquatableArray<KindItem>.Empty, NoRules);
            if (!d.IsWorkload)
            {
                // Not a workload by its attributes' names, unless a global alias gives one of them another meaning.
                if (facts.GlobalAliases.Count == 0) return null;
                foreach (var a in d.OtherAttributes) if (Contains(facts.GlobalAliases, a) || Contains(facts.GlobalAliases, "")) return Semantic();
                return null;
            }
            if (d.Uncertain is not null || d.Target is null || d.Decl is null || !facts.SchemaMatches || facts.GlobalAliases.Count > 0) return Semantic();
            if (Contains(partialTypes, d.FullName)) return Semantic();
            bool probeGenInScope = Contains(d.Scope, AttributeNames.Namespace) || Contains(d.Imports, AttributeNames.Namespace) || Contains(facts.GlobalNamespaces, AttributeNames.Namespace);
            if (!probeGenInScope) return Semantic();
            foreach (string name in d.Names)
            {
                // An enclosing namespace brings its types and namespaces into scope; a using only its types.
                foreach (string ns in d.Scope)
                {
                    if (ContainsPair(facts.Clashes, ns, name) || ContainsPair(facts.NamespaceClashes, ns, name)) return Semantic();
                }
                foreach (string ns in d.Imports) if (ContainsPair(facts.Clashes, ns, name)) return Semantic();
                foreach (string ns in facts.GlobalNamespaces) if (ContainsPair(facts.Clashes, ns, name)) return Semantic();
            }

            try
            {
                var session = new ParseSession(wantLocations: false, ct);
                var spec = WorkloadParser.Parse(TypeView.Of(d.Decl, null), session);
                // Anything wrong, or a workload the semantic path would hold back: that path says exactly what and how.
                if (spec is null || session.Failed) return Semantic();
                var rules = new List<RuleDescriptor>();
                foreach (var f in RuleEngine.Validate(spec))
                {
                    if (f.Rule.Severity == RuleSeverity.Error) return Semantic();
                    if (!rules.Contains(f.Rule)) rules.Add(f.Rule);
                }
                WorkloadKind kind = WorkloadKind.Pod;
                foreach (var a in d.Decl.Attributes)
                {
                    if (WorkloadKinds.FromAttributeName(a.Name) is { } k) { kind = k; break; }
                }
                var item = new KindItem(kind, new WorkloadItem(d.Target, spec));
                return new SyntaxClaim(key, d.FullName, false, new EquatableArray<KindItem>(new[] { item }), new EquatableArray<RuleDescriptor>(rules.ToArray()));
            }
            catch (System.OperationCanceledException)
            {
                throw;
            }
            catch (System.Exception)
            {
                return Semantic();
            }
        }

        private static bool Contains(EquatableArray<string> sorted, string value)
        {
            foreach (var s in sorted) if (string.Equals(s, value, System.StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>Whether <paramref name="list"/> holds <c>ns|name</c>, without building that string (this runs for every name of every workload).</summary>
        private static bool ContainsPair(EquatableArray<string> list, string ns, string name)
        {
            int length = ns.Length + 1 + name.Length;
            foreach (var s in list)
            {
                if (s.Length == length && s[ns.Length] == '|'
                    && string.CompareOrdinal(s, 0, ns, 0, ns.Length) == 0
                    && string.CompareOrdinal(s, ns.Length + 1, name, 0, name.Length) == 0) return true;
            }
            return false;
        }

        private static bool IsRaised(SyntaxClaim claim, EquatableArray<string> raised)
        {
            if (claim.NonErrorRules.Count == 0 || raised.Count == 0) return false;
            foreach (var r in claim.NonErrorRules) if (Contains(raised, claim.Key.Path + "|" + r.Id)) return true;
            return false;
        }

        /// <summary><c>path|ID</c> for each finding of a valid workload that the user raised to error there (or whose file is ambiguous: the semantic path decides).</summary>
        private static EquatableArray<string> Raised(ImmutableArray<SyntaxClaim> claims, Compilation compilation, CancellationToken ct)
        {
            if (claims.IsEmpty) return EquatableArray<string>.Empty;
            var trees = TreesByPath(compilation);
            var result = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (var c in claims)
            {
                ct.ThrowIfCancellationRequested();
                trees.TryGetValue(c.Key.Path, out var tree);
                foreach (var rule in c.NonErrorRules)
                {
                    if (tree is null || Severities.Effective(rule, compilation, tree, ct) == ReportDiagnostic.Error) result.Add(c.Key.Path + "|" + rule.Id);
                }
            }
            return new EquatableArray<string>(ToArray(result));
        }

        /// <summary>Trees by file path; a path two trees share maps to null.</summary>
        private static Dictionary<string, SyntaxTree?> TreesByPath(Compilation compilation)
        {
            var trees = new Dictionary<string, SyntaxTree?>(System.StringComparer.Ordinal);
            foreach (var t in compilation.SyntaxTrees) trees[t.FilePath] = trees.ContainsKey(t.FilePath) ? null : t;
            return trees;
        }

        /// <summary>The semantic path for the declarations syntax left undecided: located again by path and span, then bound.</summary>
        private static EquatableArray<SemanticResult> Bind(ImmutableArray<SemanticKey> keys, Compilation compilation, CancellationToken ct)
        {
            if (keys.IsEmpty) return EquatableArray<SemanticResult>.Empty;
            var byPath = new Dictionary<string, List<SyntaxTree>>(System.StringComparer.Ordinal);
            foreach (var t in compilation.SyntaxTrees)
            {
                if (!byPath.TryGetValue(t.FilePath, out var list)) byPath[t.FilePath] = list = new List<SyntaxTree>(1);
                list.Add(t);
            }
            var results = new List<SemanticResult>(keys.Length);
            var done = new HashSet<SemanticKey>();
            foreach (var key in keys)
            {
                ct.ThrowIfCancellationRequested();
                if (!done.Add(key)) continue;
                var items = new List<KindItem>();
                if (byPath.TryGetValue(key.Path, out var trees))
                {
                    // Trees sharing a path: each declaration at that span is bound (the claim's own is among them).
                    foreach (var tree in trees)
                    {
                        if (Locate(tree, key, ct) is { } node) BindDeclaration(node, compilation, items, ct);
                    }
                }
                results.Add(new SemanticResult(key, new EquatableArray<KindItem>(items.ToArray())));
            }
            return new EquatableArray<SemanticResult>(results.ToArray());
        }

        private static TypeDeclarationSyntax? Locate(SyntaxTree tree, SemanticKey key, CancellationToken ct)
        {
            var root = tree.GetRoot(ct);
            var span = new TextSpan(key.SpanStart, key.SpanLength);
            if (span.End > root.FullSpan.End) return null;
            for (SyntaxNode? n = root.FindNode(span, getInnermostNodeForTie: true); n is not null; n = n.Parent)
            {
                if (n.Span == span && n is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax) return (TypeDeclarationSyntax)n;
                if (n.Span.Length > span.Length) break;
            }
            return null;
        }

        /// <summary>As one <c>ForAttributeWithMetadataName</c> per workload attribute: an item per attribute this declaration itself carries.</summary>
        private static void BindDeclaration(TypeDeclarationSyntax node, Compilation compilation, List<KindItem> items, CancellationToken ct)
        {
            var model = compilation.GetSemanticModel(node.SyntaxTree);
            if (model.GetDeclaredSymbol(node, ct) is not INamedTypeSymbol type) return;
            var attributes = type.GetAttributes();
            for (int k = 0; k < KindAttributes.Length; k++)
            {
                string full = KindAttributes[k];
                bool carries = false;
                foreach (var a in attributes)
                {
                    if (a.ApplicationSyntaxReference is not { } r || r.SyntaxTree != node.SyntaxTree || !node.Span.Contains(r.Span)) continue;
                    if (a.AttributeClass is { } cls && cls.ToDisplayString() == full) { carries = true; break; }
                }
                if (!carries) continue;
                if (ProbeGenGenerator.Transform(type, full, compilation, node, ct) is { } item) items.Add(new KindItem(KindOrder[k], item));
            }
        }

        private static EquatableArray<string> Merge(EquatableArray<string> a, EquatableArray<string> b)
        {
            var set = new SortedSet<string>(a, System.StringComparer.Ordinal);
            foreach (var x in b) set.Add(x);
            return new EquatableArray<string>(ToArray(set));
        }

        /// <summary>Declarations of a type or namespace whose name ProbeGen's attributes or enums can be looked up as.</summary>
        private static bool SourceNameFilter(SyntaxNode node, CancellationToken _) => node switch
        {
            BaseTypeDeclarationSyntax t => AttributeSchema.LookupNames.Contains(t.Identifier.ValueText),
            DelegateDeclarationSyntax d => AttributeSchema.LookupNames.Contains(d.Identifier.ValueText),
            BaseNamespaceDeclarationSyntax n => NamespaceParts(n.Name).Any(AttributeSchema.LookupNames.Contains),
            _ => false,
        };

        private static IEnumerable<string> NamespaceParts(NameSyntax name) => (SyntaxReader.DottedName(name) ?? "").Split('.');

        /// <summary><c>T:ns|Name</c> for a top-level type, <c>N:parent|Name</c> for a namespace (the first ProbeGen-like part of its name); null for a nested type (in scope only inside its container).</summary>
        private static string? SourceName(SyntaxNode node)
        {
            string Enclosing(SyntaxNode n)
            {
                string ns = "";
                for (var p = n.Parent; p is not null; p = p.Parent)
                {
                    if (p is BaseNamespaceDeclarationSyntax b) ns = (SyntaxReader.DottedName(b.Name) ?? "?") + (ns.Length > 0 ? "." + ns : "");
                }
                return ns;
            }
            switch (node)
            {
                case BaseNamespaceDeclarationSyntax n:
                    string prefix = Enclosing(n);
                    foreach (var part in NamespaceParts(n.Name))
                    {
                        if (AttributeSchema.LookupNames.Contains(part)) return "N:" + prefix + "|" + part;
                        prefix = prefix.Length > 0 ? prefix + "." + part : part;
                    }
                    return null;
                case MemberDeclarationSyntax m when m.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax:
                    string name = m is BaseTypeDeclarationSyntax t ? t.Identifier.ValueText : ((DelegateDeclarationSyntax)m).Identifier.ValueText;
                    return "T:" + Enclosing(m) + "|" + name;
                default:
                    return null;
            }
        }

        /// <summary>
        /// What the references say: whether ProbeGen.dll is the one the syntax reader knows, and <c>ns|Name</c> for every
        /// type (and namespace) named like one of ProbeGen's attributes or enums that is not ProbeGen's own. A compilation of
        /// the references alone: built only when the references change.
        /// </summary>
        private static (bool Matches, EquatableArray<string> Types, EquatableArray<string> Namespaces) MetadataFacts(ImmutableArray<MetadataReference> references, CancellationToken ct)
        {
            var compilation = CSharpCompilation.Create("ProbeGen.References", references: references);
            bool matches = AttributeSchema.Matches(compilation);
            var result = new SortedSet<string>(System.StringComparer.Ordinal);
            var namespaces = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                ct.ThrowIfCancellationRequested();
                bool ours = assembly.Identity.Name == AttributeNames.Namespace;
                var typeNames = assembly.TypeNames;
                var namespaceNames = assembly.NamespaceNames;
                List<string>? hits = null;
                bool namespaceHit = false;
                foreach (string name in AttributeSchema.LookupNames)
                {
                    if (typeNames.Contains(name)) (hits ??= new List<string>()).Add(name);
                    if (namespaceNames.Contains(name)) namespaceHit = true;
                }
                if (hits is null && !namespaceHit) continue;
                AddTypes(assembly.GlobalNamespace, hits, ours, result, namespaces, ct);
            }
            return (matches, new EquatableArray<string>(ToArray(result)), new EquatableArray<string>(ToArray(namespaces)));
        }

        private static void AddTypes(INamespaceSymbol ns, List<string>? names, bool ours, SortedSet<string> result, SortedSet<string> namespaces, CancellationToken ct)
        {
            string nsName = NamespaceOf(ns);
            // ProbeGen.dll's own types in namespace ProbeGen are the ones the syntax reader means.
            if (names is not null && !(ours && nsName == AttributeNames.Namespace))
            {
                foreach (string name in names)
                {
                    if (!ns.GetTypeMembers(name).IsEmpty) result.Add(nsName + "|" + name);
                }
            }
            foreach (var child in ns.GetNamespaceMembers())
            {
                ct.ThrowIfCancellationRequested();
                if (AttributeSchema.LookupNames.Contains(child.Name)) namespaces.Add(nsName + "|" + child.Name);
                AddTypes(child, names, ours, result, namespaces, ct);
            }
        }

        private static string NamespaceOf(INamespaceSymbol? ns)
        {
            if (ns is null || ns.IsGlobalNamespace) return "";
            string name = ns.Name;
            for (ns = ns.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace) name = ns.Name + "." + name;
            return name;
        }
    }
}

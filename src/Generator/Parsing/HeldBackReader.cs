using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProbeGen.Core.Model;
using ProbeGen.Core.Validation;
using ProbeGen.Generator.Model;

namespace ProbeGen.Generator.Parsing
{
    /// <summary>
    /// For a workload that gets no manifest: which errors hold it back and whether any of their diagnostics is hidden
    /// (configured below error, <c>#pragma warning disable</c>, <c>[SuppressMessage]</c>), so the generator can say so
    /// where no suppression reaches. Runs only for held-back workloads, so the second, located parse costs nothing on valid ones.
    /// </summary>
    internal static class HeldBackReader
    {
        public static HeldBack Read(INamedTypeSymbol type, WorkloadKind kind, SyntaxNode target, Compilation compilation, CancellationToken ct)
        {
            var session = new ParseSession(wantLocations: true, ct);
            var spec = WorkloadParser.Parse(type, session);
            var identifier = type.Locations.FirstOrDefault();
            var blocking = new List<(RuleDescriptor Rule, Location? Location)>();
            foreach (var issue in session.Issues)
            {
                if (issue.Rule.Severity == RuleSeverity.Error) blocking.Add((issue.Rule, issue.Location ?? identifier));
            }
            if (spec is not null)
            {
                bool noContainer = session.DroppedContainer || session.Issues.Any(i => i.Rule.Id == RuleCatalog.NoContainer.Id);
                var usageAt = new HashSet<Location>(blocking.Where(b => b.Location is not null).Select(b => b.Location!));
                foreach (var f in RuleEngine.Validate(spec))
                {
                    var location = session.Locate(f.LocatorPath) ?? identifier;
                    // The same follow-on findings the analyzer leaves out: they are not what holds the manifest back.
                    if (noContainer && f.Rule.Id == Core.Validation.Rules.ContainersRequired.Rule.Id) continue;
                    if (location is not null && usageAt.Contains(location)) continue;
                    if (Blocks(f.Rule, compilation, location?.SourceTree ?? target.SyntaxTree, ct)) blocking.Add((f.Rule, location));
                }
            }

            var rules = new SortedSet<string>(System.StringComparer.Ordinal);
            var hidden = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (var (rule, location) in blocking)
            {
                rules.Add(rule.Id);
                string? how = HiddenBy(rule, location, type, compilation, target.SyntaxTree, ct);
                if (how is not null) hidden.Add(rule.Id + " (" + how + ")");
            }
            // No finding but a failed parse: an attribute argument the compiler rejects; its error cannot be hidden.
            string? note = hidden.Count == 0 ? null : string.Join(", ", hidden);
            bool report = note is not null && Severities.Effective(RuleCatalog.ManifestHeldBack, compilation, target.SyntaxTree, ct) is not (ReportDiagnostic.Suppress or ReportDiagnostic.Hidden);
            return new HeldBack(kind, type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat), CanTakeMembers(type, target, ct),
                new EquatableArray<string>(rules.ToArray()), note, report);
        }

        /// <summary>
        /// A finding holds the manifest back when it is an error by default (the API server rejects it; a setting does
        /// not change that) or when the user raised it to error (as the build does).
        /// </summary>
        public static bool Blocks(RuleDescriptor rule, Compilation compilation, SyntaxTree tree, CancellationToken ct) =>
            rule.Severity == RuleSeverity.Error || Severities.Effective(rule, compilation, tree, ct) == ReportDiagnostic.Error;

        private static string? HiddenBy(RuleDescriptor rule, Location? location, INamedTypeSymbol type, Compilation compilation, SyntaxTree fallback, CancellationToken ct)
        {
            var tree = location?.SourceTree ?? fallback;
            var effective = Severities.Effective(rule, compilation, tree, ct);
            if (effective != ReportDiagnostic.Error)
            {
                return effective switch
                {
                    ReportDiagnostic.Suppress => "set to none",
                    ReportDiagnostic.Hidden => "set to silent",
                    ReportDiagnostic.Info => "set to suggestion",
                    _ => "set to warning",
                } + " in the configuration";
            }
            if (location is { IsInSource: true } && DisabledByPragma(tree, location.SourceSpan.Start, rule.Id, ct)) return "#pragma warning disable";
            if (SuppressedByAttribute(type, compilation, rule.Id)) return "[SuppressMessage]";
            return null;
        }

        /// <summary>The compiler's rule: the last <c>#pragma warning disable|restore</c> before the position that names the ID (or names none) decides.</summary>
        private static bool DisabledByPragma(SyntaxTree tree, int position, string id, CancellationToken ct)
        {
            if (tree.GetRoot(ct) is not CompilationUnitSyntax root || !root.ContainsDirectives) return false;
            bool disabled = false;
            for (var directive = root.GetFirstDirective(static d => d is PragmaWarningDirectiveTriviaSyntax); directive is not null;
                 directive = directive.GetNextDirective(static d => d is PragmaWarningDirectiveTriviaSyntax))
            {
                if (directive.SpanStart >= position) break;
                var pragma = (PragmaWarningDirectiveTriviaSyntax)directive;
                bool names = pragma.ErrorCodes.Count == 0;
                foreach (var code in pragma.ErrorCodes)
                {
                    if (code is IdentifierNameSyntax n && string.Equals(n.Identifier.ValueText, id, System.StringComparison.OrdinalIgnoreCase)) names = true;
                }
                if (names) disabled = pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword);
            }
            return disabled;
        }

        /// <summary>A [SuppressMessage] for the ID on the workload type, an enclosing type, the module or the assembly (whatever its Target: erring towards saying so).</summary>
        private static bool SuppressedByAttribute(INamedTypeSymbol type, Compilation compilation, string id)
        {
            for (var t = type; t is not null; t = t.ContainingType)
            {
                if (Suppresses(t.GetAttributes(), id)) return true;
            }
            return Suppresses(compilation.Assembly.GetAttributes(), id) || Suppresses(compilation.SourceModule.GetAttributes(), id);
        }

        private static bool Suppresses(System.Collections.Immutable.ImmutableArray<AttributeData> attributes, string id)
        {
            foreach (var a in attributes)
            {
                if (a.AttributeClass is not { Name: "SuppressMessageAttribute" or "UnconditionalSuppressMessageAttribute" } cls
                    || cls.ContainingNamespace?.ToDisplayString() != "System.Diagnostics.CodeAnalysis") continue;
                if (a.ConstructorArguments.Length < 2 || a.ConstructorArguments[1].Value is not string checkId) continue;
                if (checkId.StartsWith(id, System.StringComparison.OrdinalIgnoreCase) && (checkId.Length == id.Length || checkId[id.Length] == ':')) return true;
            }
            return false;
        }

        /// <summary>Members can be added only to a non-generic type re-opened as partial along with every enclosing type.</summary>
        private static bool CanTakeMembers(INamedTypeSymbol type, SyntaxNode target, CancellationToken ct)
        {
            if (type.IsFileLocal) return false;
            // The user's own members of these names (the symbol here has no generated code): ours would collide.
            // A member of the type's own name (a class named ManifestYaml) does not compile (CS0542); PG0018 says why.
            if (!type.GetMembers("ManifestYaml").IsEmpty || !type.GetMembers("CreateManifest").IsEmpty || type.Name is "ManifestYaml" or "CreateManifest") return false;
            for (var t = type; t is not null; t = t.ContainingType)
            {
                if (t.Arity > 0) return false;
                foreach (var r in t.DeclaringSyntaxReferences)
                {
                    if (r.GetSyntax(ct) is not TypeDeclarationSyntax decl || !decl.Modifiers.Any(SyntaxKind.PartialKeyword)) return false;
                }
            }
            return target is TypeDeclarationSyntax;
        }
    }
}

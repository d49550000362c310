using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProbeGen.CodeFixes
{
    /// <summary>
    /// The application fixes, where the app gives one clear answer: PG4001 writes the health path the app maps; PG4002
    /// writes the port it listens on (on the probe's Port, or on the named [ContainerPort] the probe refers to) and
    /// declares that port with [ContainerPort] when the container does not yet.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AppProbeFix)), Shared]
    public sealed class AppProbeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(FixIds.ProbePathNotMapped, FixIds.ProbePortNotListened);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(FixIds.FixValueProperty, out var value) || value is null) continue;
                if (diagnostic.Id == FixIds.ProbePathNotMapped)
                {
                    context.RegisterCodeFix(CodeAction.Create("Use HttpGet = \"" + value + "\", the path the app maps",
                        ct => SetPathAsync(context.Document, diagnostic, value, ct), equivalenceKey: nameof(AppProbeFix) + "Path"), diagnostic);
                }
                else if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port))
                {
                    bool declare = diagnostic.Properties.TryGetValue(FixIds.DeclarePortProperty, out var d) && d == "true";
                    string title = diagnostic.AdditionalLocations.Count > 0
                        ? "Declare the named port as " + value + ", the port the app listens on"
                        : "Use Port = " + value + ", the port the app listens on" + (declare ? ", and declare it" : "");
                    context.RegisterCodeFix(CodeAction.Create(title, ct => SetPortAsync(context.Document, diagnostic, port, declare, ct), equivalenceKey: nameof(AppProbeFix) + "Port"), diagnostic);
                }
            }
            return Task.CompletedTask;
        }

        private static async Task<Document> SetPathAsync(Document document, Diagnostic diagnostic, string path, CancellationToken ct)
        {
            var (root, node) = await Syntax.FindAsync(document, diagnostic.Location.SourceSpan, ct).ConfigureAwait(false);
            if (node?.FirstAncestorOrSelf<AttributeArgumentSyntax>() is not { } argument) return document;
            var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(path));
            return document.WithSyntaxRoot(root.ReplaceNode(argument.Expression, literal.WithTriviaFrom(argument.Expression)));
        }

        private static async Task<Document> SetPortAsync(Document document, Diagnostic diagnostic, int port, bool declare, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            if (root is null) return document;
            var literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(port));
            // A named port: the number belongs on its [ContainerPort] (the probe keeps its PortName).
            var target = diagnostic.AdditionalLocations.Count > 0 && diagnostic.AdditionalLocations[0].SourceTree == root.SyntaxTree
                ? diagnostic.AdditionalLocations[0]
                : diagnostic.Location;
            if (root.FindNode(target.SourceSpan).FirstAncestorOrSelf<AttributeArgumentSyntax>() is not { } argument) return document;
            var type = argument.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            var probeList = argument.FirstAncestorOrSelf<AttributeListSyntax>();
            var annotation = new SyntaxAnnotation();
            root = root.ReplaceNode(argument.Expression, literal.WithTriviaFrom(argument.Expression).WithAdditionalAnnotations(annotation));
            if (!declare || type is null || probeList is null || diagnostic.AdditionalLocations.Count > 0) return document.WithSyntaxRoot(root);

            // Declare the port with [ContainerPort(N)]: after the container's other ports, else after [Container].
            type = root.GetAnnotatedNodes(annotation).First().FirstAncestorOrSelf<TypeDeclarationSyntax>()!;
            var anchor = type.AttributeLists.LastOrDefault(l => l.Attributes.Any(a => Syntax.ShortName(a) == "ContainerPort"))
                ?? type.AttributeLists.FirstOrDefault(l => l.Attributes.Any(a => Syntax.ShortName(a) is "Container" or "InitContainer"));
            var attribute = SyntaxFactory.Attribute(SyntaxFactory.IdentifierName("ContainerPort"),
                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(literal))));
            var reference = anchor ?? type.AttributeLists.First();
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
                .WithLeadingTrivia(reference.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)))
                .WithTrailingTrivia(reference.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { } eol && eol != default ? eol : SyntaxFactory.EndOfLine("\n"));
            root = anchor is not null ? root.InsertNodesAfter(anchor, new[] { list }) : root.InsertNodesBefore(reference, new[] { list });
            return document.WithSyntaxRoot(root);
        }
    }
}

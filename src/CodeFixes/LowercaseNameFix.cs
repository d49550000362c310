using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProbeGen.Core.Validation;

namespace ProbeGen.CodeFixes
{
    /// <summary>An upper-case object or container name → lower case, offered only when that alone makes it valid.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LowercaseNameFix)), Shared]
    public sealed class LowercaseNameFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(FixIds.NameNotLowercaseSubdomain, FixIds.ContainerNameNotLabel);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var (_, node) = await Syntax.FindAsync(context.Document, context.Span, context.CancellationToken).ConfigureAwait(false);
            if (node?.FirstAncestorOrSelf<AttributeArgumentSyntax>()?.Expression is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression)) return;
            string value = literal.Token.ValueText;
            string lower = value.ToLowerInvariant();
            if (lower == value) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                bool valid = diagnostic.Id == FixIds.ContainerNameNotLabel
                    ? K8sFormats.Dns1123Label(lower).Count == 0
                    : K8sFormats.Dns1123Subdomain(lower).Count == 0;
                if (!valid) continue;
                context.RegisterCodeFix(CodeAction.Create("Use \"" + lower + "\"", async ct =>
                {
                    var root = await context.Document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
                    var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(lower)).WithTriviaFrom(literal);
                    return context.Document.WithSyntaxRoot(root!.ReplaceNode(literal, replacement));
                }, equivalenceKey: nameof(LowercaseNameFix)), diagnostic);
            }
        }
    }
}

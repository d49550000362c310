using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProbeGen.CodeFixes
{
    /// <summary>
    /// Removes the argument at fault where the default is the fix: a liveness/startup SuccessThreshold (default 1),
    /// a readiness TerminationGracePeriodSeconds (not allowed), an explicit 0 that means the default anyway.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveArgumentFix)), Shared]
    public sealed class RemoveArgumentFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(FixIds.SuccessThresholdMustBeOne, FixIds.ReadinessTerminationGrace, FixIds.ZeroMeansDefault);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var (_, node) = await Syntax.FindAsync(context.Document, context.Span, context.CancellationToken).ConfigureAwait(false);
            if (node?.FirstAncestorOrSelf<AttributeArgumentSyntax>() is not { NameEquals: { } name } argument) return;
            string title = "Remove " + name.Name.Identifier.ValueText + " (use the Kubernetes default)";
            foreach (var diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => RemoveAsync(context.Document, argument, ct), equivalenceKey: nameof(RemoveArgumentFix) + diagnostic.Id),
                    diagnostic);
            }
        }

        private static async Task<Document> RemoveAsync(Document document, AttributeArgumentSyntax argument, System.Threading.CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            var newRoot = root!.RemoveNode(argument, SyntaxRemoveOptions.KeepNoTrivia)!;
            return document.WithSyntaxRoot(newRoot);
        }
    }
}

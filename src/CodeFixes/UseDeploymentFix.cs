using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProbeGen.CodeFixes
{
    /// <summary>PG2003: a long-running bare Pod → <c>[Deployment]</c> (dropping a restart policy other than Always, which a Deployment rejects).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseDeploymentFix)), Shared]
    public sealed class UseDeploymentFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(FixIds.BarePod);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var (_, node) = await Syntax.FindAsync(context.Document, context.Span, context.CancellationToken).ConfigureAwait(false);
            if (node?.FirstAncestorOrSelf<AttributeSyntax>() is not { } pod || Syntax.ShortName(pod) != "Pod") return;
            foreach (var diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(CodeAction.Create("Make it a Deployment", async ct =>
                {
                    var root = (await context.Document.GetSyntaxRootAsync(ct).ConfigureAwait(false))!;
                    var type = pod.FirstAncestorOrSelf<TypeDeclarationSyntax>()!;
                    var restartPolicy = Syntax.FindAttribute(type, "RestartPolicy");
                    var tracked = root.TrackNodes(restartPolicy is null ? new SyntaxNode[] { pod } : new SyntaxNode[] { pod, restartPolicy });
                    var currentPod = tracked.GetCurrentNode(pod)!;
                    NameSyntax newName = pod.Name is QualifiedNameSyntax q
                        ? q.WithRight(SyntaxFactory.IdentifierName(q.Right.Identifier.ValueText.Replace("Pod", "Deployment")))
                        : SyntaxFactory.IdentifierName(pod.Name.ToString().EndsWith("Attribute", System.StringComparison.Ordinal) ? "DeploymentAttribute" : "Deployment");
                    tracked = tracked.ReplaceNode(currentPod, currentPod.WithName(newName.WithTriviaFrom(pod.Name)));
                    if (restartPolicy is not null)
                    {
                        var current = tracked.GetCurrentNode(restartPolicy)!;
                        bool always = current.ArgumentList?.Arguments.FirstOrDefault()?.Expression.ToString().EndsWith("Always", System.StringComparison.Ordinal) == true;
                        if (!always) tracked = Syntax.RemoveAttribute(tracked, current);
                    }
                    return context.Document.WithSyntaxRoot(tracked);
                }, equivalenceKey: nameof(UseDeploymentFix)), diagnostic);
            }
        }
    }
}

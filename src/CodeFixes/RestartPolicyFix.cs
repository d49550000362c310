using System.Collections.Immutable;
using System.Composition;
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
    /// Restart-policy fixes: a Job/CronJob without OnFailure/Never gets <c>OnFailure</c> (added, or replacing Always);
    /// a Pod with Never and a liveness probe gets <c>OnFailure</c>; a Deployment with Never/OnFailure loses the policy
    /// (its only allowed value, Always, is the default).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RestartPolicyFix)), Shared]
    public sealed class RestartPolicyFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(FixIds.JobRestartPolicy, FixIds.NeverWithLiveness, FixIds.DeploymentRestartPolicy);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var (_, node) = await Syntax.FindAsync(context.Document, context.Span, context.CancellationToken).ConfigureAwait(false);
            if (node is null || Syntax.WorkloadClass(node) is not { } workload) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (diagnostic.Id == FixIds.DeploymentRestartPolicy)
                {
                    if (Syntax.FindAttribute(workload, "RestartPolicy") is null) continue;
                    context.RegisterCodeFix(CodeAction.Create("Remove the restart policy (a Deployment always uses Always)",
                        ct => RemovePolicyAsync(context.Document, context.Span, ct), equivalenceKey: nameof(RestartPolicyFix) + "Remove"), diagnostic);
                }
                else
                {
                    context.RegisterCodeFix(CodeAction.Create("Use RestartPolicy.OnFailure",
                        ct => SetOnFailureAsync(context.Document, context.Span, ct), equivalenceKey: nameof(RestartPolicyFix) + "OnFailure"), diagnostic);
                }
            }
        }

        private static async Task<Document> SetOnFailureAsync(Document document, Microsoft.CodeAnalysis.Text.TextSpan span, CancellationToken ct)
        {
            var (root, node) = await Syntax.FindAsync(document, span, ct).ConfigureAwait(false);
            if (node is null || Syntax.WorkloadClass(node) is not { } workload) return document;
            var existing = Syntax.FindAttribute(workload, "RestartPolicy");
            var onFailure = Syntax.EnumMember("RestartPolicy", "OnFailure");
            if (existing?.ArgumentList?.Arguments.FirstOrDefault() is { } argument)
            {
                return document.WithSyntaxRoot(root.ReplaceNode(argument.Expression, onFailure.WithTriviaFrom(argument.Expression)));
            }
            // Add [RestartPolicy(RestartPolicy.OnFailure)] right after the workload attribute's list.
            var workloadList = workload.AttributeLists.First(l => l.Attributes.Any(a => Syntax.IsWorkloadAttribute(a)));
            var attribute = SyntaxFactory.Attribute(SyntaxFactory.IdentifierName("RestartPolicy"),
                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(onFailure))));
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
                .WithLeadingTrivia(workloadList.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)))
                .WithTrailingTrivia(workloadList.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { } eol && eol != default
                    ? eol
                    : SyntaxFactory.EndOfLine("\n"));
            return document.WithSyntaxRoot(root.InsertNodesAfter(workloadList, new[] { list }));
        }

        private static async Task<Document> RemovePolicyAsync(Document document, Microsoft.CodeAnalysis.Text.TextSpan span, CancellationToken ct)
        {
            var (root, node) = await Syntax.FindAsync(document, span, ct).ConfigureAwait(false);
            if (node is null || Syntax.WorkloadClass(node) is not { } workload || Syntax.FindAttribute(workload, "RestartPolicy") is not { } policy) return document;
            return document.WithSyntaxRoot(Syntax.RemoveAttribute(root, policy));
        }
    }
}

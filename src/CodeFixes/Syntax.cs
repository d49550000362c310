using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ProbeGen.CodeFixes
{
    internal static class Syntax
    {
        public static async Task<(SyntaxNode Root, SyntaxNode? Node)> FindAsync(Document document, Microsoft.CodeAnalysis.Text.TextSpan span, CancellationToken ct)
        {
            var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
            return (root!, root?.FindNode(span, getInnermostNodeForTie: false));
        }

        /// <summary>A workload attribute (<c>[Pod]</c>, <c>[StatefulSet]</c> … every kind row).</summary>
        public static bool IsWorkloadAttribute(AttributeSyntax a) => ProbeGen.Core.Model.WorkloadKinds.FromAttributeName(ShortName(a) + "Attribute") is not null;

        /// <summary>The attribute name without namespace or the Attribute suffix (<c>ProbeGen.RestartPolicyAttribute</c> → <c>RestartPolicy</c>).</summary>
        public static string ShortName(AttributeSyntax a)
        {
            string name = a.Name switch
            {
                QualifiedNameSyntax q => q.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax al => al.Name.Identifier.ValueText,
                SimpleNameSyntax s => s.Identifier.ValueText,
                _ => a.Name.ToString(),
            };
            return name.EndsWith("Attribute", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - 9) : name;
        }

        /// <summary>The class that carries the workload attribute: the attribute's own class, or its containing class.</summary>
        public static TypeDeclarationSyntax? WorkloadClass(SyntaxNode node)
        {
            var type = node.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            for (var t = type; t is not null; t = t.Parent as TypeDeclarationSyntax)
            {
                if (t.AttributeLists.SelectMany(l => l.Attributes).Any(a => IsWorkloadAttribute(a))) return t;
            }
            return type;
        }

        public static AttributeSyntax? FindAttribute(TypeDeclarationSyntax type, string shortName) =>
            type.AttributeLists.SelectMany(l => l.Attributes).FirstOrDefault(a => ShortName(a) == shortName);

        /// <summary>Removes an attribute, and its list when it was alone there.</summary>
        public static SyntaxNode RemoveAttribute(SyntaxNode root, AttributeSyntax attribute)
        {
            if (attribute.Parent is AttributeListSyntax list && list.Attributes.Count == 1)
            {
                return root.RemoveNode(list, SyntaxRemoveOptions.KeepLeadingTrivia)!;
            }
            return root.RemoveNode(attribute, SyntaxRemoveOptions.KeepNoTrivia)!;
        }

        /// <summary><c>RestartPolicy.OnFailure</c>, qualified as the user wrote the enum elsewhere if needed.</summary>
        public static ExpressionSyntax EnumMember(string enumName, string member) =>
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(enumName), SyntaxFactory.IdentifierName(member));
    }
}

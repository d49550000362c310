using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ProbeGen.Generator.Parsing
{
    /// <summary>
    /// The names ProbeGen adds to a workload type, and what decides whether it can add them: shared by the generator
    /// (which must never emit code that does not compile) and the analyzers (which say why, PG0013 and PG0018).
    /// </summary>
    internal static class GeneratedMembers
    {
        public const string ManifestYaml = "ManifestYaml";
        public const string CreateManifest = "CreateManifest";

        /// <summary>Typed factories unless the project sets <c>ProbeGenTypedManifests=false</c> (KubernetesClient is checked apart).</summary>
        public static bool TypedManifestsEnabled(AnalyzerConfigOptionsProvider options) =>
            !options.GlobalOptions.TryGetValue("build_property.ProbeGenTypedManifests", out var v) || !string.Equals(v?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase);

        /// <summary>The project gets <c>CreateManifest()</c>: it references KubernetesClient and has not turned the factories off.</summary>
        public static bool TypedManifests(Compilation compilation, AnalyzerConfigOptionsProvider options) =>
            compilation.GetTypeByMetadataName("k8s.Models.V1Pod") is not null && TypedManifestsEnabled(options);

        /// <summary>False while a declaration is half typed (<c>public partial class </c>, no name yet): there is no type to re-open.</summary>
        public static bool HasNames(INamedTypeSymbol type)
        {
            for (var t = type; t is not null; t = t.ContainingType)
            {
                if (string.IsNullOrEmpty(t.Name)) return false;
            }
            for (var n = type.ContainingNamespace; n is { IsGlobalNamespace: false }; n = n.ContainingNamespace)
            {
                if (string.IsNullOrEmpty(n.Name)) return false;
            }
            return true;
        }

        /// <summary>The namespace as its symbols spell it (<c>A.class</c>, never <c>A.@class</c>); null for the global namespace.</summary>
        public static string? NamespaceName(INamedTypeSymbol type)
        {
            var n = type.ContainingNamespace;
            if (n is null || n.IsGlobalNamespace) return null;
            string name = n.Name;
            for (n = n.ContainingNamespace; n is { IsGlobalNamespace: false }; n = n.ContainingNamespace) name = n.Name + "." + name;
            return name;
        }

        /// <summary>
        /// The first member of <paramref name="type"/> named <paramref name="name"/> that the user wrote and that the
        /// generated member would clash with (CS0102/CS0111); null when there is none. For <c>CreateManifest</c>, an
        /// overload with parameters or type parameters does not clash. Members in ProbeGen's own generated files
        /// (the analyzers see them) are not the user's.
        /// </summary>
        public static ISymbol? UserMember(INamedTypeSymbol type, string name)
        {
            foreach (var m in type.GetMembers(name))
            {
                if (m.IsImplicitlyDeclared || IsGenerated(m)) continue;
                if (name == CreateManifest && m is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && (method.Parameters.Length > 0 || method.TypeParameters.Length > 0)) continue;
                return m;
            }
            return null;
        }

        public static bool UserDeclares(INamedTypeSymbol type, string name) => UserMember(type, name) is not null || type.Name == name;

        private static bool IsGenerated(ISymbol member)
        {
            if (member.Locations.Length == 0) return false;
            foreach (var l in member.Locations)
            {
                string path = l.SourceTree?.FilePath ?? "";
                if (path.IndexOf("ProbeGen.Workloads.", System.StringComparison.Ordinal) < 0 || path.IndexOf("ProbeGen.Generator", System.StringComparison.Ordinal) < 0) return false;
            }
            return true;
        }
    }
}

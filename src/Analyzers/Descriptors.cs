using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ProbeGen.Core.Validation;

namespace ProbeGen.Analyzers
{
    /// <summary>DiagnosticDescriptors made from the core catalogue, so an ID, title and severity are written once.</summary>
    internal static class Descriptors
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = Build();

        public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.CreateRange(s_byId.Values);

        public static DiagnosticDescriptor For(RuleDescriptor rule) => s_byId[rule.Id];

        private static Dictionary<string, DiagnosticDescriptor> Build()
        {
            var map = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
            foreach (var r in RuleCatalog.All)
            {
                // PG0012 and the application rules (PG4xxx) are reported once the whole compilation has been seen.
                var tags = r.Id == RuleCatalog.DuplicateManifestFile.Id || RuleCatalog.AppRules.Contains(r)
                    ? new[] { WellKnownDiagnosticTags.CompilationEnd }
                    : System.Array.Empty<string>();
                map[r.Id] = new DiagnosticDescriptor(
                    r.Id, r.Title, "{0}", r.Category,
                    r.Severity switch
                    {
                        RuleSeverity.Error => DiagnosticSeverity.Error,
                        RuleSeverity.Warning => DiagnosticSeverity.Warning,
                        _ => DiagnosticSeverity.Info,
                    },
                    isEnabledByDefault: true,
                    description: null,
                    helpLinkUri: r.HelpLink,
                    customTags: tags);
            }
            return map;
        }
    }
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ProbeGen.Core.Validation;
using ProbeGen.Generator.Parsing;

namespace ProbeGen.Analyzers
{
    /// <summary>
    /// Runs the C# front-end and the rule engine on every class that carries ProbeGen attributes, and reports each
    /// finding at the attribute argument its field path came from (else the attribute, else the class name).
    /// One analyzer for all rules: the rules themselves live one per file in the core, and share this one parse.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class WorkloadAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is not analyzed; a diagnostic that lands in it is dropped by GeneratedCode, once per tree,
            // instead of by the driver's per-diagnostic check (see GeneratedCode: a quarter of this analyzer's time).
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                // Nothing to do in a compilation that does not reference ProbeGen.
                if (start.Compilation.GetTypeByMetadataName(AttributeNames.Pod) is null) return;
                var files = new ConcurrentDictionary<string, List<(INamedTypeSymbol Type, Location? Location)>>(System.StringComparer.OrdinalIgnoreCase);
                bool typedManifests = GeneratedMembers.TypedManifests(start.Compilation, start.Options.AnalyzerConfigOptionsProvider);
                var generated = new GeneratedCode(start.Compilation);
                start.RegisterSymbolAction(ctx => AnalyzeType(ctx, files, typedManifests, generated), SymbolKind.NamedType);
                start.RegisterCompilationEndAction(end => ReportDuplicateFiles(end, files, generated));
            });
        }

        private static void AnalyzeType(SymbolAnalysisContext ctx, ConcurrentDictionary<string, List<(INamedTypeSymbol Type, Location? Location)>> files, bool typedManifests, GeneratedCode generated)
        {
            if (ctx.Symbol is not INamedTypeSymbol type) return;
            var attributes = type.GetAttributes();
            bool any = false, isWorkload = false, isContainer = false;
            foreach (var a in attributes)
            {
                string? n = AttributeNames.OwnName(a);
                if (n is null) continue;
                any = true;
                if (AttributeNames.IsWorkload(n)) isWorkload = true;
                if (AttributeNames.IsContainer(n)) isContainer = true;
            }
            if (!any) return;
            var identifier = type.Locations.FirstOrDefault();
            try
            {
                if (isWorkload)
                {
                    // One read, recording where each field path came from: recording is cheap beside the read itself, and a
                    // second read for the workloads with findings (most of them in a real project: PG2003, PG3007 …) was not.
                    var session = new ParseSession(wantLocations: true, ctx.CancellationToken) { ReservesCreateManifest = typedManifests };
                    var spec = WorkloadParser.Parse(type, session);
                    IReadOnlyList<Finding> findings = spec is null ? System.Array.Empty<Finding>() : RuleEngine.Validate(spec);
                    foreach (var issue in session.Issues) Report(ctx, generated, issue.Rule, issue.Location ?? identifier, issue.Message);
                    // PG0003, or a container whose own error dropped it from the model, already explains "spec.containers: Required value".
                    bool noContainer = session.DroppedContainer || session.Issues.Any(i => i.Rule.Id == RuleCatalog.NoContainer.Id);
                    var usageAt = new HashSet<Location>(session.Issues.Where(i => i.Location is not null && i.Rule.Severity == RuleSeverity.Error).Select(i => i.Location!));
                    foreach (var f in findings)
                    {
                        if (noContainer && f.Rule.Id == ProbeGen.Core.Validation.Rules.ContainersRequired.Rule.Id) continue;
                        var location = session.Locate(f.LocatorPath) ?? identifier;
                        // A usage error at this very argument ((RestartPolicy)7) already explains it; a follow-on finding would mislead.
                        if (location is not null && usageAt.Contains(location)) continue;
                        Report(ctx, generated, f.Rule, location, f.Message);
                    }
                    if (spec is not null)
                    {
                        var owners = files.GetOrAdd(spec.FileName, _ => new List<(INamedTypeSymbol, Location?)>(1));
                        lock (owners) owners.Add((type, identifier));
                    }
                    return;
                }
                // Types inside a workload are read (and reported) with it.
                if (IsInsideWorkload(type)) return;
                var stray = new ParseSession(wantLocations: true, ctx.CancellationToken);
                if (isContainer)
                {
                    Report(ctx, generated, RuleCatalog.ContainerOutsideWorkload, identifier,
                        "'" + type.Name + "' declares a container but is not a workload class or a class nested directly in one; nothing would be generated for it");
                }
                else
                {
                    WorkloadParser.ReportStrayContainerParts(type, attributes, identifier, stray);
                }
                WorkloadParser.ReportStrayPodParts(type, attributes, identifier, stray);
                WorkloadParser.ReportStraySets(type.Name, AttrView.Of(attributes), identifier, nested: false, stray);
                foreach (var issue in stray.Issues) Report(ctx, generated, issue.Rule, issue.Location ?? identifier, issue.Message);
            }
            catch (System.OperationCanceledException)
            {
                throw;
            }
            catch (System.Exception ex)
            {
                Report(ctx, generated, RuleCatalog.InternalError, identifier,
                    "ProbeGen could not read '" + type.Name + "' (" + ex.GetType().Name + ": " + ex.Message + "); no manifest is generated. Please report this.");
            }
        }

        private static bool IsInsideWorkload(INamedTypeSymbol type)
        {
            var parent = type.ContainingType;
            if (parent is null) return false;
            foreach (var a in parent.GetAttributes()) if (AttributeNames.IsWorkload(AttributeNames.OwnName(a))) return true;
            return false;
        }

        private static void Report(SymbolAnalysisContext ctx, GeneratedCode generated, RuleDescriptor rule, Location? location, string message)
        {
            if (location is not null && generated.Contains(location, ctx.CancellationToken)) return;
            ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.For(rule), location ?? Location.None, message));
        }

        private static void ReportDuplicateFiles(CompilationAnalysisContext ctx, ConcurrentDictionary<string, List<(INamedTypeSymbol Type, Location? Location)>> files, GeneratedCode generated)
        {
            foreach (var kv in files.OrderBy(k => k.Key, System.StringComparer.Ordinal))
            {
                if (kv.Value.Count < 2) continue;
                var owners = kv.Value.Select(o => (Type: o.Type.ToDisplayString(), o.Location)).OrderBy(o => o.Type, System.StringComparer.Ordinal).ToArray();
                foreach (var owner in owners)
                {
                    if (owner.Location is not null && generated.Contains(owner.Location, ctx.CancellationToken)) continue;
                    var others = string.Join(", ", owners.Where(o => o.Type != owner.Type).Select(o => "'" + o.Type + "'"));
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.For(RuleCatalog.DuplicateManifestFile), owner.Location ?? Location.None,
                        "'" + owner.Type + "' and " + others + " would all write '" + kv.Key + "': give the workloads different names or namespaces"));
                }
            }
        }
    }
}

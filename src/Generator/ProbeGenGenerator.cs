using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProbeGen.Core.Model;
using ProbeGen.Core.Validation;
using ProbeGen.Generator.Emission;
using ProbeGen.Generator.Model;
using ProbeGen.Generator.Parsing;

namespace ProbeGen.Generator
{
    /// <summary>
    /// The pipeline only: find workload classes (<c>ForAttributeWithMetadataName</c>), turn each into an equatable
    /// <see cref="WorkloadItem"/> at once, emit one file per valid workload and one catalogue. Diagnostics are the
    /// analyzers' job; here an invalid workload just gets no output.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ProbeGenGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var pods = Find(context, AttributeNames.Pod, TrackingNames.Pods);
            var deployments = Find(context, AttributeNames.Deployment, TrackingNames.Deployments);
            var jobs = Find(context, AttributeNames.Job, TrackingNames.Jobs);
            var cronJobs = Find(context, AttributeNames.CronJob, TrackingNames.CronJobs);

            var settings = context.CompilationProvider
                .Select(static (c, _) => c.GetTypeByMetadataName("k8s.Models.V1Pod") is not null)
                .Combine(context.AnalyzerConfigOptionsProvider.Select(static (o, _) =>
                    !o.GlobalOptions.TryGetValue("build_property.ProbeGenTypedManifests", out var v) || !string.Equals(v?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase)))
                .Combine(context.ParseOptionsProvider.Select(static (p, _) => p is CSharpParseOptions cs && cs.LanguageVersion >= LanguageVersion.CSharp8))
                .Select(static (x, _) => new EmitSettings(x.Left.Left && x.Left.Right, x.Right))
                .WithTrackingName(TrackingNames.Settings);

            foreach (var items in new[] { pods, deployments, jobs, cronJobs })
            {
                context.RegisterSourceOutput(items.Combine(settings), static (spc, pair) =>
                {
                    var (item, s) = pair;
                    if (item.Spec is null) return;
                    spc.AddSource(item.Target.HintName, SourceEmitter.Workload(item, s));
                });
            }

            var catalogue = pods.Collect()
                .Combine(deployments.Collect())
                .Combine(jobs.Collect())
                .Combine(cronJobs.Collect())
                .Select(static (x, ct) =>
                {
                    var builder = ImmutableArray.CreateBuilder<CatalogueEntry>();
                    foreach (var list in new[] { x.Left.Left.Left, x.Left.Left.Right, x.Left.Right, x.Right })
                    {
                        foreach (var item in list)
                        {
                            if (item.Spec is not { } w) continue;
                            builder.Add(new CatalogueEntry(item.Target.FullyQualifiedName, w.Kind.KindName(), w.Name, w.Namespace, w.FileName));
                        }
                    }
                    return new EquatableArray<CatalogueEntry>(builder.ToArray());
                })
                .WithTrackingName(TrackingNames.Catalogue);

            context.RegisterSourceOutput(catalogue, static (spc, entries) =>
                spc.AddSource("ProbeGen.Manifests.g.cs", SourceEmitter.Catalogue(ImmutableArray.CreateRange(entries))));
        }

        private static IncrementalValuesProvider<WorkloadItem> Find(IncrementalGeneratorInitializationContext context, string attribute, string trackingName) =>
            context.SyntaxProvider.ForAttributeWithMetadataName(
                    attribute,
                    static (node, _) => node is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax,
                    static (ctx, ct) => Transform(ctx, ct))
                .Where(static item => item is not null)
                .Select(static (item, _) => item!)
                .WithTrackingName(trackingName);

        /// <summary>
        /// A finding blocks the manifest when it is an error as the user configured it: an error rule set to none lets
        /// the manifest through (the user has decided), a warning raised to error holds it back, as the build would.
        /// </summary>
        private static bool Blocks(System.Collections.Generic.IReadOnlyList<Finding> findings, Compilation compilation, SyntaxTree tree, CancellationToken ct)
        {
            foreach (var f in findings)
            {
                if (Severities.Effective(f.Rule, compilation, tree, ct) == ReportDiagnostic.Error) return true;
            }
            return false;
        }

        private static WorkloadItem? Transform(GeneratorAttributeSyntaxContext ctx, CancellationToken ct)
        {
            if (ctx.TargetSymbol is not INamedTypeSymbol type) return null;
            try
            {
                var target = Targets.From(type);
                var session = new ParseSession(wantLocations: false, ct);
                var spec = WorkloadParser.Parse(type, session);
                if (spec is null || session.Failed || Blocks(RuleEngine.Validate(spec), ctx.SemanticModel.Compilation, ctx.TargetNode.SyntaxTree, ct)) return new WorkloadItem(target, null);
                return new WorkloadItem(target, spec);
            }
            catch (System.OperationCanceledException)
            {
                throw;
            }
            catch (System.Exception)
            {
                // Never take the compiler down over user code: no output; the analyzer reports PG9999 for the same input.
                return null;
            }
        }
    }

    /// <summary>Severities as the user configured them (.editorconfig, global config, NoWarn, WarnAsError).</summary>
    internal static class Severities
    {
        public static ReportDiagnostic Effective(RuleDescriptor rule, Compilation compilation, SyntaxTree tree, System.Threading.CancellationToken ct)
        {
            var options = compilation.Options;
            var provider = options.SyntaxTreeOptionsProvider;
            if (provider is not null && provider.TryGetDiagnosticValue(tree, rule.Id, ct, out var perTree) && perTree != ReportDiagnostic.Default) return perTree;
            if (provider is not null && provider.TryGetGlobalDiagnosticValue(rule.Id, ct, out var global) && global != ReportDiagnostic.Default) return global;
            if (options.SpecificDiagnosticOptions.TryGetValue(rule.Id, out var specific) && specific != ReportDiagnostic.Default) return specific;
            return rule.Severity switch
            {
                RuleSeverity.Error => ReportDiagnostic.Error,
                RuleSeverity.Warning => options.GeneralDiagnosticOption == ReportDiagnostic.Error ? ReportDiagnostic.Error : ReportDiagnostic.Warn,
                _ => ReportDiagnostic.Info,
            };
        }
    }

    /// <summary>Step names, shared by <c>WithTrackingName</c> and the caching tests.</summary>
    public static class TrackingNames
    {
        public const string Pods = "ProbeGen.Pods";
        public const string Deployments = "ProbeGen.Deployments";
        public const string Jobs = "ProbeGen.Jobs";
        public const string CronJobs = "ProbeGen.CronJobs";
        public const string Settings = "ProbeGen.Settings";
        public const string Catalogue = "ProbeGen.Catalogue";
    }

    internal static class Targets
    {
        public static TypeTarget From(INamedTypeSymbol type)
        {
            var containing = new System.Collections.Generic.List<ContainingType>();
            for (var t = type.ContainingType; t is not null; t = t.ContainingType) containing.Insert(0, new ContainingType(Keyword(t), t.Name));
            string? ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : null;
            return new TypeTarget(ns, new EquatableArray<ContainingType>(containing.ToArray()), Keyword(type), type.Name);
        }

        private static string Keyword(INamedTypeSymbol t) =>
            t.IsRecord ? (t.TypeKind == TypeKind.Struct ? "record struct" : "record")
            : t.TypeKind == TypeKind.Struct ? "struct"
            : t.TypeKind == TypeKind.Interface ? "interface"
            : "class";
    }
}

using System.Collections.Immutable;
using System.Linq;
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
    /// analyzers' job; here an invalid workload gets no manifest, only members that name the error, and PG0017
    /// (no location) when that error's diagnostic is hidden.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class ProbeGenGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var workloads = WorkloadPipeline.Workloads(context);
            var pods = WorkloadPipeline.OfKind(workloads, WorkloadKind.Pod, TrackingNames.Pods);
            var deployments = WorkloadPipeline.OfKind(workloads, WorkloadKind.Deployment, TrackingNames.Deployments);
            var jobs = WorkloadPipeline.OfKind(workloads, WorkloadKind.Job, TrackingNames.Jobs);
            var cronJobs = WorkloadPipeline.OfKind(workloads, WorkloadKind.CronJob, TrackingNames.CronJobs);
            var statefulSets = WorkloadPipeline.OfKind(workloads, WorkloadKind.StatefulSet, TrackingNames.StatefulSets);
            var daemonSets = WorkloadPipeline.OfKind(workloads, WorkloadKind.DaemonSet, TrackingNames.DaemonSets);
            var kinds = new[] { pods, deployments, jobs, cronJobs, statefulSets, daemonSets };
            // Every kind's items in one array, in kind order (each kind's pipeline stays apart, so an edit re-runs one kind).
            var allItems = Concat(kinds.Select(k => k.Collect()).ToArray());

            var settings = context.CompilationProvider
                .Select(static (c, _) => c.GetTypeByMetadataName("k8s.Models.V1Pod") is not null)
                .Combine(context.AnalyzerConfigOptionsProvider.Select(static (o, _) => GeneratedMembers.TypedManifestsEnabled(o)))
                .Combine(context.ParseOptionsProvider.Select(static (p, _) => p is CSharpParseOptions cs ? cs.LanguageVersion : LanguageVersion.CSharp1))
                .Select(static (x, _) => new EmitSettings(
                    x.Left.Left && x.Left.Right,
                    x.Right >= LanguageVersion.CSharp8))
                .WithTrackingName(TrackingNames.Settings);

            // Each workload's members, as text: cached per workload, so an edit re-renders one workload.
            var sources = kinds
                .Select(items => items.Combine(settings)
                    .Select(static (pair, _) =>
                    {
                        var (item, s) = pair;
                        // The user wrote CreateManifest() (PG0018 with typed factories on): generating one would not compile.
                        if (s.TypedManifests && item.Target.DeclaresCreateManifest) return null;
                        string typeName = item.Target.FullyQualifiedName;
                        // A held-back workload keeps members that bind and name the error (no bare CS0117 in user code).
                        if (item.Spec is null)
                            return item.HeldBack is { EmitMembers: true } held ? new WorkloadSource(SourceEmitter.ShardOf(typeName), typeName, HeldBackEmitter.Members(item.Target, held, s)) : null;
                        return new WorkloadSource(SourceEmitter.ShardOf(typeName), typeName, SourceEmitter.Members(item, s));
                    })
                    .WithTrackingName(TrackingNames.Members)
                    .Where(static w => w is not null)
                    .Select(static (w, _) => w!)
                    .Collect())
                .ToArray();

            // ... grouped into SourceEmitter.ShardCount files; an unchanged file is not emitted again.
            var shards = Concat(sources).Combine(settings)
                .SelectMany(static (x, _) =>
                {
                    var members = new System.Collections.Generic.List<WorkloadSource>[SourceEmitter.ShardCount];
                    for (int i = 0; i < members.Length; i++) members[i] = new System.Collections.Generic.List<WorkloadSource>();
                    foreach (var w in x.Left) members[w.Shard].Add(w);
                    var result = ImmutableArray.CreateBuilder<ShardSource>(SourceEmitter.ShardCount);
                    for (int i = 0; i < members.Length; i++)
                    {
                        members[i].Sort(static (a, b) => string.CompareOrdinal(a.TypeName, b.TypeName));
                        var texts = new string[members[i].Count];
                        for (int j = 0; j < texts.Length; j++) texts[j] = members[i][j].Text;
                        result.Add(new ShardSource(i, x.Right, new EquatableArray<string>(texts)));
                    }
                    return result.MoveToImmutable();
                })
                .WithTrackingName(TrackingNames.Shards);

            context.RegisterSourceOutput(shards, static (spc, shard) =>
            {
                if (shard.Members.Count == 0) return;
                spc.AddSource(shard.HintName, SourceEmitter.ShardText(shard));
            });

            // Held-back workloads: PG0017 where a suppression hid the error (no location, so no pragma reaches it), and the
            // list the build task reads to say so even when the analyzers did not run.
            var heldBack = allItems
                .Select(static (items, _) =>
                {
                    var builder = ImmutableArray.CreateBuilder<WorkloadItem>();
                    foreach (var item in items) if (item.HeldBack is not null) builder.Add(item);
                    return new EquatableArray<WorkloadItem>(builder.ToArray());
                })
                .WithTrackingName(TrackingNames.HeldBack);

            context.RegisterSourceOutput(heldBack.Combine(settings), static (spc, pair) =>
            {
                if (pair.Left.Count == 0) return;
                foreach (var item in pair.Left.OrderBy(i => i.Target.MetadataName, System.StringComparer.Ordinal))
                {
                    var h = item.HeldBack!;
                    if (!h.ReportHidden) continue;
                    spc.ReportDiagnostic(Diagnostic.Create(HeldBackDescriptor, Location.None,
                        "'" + h.TypeDisplay + "' gets no manifest" + (h.EmitMembers ? " (its ManifestYaml throws)" : "") + ": " + HeldBackEmitter.Reason(h)
                        + ", and its diagnostic is hidden: " + h.HiddenNote + ". A suppressed error is still one the API server rejects, so ProbeGen writes no manifest: fix the error."));
                }
                spc.AddSource("ProbeGen.HeldBack.g.cs", HeldBackEmitter.Index(pair.Left.Select(i => (i.Target.MetadataName, i.HeldBack!)), pair.Right.NullableDirective));
            });

            var catalogue = allItems
                .Select(static (items, ct) =>
                {
                    var builder = ImmutableArray.CreateBuilder<CatalogueEntry>();
                    bool any = false;
                    foreach (var item in items)
                    {
                        any = true;
                        if (item.Spec is not { } w) continue;
                        builder.Add(new CatalogueEntry(item.Target.FullyQualifiedName, item.Target.MetadataName, w.Kind.KindName(), w.Name, w.Namespace, w.FileName, item.Target.DeclaresCreateManifest));
                    }
                    return new CatalogueModel(any, new EquatableArray<CatalogueEntry>(builder.ToArray()));
                })
                .WithTrackingName(TrackingNames.Catalogue);

            // An assembly without workloads gets neither catalogue nor helpers: an empty ProbeGen.Generated.Manifests
            // would hide the one of an assembly that shows its internals to this one (a test project, CS0436).
            context.RegisterSourceOutput(catalogue.Combine(settings), static (spc, pair) =>
            {
                var (model, s) = pair;
                if (!model.HasWorkloads) return;
                var entries = ImmutableArray.CreateBuilder<CatalogueEntry>(model.Entries.Count);
                foreach (var e in model.Entries)
                {
                    if (!(s.TypedManifests && e.DeclaresCreateManifest)) entries.Add(e);
                }
                spc.AddSource("ProbeGen.Manifests.g.cs", SourceEmitter.Catalogue(entries.ToImmutable(), s.NullableDirective));
            });

            // The helpers every CreateManifest() calls: one file per assembly.
            var helpers = settings
                .Combine(catalogue.Select(static (c, _) => c.HasWorkloads))
                .Select(static (x, _) => x.Left.TypedManifests && x.Right ? x.Left : null);
            context.RegisterSourceOutput(helpers, static (spc, s) =>
            {
                if (s is null) return;
                spc.AddSource("ProbeGen.ManifestFactory.g.cs", FactoryHelpers.SourceFor(s));
            });
        }

        /// <summary>The parts' items in one array, in the parts' order; an unchanged part keeps every step cached.</summary>
        private static IncrementalValueProvider<ImmutableArray<T>> Concat<T>(IncrementalValueProvider<ImmutableArray<T>>[] parts)
        {
            var all = parts[0];
            for (int i = 1; i < parts.Length; i++) all = all.Combine(parts[i]).Select(static (x, _) => x.Left.AddRange(x.Right));
            return all;
        }

        /// <summary>The kind of a workload attribute by its metadata name (<c>ProbeGen.DeploymentAttribute</c>).</summary>
        private static WorkloadKind KindOf(string attribute) =>
            WorkloadKinds.FromAttributeName(attribute.StartsWith(AttributeNames.Namespace + ".", System.StringComparison.Ordinal) ? attribute.Substring(AttributeNames.Namespace.Length + 1) : attribute) ?? WorkloadKind.Pod;

        private static readonly DiagnosticDescriptor HeldBackDescriptor = new(
            "PG0017", RuleCatalog.ManifestHeldBack.Title, "{0}", RuleCatalog.ManifestHeldBack.Category,
            DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: RuleCatalog.ManifestHeldBack.HelpLink);

        /// <summary>
        /// A finding blocks the manifest when it is an error by default, however configured (the API server rejects it,
        /// and a setting does not change that), or when the user raised it to error, as the build does.
        /// </summary>
        private static bool Blocks(System.Collections.Generic.IReadOnlyList<Finding> findings, Compilation compilation, SyntaxTree tree, CancellationToken ct)
        {
            foreach (var f in findings)
            {
                if (HeldBackReader.Blocks(f.Rule, compilation, tree, ct)) return true;
            }
            return false;
        }

        /// <summary>The semantic path: what today's <c>ForAttributeWithMetadataName</c> transform made of one declaration and one workload attribute.</summary>
        internal static WorkloadItem? Transform(INamedTypeSymbol type, string attribute, Compilation compilation, SyntaxNode targetNode, CancellationToken ct)
        {
            // A class still being typed (`public partial class ` with no name yet): the compiler reports it; nothing to add members to.
            if (!GeneratedMembers.HasNames(type)) return null;
            try
            {
                var target = Targets.From(type);
                var session = new ParseSession(wantLocations: false, ct);
                var spec = WorkloadParser.Parse(type, session);
                if (spec is not null && !session.Failed && !Blocks(RuleEngine.Validate(spec), compilation, targetNode.SyntaxTree, ct)) return new WorkloadItem(target, spec);
                // Two workload attributes on one class (PG0002): only the first one's pipeline keeps the held-back members.
                string? first = null;
                foreach (var a in type.GetAttributes())
                {
                    string? n = AttributeNames.OwnName(a);
                    if (AttributeNames.IsWorkload(n)) { first = n; break; }
                }
                if (first is null || AttributeNames.Namespace + "." + first != attribute) return new WorkloadItem(target, null);
                return new WorkloadItem(target, null, HeldBackReader.Read(type, KindOf(attribute), targetNode, compilation, ct));
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
        public const string StatefulSets = "ProbeGen.StatefulSets";
        public const string DaemonSets = "ProbeGen.DaemonSets";
        public const string Settings = "ProbeGen.Settings";
        public const string Catalogue = "ProbeGen.Catalogue";
        public const string Members = "ProbeGen.Members";
        public const string Shards = "ProbeGen.Shards";
        public const string HeldBack = "ProbeGen.HeldBack";
        public const string Declarations = "ProbeGen.Declarations";
        public const string GlobalUsings = "ProbeGen.GlobalUsings";
        public const string NameFacts = "ProbeGen.NameFacts";
        public const string PartialTypes = "ProbeGen.PartialTypes";
        public const string SyntaxWorkloads = "ProbeGen.SyntaxWorkloads";
        public const string RaisedSeverities = "ProbeGen.RaisedSeverities";
        public const string SemanticWorkloads = "ProbeGen.SemanticWorkloads";
        public const string Workloads = "ProbeGen.Workloads";
    }

    internal static class Targets
    {
        public static TypeTarget From(INamedTypeSymbol type)
        {
            var containing = new System.Collections.Generic.List<ContainingType>();
            for (var t = type.ContainingType; t is not null; t = t.ContainingType) containing.Insert(0, new ContainingType(Keyword(t), t.Name));
            return new TypeTarget(GeneratedMembers.NamespaceName(type), new EquatableArray<ContainingType>(containing.ToArray()), Keyword(type), type.Name,
                GeneratedMembers.UserDeclares(type, GeneratedMembers.CreateManifest));
        }

        private static string Keyword(INamedTypeSymbol t) =>
            t.IsRecord ? (t.TypeKind == TypeKind.Struct ? "record struct" : "record")
            : t.TypeKind == TypeKind.Struct ? "struct"
            : t.TypeKind == TypeKind.Interface ? "interface"
            : "class";
    }
}

using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ProbeGen.Generator;

namespace ProbeGen.Bench;

/// <summary>Which generator the kept driver runs: ProbeGen's, or the floor of the attribute-binding approach.</summary>
public enum TypingGenerator { ProbeGen, AttributesOnly }

/// <summary>
/// What the IDE pays per keystroke: one <see cref="GeneratorDriver"/> kept across edits (as the IDE keeps it), over
/// N workloads plus an unrelated file. Each iteration first applies an edit outside the measurement (the new tree from
/// an incremental reparse, put in with <c>ReplaceSyntaxTree</c>, alternating two texts so every iteration is a real
/// change) and then measures only the driver's <c>RunGenerators</c> on the new compilation.
/// <list type="bullet">
/// <item><c>UnrelatedMethodBodyEdit</c>: a method body of a file with no ProbeGen attribute changes (the goal: ≤ 20 ms).</item>
/// <item><c>WorkloadAttributeEdit</c>: one workload's <c>[Container]</c> image argument changes (the goal: about one workload's work).</item>
/// </list>
/// <c>AttributesOnly</c> is the reference: four <c>ForAttributeWithMetadataName</c> pipelines whose transform only
/// reads <c>ctx.Attributes</c>, the floor of any generator built on attribute binding.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TypingBenchmarkConfig))]
public class TypingBenchmarks
{
    [Params(1000)]
    public int N { get; set; }

    [Params(WorkloadMix.Clean, WorkloadMix.Diagnostics)]
    public WorkloadMix Mix { get; set; }

    [Params(TypingGenerator.ProbeGen, TypingGenerator.AttributesOnly)]
    public TypingGenerator Generator { get; set; }

    private TypingSession _session = null!;

    [GlobalSetup]
    public void Setup() => _session = new TypingSession(N, Mix, Generator);

    [IterationSetup(Target = nameof(UnrelatedMethodBodyEdit))]
    public void EditUnrelatedMethodBody() => _session.EditUnrelatedMethodBody();

    [IterationSetup(Target = nameof(WorkloadAttributeEdit))]
    public void EditWorkloadAttribute() => _session.EditWorkloadAttribute();

    [Benchmark]
    public int UnrelatedMethodBodyEdit() => _session.RunGenerators();

    [Benchmark]
    public int WorkloadAttributeEdit() => _session.RunGenerators();
}

/// <summary>
/// One invocation per iteration (each needs its own edit first); more iterations than the build benchmarks, as each is
/// short. In process: on the shared machine BenchmarkDotNet's rebuild of the repository for a child process timed out.
/// </summary>
public sealed class TypingBenchmarkConfig : ManualConfig
{
    public TypingBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(15)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain.Instance)
            .WithId("typing"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
        WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(20));
    }
}

/// <summary>The kept driver, the current compilation and the two edits (shared by the benchmark and the smoke check).</summary>
public sealed class TypingSession
{
    /// <summary>The image the workload edit writes in place of the original one, every other time.</summary>
    public const string EditedImage = "registry.example/edited:1";

    private CSharpCompilation _compilation;
    private GeneratorDriver _driver;
    private SyntaxTree _unrelated;
    private SyntaxTree _workload;
    private readonly string _originalImage;
    private bool _unrelatedEdited, _workloadEdited;

    public TypingSession(int count, WorkloadMix mix, TypingGenerator generator)
    {
        var trees = Compilations.Parse(count, mix);
        _unrelated = CSharpSyntaxTree.ParseText(SourceText.From(UnrelatedSource, System.Text.Encoding.UTF8), Compilations.ParseOptions, path: "Unrelated/Calculator.cs");
        _compilation = Compilations.Create(trees.Add(_unrelated), withKubernetesClient: false);
        // The last workload (the first one carries the build comparison's edit marker, a method body).
        _workload = trees[trees.Length - 1];
        _originalImage = ImageLiteral(_workload).Token.ValueText;
        ISourceGenerator source = generator == TypingGenerator.ProbeGen ? new ProbeGenGenerator().AsSourceGenerator() : new AttributesOnlyGenerator().AsSourceGenerator();
        // As the IDE: no step tracking, all outputs.
        _driver = CSharpGeneratorDriver.Create(new[] { source }, parseOptions: Compilations.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        _driver = _driver.RunGenerators(_compilation);
    }

    private const string UnrelatedSource = """
        namespace Bench.Unrelated;

        public static class Calculator
        {
            public static int Compute(int x)
            {
                return x * 1;
            }
        }
        """;

    /// <summary>Toggles <c>x * 1</c> and <c>x * 2</c> in the unrelated method body.</summary>
    public void EditUnrelatedMethodBody()
    {
        _unrelatedEdited = !_unrelatedEdited;
        var literal = _unrelated.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single();
        _unrelated = Replace(_unrelated, literal.Token.Span, _unrelatedEdited ? "2" : "1");
    }

    /// <summary>Toggles the workload's main <c>[Container]</c> image between its own and <see cref="EditedImage"/>.</summary>
    public void EditWorkloadAttribute()
    {
        _workloadEdited = !_workloadEdited;
        var literal = ImageLiteral(_workload);
        _workload = Replace(_workload, literal.Token.Span, "\"" + (_workloadEdited ? EditedImage : _originalImage) + "\"");
    }

    /// <summary>What is measured: the kept driver on the edited compilation.</summary>
    public int RunGenerators()
    {
        _driver = _driver.RunGenerators(_compilation);
        return _driver.GetHashCode();
    }

    public GeneratorDriverRunResult RunResult => _driver.GetRunResult();

    // An incremental reparse, as the IDE does on a keystroke, then the compilation with the new tree.
    private SyntaxTree Replace(SyntaxTree tree, TextSpan span, string text)
    {
        var edited = tree.WithChangedText(tree.GetText().WithChanges(new TextChange(span, text)));
        _compilation = _compilation.ReplaceSyntaxTree(tree, edited);
        return edited;
    }

    // The second argument of the top-level [Container("main", "image")].
    private static LiteralExpressionSyntax ImageLiteral(SyntaxTree tree) =>
        (LiteralExpressionSyntax)tree.GetRoot().DescendantNodes().OfType<AttributeSyntax>()
            .First(a => a.Name.ToString() == "Container").ArgumentList!.Arguments[1].Expression;
}

/// <summary>
/// The reference for the typing benchmark: ProbeGen's four <c>ForAttributeWithMetadataName</c> lookups (Pod,
/// Deployment, Job, CronJob, the same predicate) with a transform that only reads <c>ctx.Attributes</c> — the binding
/// every such generator pays — and one tiny output so the pipelines run and the smoke check can count what they saw.
/// </summary>
public sealed class AttributesOnlyGenerator : IIncrementalGenerator
{
    private static readonly string[] Attributes = { "ProbeGen.PodAttribute", "ProbeGen.DeploymentAttribute", "ProbeGen.JobAttribute", "ProbeGen.CronJobAttribute" };

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var counts = Attributes
            .Select(name => context.SyntaxProvider.ForAttributeWithMetadataName(
                    name,
                    static (node, _) => node is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax,
                    static (ctx, _) => ctx.Attributes.Length)
                .Collect()
                .Select(static (list, _) => list.Sum()))
            .ToArray();
        var total = counts[0].Combine(counts[1]).Combine(counts[2]).Combine(counts[3])
            .Select(static (x, _) => x.Left.Left.Left + x.Left.Left.Right + x.Left.Right + x.Right);
        context.RegisterSourceOutput(total, static (spc, n) =>
            spc.AddSource("AttributesOnly.g.cs", "// " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " workload attributes\n"));
    }
}

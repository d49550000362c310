using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ProbeGen.Generator;

namespace ProbeGen.Tests;

public class IncrementalTests
{
    private const string Unrelated = """
        namespace Demo.Other;
        public class Calculator
        {
            public int Add(int a, int b) { return a + b; }
        }
        """;

    private const string Controllers = """
        using ProbeGen;
        namespace Demo.Controllers;
        [Deployment("web", Replicas = 2)] [Container("web", "nginx:1.27")] public partial class Web { }
        [Job("sum")] [RestartPolicy(RestartPolicy.Never)] [Container("sum", "perl:5.34")] public partial class Sum { }
        [CronJob("hourly", "@hourly")] [RestartPolicy(RestartPolicy.OnFailure)] [Container("tick", "busybox")] public partial class Hourly { }
        """;

    private static readonly string[] OurSteps =
    {
        TrackingNames.Pods, TrackingNames.Deployments, TrackingNames.Jobs, TrackingNames.CronJobs, TrackingNames.Settings, TrackingNames.Catalogue, TrackingNames.Members, TrackingNames.Shards,
    };

    private static Compilation ReplaceTree(Compilation c, int index, string newText)
    {
        var old = c.SyntaxTrees.ElementAt(index);
        return c.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(newText, TestCompilation.ParseOptions, old.FilePath));
    }

    private static Dictionary<string, IncrementalStepRunReason[]> Reasons(GeneratorDriver driver)
    {
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        return OurSteps.Where(steps.ContainsKey).ToDictionary(
            s => s,
            s => steps[s].SelectMany(step => step.Outputs).Select(o => o.Reason).ToArray());
    }

    [Fact]
    public void UnrelatedEdit_EveryTrackedStep_CachedOrUnchanged()
    {
        var compilation = TestCompilation.Create(new[] { Sources.Seed, Sources.Full, Unrelated, Controllers }, withKubernetesClient: true);
        var driver = TestCompilation.Driver().RunGenerators(compilation);
        var edited = ReplaceTree(compilation, 2, Unrelated.Replace("return a + b;", "var sum = a + b; return sum;"));
        driver = driver.RunGenerators(edited);
        var reasons = Reasons(driver);
        Assert.Equal(OurSteps.Length, reasons.Count);
        foreach (var (step, rs) in reasons)
        {
            Assert.NotEmpty(rs);
            Assert.All(rs, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + r));
        }
    }

    [Fact]
    public void EditOneWorkloadsProbe_ReemitsOnlyThatWorkload_CatalogueUnchanged()
    {
        var compilation = TestCompilation.Create(new[] { Sources.Seed, Sources.Full, Unrelated });
        var driver = TestCompilation.Driver().RunGenerators(compilation);
        var edited = ReplaceTree(compilation, 0, Sources.Seed.Replace("PeriodSeconds = 5", "PeriodSeconds = 7"));
        driver = driver.RunGenerators(edited);
        var pods = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Pods].SelectMany(s => s.Outputs).ToArray();
        Assert.Contains(pods, o => o.Reason == IncrementalStepRunReason.Modified && o.Value.ToString()!.Contains("test-liveness-exec", StringComparison.Ordinal));
        Assert.Contains(pods, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged && o.Value.ToString()!.Contains("\"shop\"", StringComparison.Ordinal) is false);
        var catalogue = Reasons(driver)[TrackingNames.Catalogue];
        Assert.All(catalogue, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "catalogue was " + r));
        var generated = driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.SourceText.ToString().Contains("partial class LivenessExec", StringComparison.Ordinal));
        Assert.Contains("periodSeconds: 7", generated.SourceText.ToString());

        // The edited workload's members are rendered again, no other's.
        var rendered = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Members].SelectMany(s => s.Outputs).ToArray();
        Assert.Equal(2, rendered.Length); // Seed and Full are Pods
        var rerendered = Assert.Single(rendered, o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Contains("periodSeconds: 7", ((ProbeGen.Generator.Model.WorkloadSource)rerendered.Value!).Text, StringComparison.Ordinal);

        // Of the 16 generated files, only the one holding the edited workload is emitted again.
        var shards = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Shards].SelectMany(s => s.Outputs).ToArray();
        Assert.Equal(16, shards.Length);
        var modified = Assert.Single(shards, o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Equal(IncrementalStepRunReason.Modified, modified.Reason);
        static string Text(object shard) => string.Concat(((ProbeGen.Generator.Model.ShardSource)shard).Members);
        Assert.Contains("periodSeconds: 7", Text(modified.Value), StringComparison.Ordinal);
        Assert.Contains(shards, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged && Text(o.Value).Contains("partial class ShopPod", StringComparison.Ordinal));
    }

    [Fact]
    public void PipelineModels_HoldNoRoslynTypes_AndCompareByValue()
    {
        var generator = typeof(ProbeGenGenerator).Assembly;
        var roots = new[] { "Model.WorkloadItem", "Parsing.RawCandidate", "SyntaxClaim", "SemanticResult", "NameFacts", "GlobalUsing", "KindItem" }
            .Select(n => generator.GetType("ProbeGen.Generator." + n) ?? throw new InvalidOperationException(n + " not found"))
            .Append(typeof(ProbeGen.Core.Model.WorkloadSpec)).ToArray();
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.Count > 0)
        {
            var t = queue.Dequeue();
            if (!seen.Add(t) || t.IsPrimitive || t == typeof(string) || t.IsEnum) continue;
            Assert.False(t.Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true, t + " is a Roslyn type in the pipeline model");
            Assert.False(t.IsArray, t + ": arrays compare by reference; use EquatableArray");
            if (t.IsGenericType)
            {
                var def = t.GetGenericTypeDefinition();
                Assert.True(def == typeof(Nullable<>) || def == typeof(ProbeGen.Core.Model.EquatableArray<>), t + " is not an equatable container");
                foreach (var arg in t.GetGenericArguments()) queue.Enqueue(arg);
                continue;
            }
            Assert.True(t.IsValueType || t.GetMethod("Equals", new[] { t }) is not null, t + " has no value equality");
            foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance)) queue.Enqueue(p.PropertyType);
        }
        Assert.True(seen.Count > 10);

        // Two parses of the same source give equal items.
        var a = TestCompilation.Driver().RunGenerators(TestCompilation.Create(Sources.Full)).GetRunResult().Results.Single().TrackedSteps[TrackingNames.Pods].Single().Outputs.Single().Value;
        var b = TestCompilation.Driver().RunGenerators(TestCompilation.Create(Sources.Full)).GetRunResult().Results.Single().TrackedSteps[TrackingNames.Pods].Single().Outputs.Single().Value;
        Assert.Equal(a, b);
        Assert.NotSame(a, b);
    }
}

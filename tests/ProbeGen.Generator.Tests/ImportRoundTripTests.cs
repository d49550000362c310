using System.Reflection;
using ProbeGen.Core.Emission;
using ProbeGen.Core.Model;
using ProbeGen.Generator;
using ProbeGen.Generator.Model;

namespace ProbeGen.Tests;

/// <summary>Model → C# attributes (the base of `probegen import`) → the generator again: the same manifest, byte for byte.</summary>
public class ImportRoundTripTests
{
    private static IEnumerable<WorkloadSpec> Models(string source) =>
        TestCompilation.Driver().RunGenerators(TestCompilation.Create(source)).GetRunResult().Results.Single().TrackedSteps
            .Where(kv => kv.Key is TrackingNames.Pods or TrackingNames.Deployments or TrackingNames.Jobs or TrackingNames.CronJobs)
            .SelectMany(kv => kv.Value).SelectMany(s => s.Outputs).Select(o => ((WorkloadItem)o.Value).Spec!);

    [Theory]
    [InlineData(nameof(Sources.Seed))]
    [InlineData(nameof(Sources.Full))]
    [InlineData(nameof(Sources.Controllers))]
    public void EmittedAttributes_RegenerateTheSameManifest(string sourceName)
    {
        string source = (string)typeof(Sources).GetField(sourceName)!.GetValue(null)!;
        var models = Models(source).ToArray();
        Assert.NotEmpty(models);
        foreach (var model in models)
        {
            var emitted = AttributeSourceEmitter.Emit(model, "Imported");
            Assert.Empty(emitted.Lossy);
            var (output, _, _, _) = TestCompilation.Generate(TestCompilation.Create(emitted.Source));
            Assert.Empty(TestCompilation.CompilerErrors(output));
            var assembly = TestCompilation.Load(output);
            string yaml = (string)assembly.GetType("Imported." + emitted.ClassName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!;
            Assert.Equal(ManifestYamlEmitter.Emit(model), yaml);
        }
    }

    [Fact]
    public void SeedImport_ReadsLikeHandWrittenCSharp()
    {
        var model = Models(Sources.Seed).Single();
        Assert.Equal("""
            using ProbeGen;

            [Pod("test-liveness-exec")]
            [Label("test", "liveness")]
            [Container("liveness", "busybox", Args = new[] { "/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -rf /tmp/healthy; sleep 600" })]
            [LivenessProbe(Exec = new[] { "cat", "/tmp/healthy" }, InitialDelaySeconds = 5, PeriodSeconds = 5)]
            public partial class TestLivenessExecPod
            {
            }

            """.Replace("\r\n", "\n"), AttributeSourceEmitter.Emit(model).Source);
    }

    [Fact]
    public void ValueOutsideTheEnums_IsReportedAsLossy_NotDropped()
    {
        var model = Models(Sources.Seed).Single();
        var odd = model with { Pod = model.Pod with { RestartPolicy = "Sometimes" } };
        var emitted = AttributeSourceEmitter.Emit(odd);
        var lossy = Assert.Single(emitted.Lossy);
        Assert.Equal("spec.restartPolicy", lossy.Path);
    }
}

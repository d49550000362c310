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
            .Where(kv => kv.Key is TrackingNames.Pods or TrackingNames.Deployments or TrackingNames.Jobs or TrackingNames.CronJobs or TrackingNames.StatefulSets or TrackingNames.DaemonSets)
            .SelectMany(kv => kv.Value).SelectMany(s => s.Outputs).Select(o => ((WorkloadItem)o.Value).Spec!);

    [Theory]
    [InlineData(nameof(Sources.Seed))]
    [InlineData(nameof(Sources.Full))]
    [InlineData(nameof(Sources.Controllers))]
    [InlineData(nameof(Sources.Sets))]
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

    /// <summary>Issue 12's demonstration field: terminationMessagePolicy from C# to YAML (kubectl reads it), CreateManifest() and back to C#.</summary>
    [Fact]
    public void GenerateName_WithoutName_YamlKubectlTypedFileNameAndImport_RoundTrip()
    {
        const string Source = """
            using ProbeGen;
            namespace Demo;
            [Job("", GenerateName = "migrate-")]
            [RestartPolicy(RestartPolicy.Never)]
            [Container("migrate", "busybox")]
            public partial class Migrate { }
            """;
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Source, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        var type = TestCompilation.Load(output).GetType("Demo.Migrate", throwOnError: true)!;
        string yaml = (string)type.GetField("ManifestYaml")!.GetRawConstantValue()!;
        Assert.Equal("""
            apiVersion: batch/v1
            kind: Job
            metadata:
              generateName: migrate-
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                  - name: migrate
                    image: busybox

            """.Replace("\r\n", "\n"), yaml);
        using var decoded = System.Text.Json.JsonDocument.Parse(Kubectl.Decode(yaml));
        var metadata = decoded.RootElement.GetProperty("metadata");
        Assert.Equal("migrate-", metadata.GetProperty("generateName").GetString());
        Assert.False(metadata.TryGetProperty("name", out _));
        var typed = (k8s.Models.V1Job)type.GetMethod("CreateManifest")!.Invoke(null, null)!;
        Assert.Equal("migrate-", typed.Metadata.GenerateName);
        Assert.Null(typed.Metadata.Name);

        var model = Models(Source).Single();
        Assert.Equal("migrate-.job.yaml", model.FileName);
        Assert.Equal("ops.migrate-.job.yaml", (model with { Namespace = "ops" }).FileName);
        Assert.Equal("db.job.yaml", (model with { Name = "db" }).FileName); // with a name, the name names the file
        var emitted = AttributeSourceEmitter.Emit(model, "Imported");
        Assert.Empty(emitted.Lossy);
        Assert.Contains("[Job(\"\", GenerateName = \"migrate-\")]", emitted.Source, StringComparison.Ordinal);
        var imported = TestCompilation.Load(TestCompilation.Generate(TestCompilation.Create(emitted.Source)).Output);
        Assert.Equal(yaml, (string)imported.GetType("Imported." + emitted.ClassName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!);
    }

    [Fact]
    public void TerminationMessagePolicy_YamlKubectlTypedAndImport_RoundTrip()
    {
        const string Source = """
            using ProbeGen;
            namespace Demo;
            [Pod("web")]
            [Container("web", "nginx:1.27", TerminationMessagePolicy = TerminationMessagePolicy.FallbackToLogsOnError)]
            public partial class Web
            {
                [InitContainer("init", "busybox", TerminationMessagePolicy = TerminationMessagePolicy.File)]
                public partial class Init { }
            }
            """;
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Source, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        var type = TestCompilation.Load(output).GetType("Demo.Web", throwOnError: true)!;
        string yaml = (string)type.GetField("ManifestYaml")!.GetRawConstantValue()!;
        Assert.Equal("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              initContainers:
              - name: init
                image: busybox
                terminationMessagePolicy: File
              containers:
              - name: web
                image: nginx:1.27
                terminationMessagePolicy: FallbackToLogsOnError

            """.Replace("\r\n", "\n"), yaml);
        using var decoded = System.Text.Json.JsonDocument.Parse(Kubectl.Decode(yaml));
        Assert.Equal("FallbackToLogsOnError", decoded.RootElement.GetProperty("spec").GetProperty("containers")[0].GetProperty("terminationMessagePolicy").GetString());
        Assert.Equal("File", decoded.RootElement.GetProperty("spec").GetProperty("initContainers")[0].GetProperty("terminationMessagePolicy").GetString());
        var typed = (k8s.Models.V1Pod)type.GetMethod("CreateManifest")!.Invoke(null, null)!;
        Assert.Equal("FallbackToLogsOnError", typed.Spec.Containers[0].TerminationMessagePolicy);

        var model = Models(Source).Single();
        var emitted = AttributeSourceEmitter.Emit(model, "Imported");
        Assert.Empty(emitted.Lossy);
        Assert.Contains("[Container(\"web\", \"nginx:1.27\", TerminationMessagePolicy = TerminationMessagePolicy.FallbackToLogsOnError)]", emitted.Source, StringComparison.Ordinal);
        Assert.Contains("[InitContainer(\"init\", \"busybox\", TerminationMessagePolicy = TerminationMessagePolicy.File)]", emitted.Source, StringComparison.Ordinal);
        var imported = TestCompilation.Load(TestCompilation.Generate(TestCompilation.Create(emitted.Source)).Output);
        Assert.Equal(yaml, (string)imported.GetType("Imported." + emitted.ClassName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!);
    }

    /// <summary>
    /// Issue 12's second demonstration field, added with an attribute property and three Mapping.cs lines only:
    /// terminationMessagePath from C# to YAML (kubectl reads it), CreateManifest(), lint (no longer "not modeled") and import.
    /// </summary>
    [Fact]
    public void TerminationMessagePath_YamlKubectlTypedLintAndImport_RoundTrip()
    {
        const string Source = """
            using ProbeGen;
            namespace Demo;
            [Pod("web")]
            [Container("web", "nginx:1.27", TerminationMessagePath = "/var/log/it's \"done\".log")]
            public partial class Web
            {
                [InitContainer("init", "busybox", TerminationMessagePath = "/run/init-message")]
                public partial class Init { }
            }
            """;
        var (output, _, diagnostics, _) = TestCompilation.Generate(TestCompilation.Create(Source, withKubernetesClient: true));
        Assert.Empty(diagnostics);
        var type = TestCompilation.Load(output).GetType("Demo.Web", throwOnError: true)!;
        string yaml = (string)type.GetField("ManifestYaml")!.GetRawConstantValue()!;
        Assert.Equal("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              initContainers:
              - name: init
                image: busybox
                terminationMessagePath: /run/init-message
              containers:
              - name: web
                image: nginx:1.27
                terminationMessagePath: "/var/log/it's \"done\".log"

            """.Replace("\r\n", "\n"), yaml);
        using var decoded = System.Text.Json.JsonDocument.Parse(Kubectl.Decode(yaml));
        Assert.Equal("/var/log/it's \"done\".log", decoded.RootElement.GetProperty("spec").GetProperty("containers")[0].GetProperty("terminationMessagePath").GetString());
        Assert.Equal("/run/init-message", decoded.RootElement.GetProperty("spec").GetProperty("initContainers")[0].GetProperty("terminationMessagePath").GetString());
        var typed = (k8s.Models.V1Pod)type.GetMethod("CreateManifest")!.Invoke(null, null)!;
        Assert.Equal("/var/log/it's \"done\".log", typed.Spec.Containers[0].TerminationMessagePath);

        Assert.Equal(new[] { "PG2003" }, ProbeGen.Yaml.ManifestLinter.Lint(yaml).Select(m => m.Rule.Id)); // a bare Pod (info); nothing "not modeled"
        Assert.Equal("/run/init-message", ProbeGen.Yaml.ManifestYamlReader.Read(yaml).Documents.Single().Workload!.Pod.InitContainers[0].TerminationMessagePath);

        var model = Models(Source).Single();
        var emitted = AttributeSourceEmitter.Emit(model, "Imported");
        Assert.Empty(emitted.Lossy);
        Assert.Contains("[Container(\"web\", \"nginx:1.27\", TerminationMessagePath = \"/var/log/it's \\\"done\\\".log\")]", emitted.Source, StringComparison.Ordinal);
        var imported = TestCompilation.Load(TestCompilation.Generate(TestCompilation.Create(emitted.Source)).Output);
        Assert.Equal(yaml, (string)imported.GetType("Imported." + emitted.ClassName, throwOnError: true)!.GetField("ManifestYaml")!.GetRawConstantValue()!);
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

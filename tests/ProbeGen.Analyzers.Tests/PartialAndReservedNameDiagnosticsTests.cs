namespace ProbeGen.Tests;

/// <summary>PG0019 (an ordered list split over files), PG0018 (a member ProbeGen generates, declared by the user), PG0013 (file-local): exact spans.</summary>
public class PartialAndReservedNameDiagnosticsTests
{
    private static Task Files(params (string Path, string Source)[] files)
    {
        var test = new Verify.Test();
        foreach (var f in files) test.TestState.Sources.Add((f.Path, f.Source));
        return test.RunAsync();
    }

    [Fact]
    public Task EnvSplitOverTwoFiles_PG0019_AtTheFirstEnvOfEachFile() => Files(
        ("Web.cs", """
            using ProbeGen;
            [Deployment("web")]
            [Container("web", "nginx:1.27")]
            [{|PG0019:Env("HOST", "web")|}]
            [Env("PORT", "8080")]
            public partial class Web { }
            """),
        ("Web.Env.cs", """
            using ProbeGen;
            [{|PG0019:Env("URL", "http://$(HOST):$(PORT)")|}]
            public partial class Web { }
            """));

    [Fact]
    public Task NestedContainersSplitOverTwoFiles_PG0019_AtEachFilesFirstContainer() => Files(
        ("Web.cs", """
            using ProbeGen;
            [Deployment("web")]
            [Container("web", "nginx:1.27")]
            public partial class Web
            {
                [{|PG0019:Container("log", "busybox:1.36")|}]
                public partial class Log { }
            }
            """),
        ("Web.Sidecars.cs", """
            using ProbeGen;
            public partial class Web
            {
                [{|PG0019:Container("metrics", "busybox:1.36")|}]
                public partial class Metrics { }
            }
            """));

    [Fact]
    public Task TolerationsSplitOverTwoFiles_PG0019_AtTheFirstTolerationOfEachFile() => Files(
        ("Web.cs", """
            using ProbeGen;
            [Deployment("web")]
            [Container("web", "nginx:1.27")]
            [{|PG0019:Toleration(Key = "dedicated", Operator = TolerationOperator.Equal, Value = "gpu", Effect = TaintEffect.NoSchedule)|}]
            [Toleration(Key = "spot", Operator = TolerationOperator.Exists)]
            public partial class Web { }
            """),
        ("Web.Scheduling.cs", """
            using ProbeGen;
            [{|PG0019:Toleration(Key = "node.kubernetes.io/unreachable", Operator = TolerationOperator.Exists, Effect = TaintEffect.NoExecute, TolerationSeconds = 30)|}]
            public partial class Web { }
            """));

    [Fact]
    public Task ImagePullSecretsSplitOverTwoFiles_PG0019_AtTheFirstSecretOfEachFile() => Files(
        ("Web.cs", """
            using ProbeGen;
            [Deployment("web")]
            [Container("web", "nginx:1.27")]
            [{|PG0019:ImagePullSecret("regcred")|}]
            public partial class Web { }
            """),
        ("Web.Registry.cs", """
            using ProbeGen;
            [{|PG0019:ImagePullSecret("mirror")|}]
            [ImagePullSecret("backup")]
            public partial class Web { }
            """));

    [Fact]
    public Task TolerationsAndImagePullSecretsEachInOneFile_NoDiagnostic() => Files(
        ("Web.cs", """
            using ProbeGen;
            [Deployment("web")]
            [Container("web", "nginx:1.27")]
            [Toleration(Key = "dedicated", Operator = TolerationOperator.Equal, Value = "gpu", Effect = TaintEffect.NoSchedule)]
            [Toleration(Key = "spot", Operator = TolerationOperator.Exists)]
            public partial class Web { }
            """),
        ("Web.Registry.cs", """
            using ProbeGen;
            [ImagePullSecret("regcred")]
            [ImagePullSecret("mirror")]
            public partial class Web { }
            """));

    [Fact]
    public Task LabelsSplitOverTwoFiles_EnvInOne_NoDiagnostic() => Files(
        ("Web.cs", """
            using ProbeGen;
            [Deployment("web")]
            [Label("tier", "web")]
            [Container("web", "nginx:1.27")]
            [Env("HOST", "web")]
            [Env("URL", "http://$(HOST)")]
            public partial class Web { }
            """),
        ("Web.Labels.cs", """
            using ProbeGen;
            [Label("app", "web")]
            public partial class Web { }
            """));

    [Fact]
    public Task UserManifestYaml_PG0018_AtTheMember() => Verify.Analyzer("""
        using ProbeGen;
        [Deployment("web")]
        [Container("web", "nginx:1.27")]
        public partial class Web
        {
            public const string {|PG0018:ManifestYaml|} = "mine";
        }
        """);

    [Fact]
    public Task ClassNamedCreateManifest_WithoutKubernetesClient_NoDiagnostic_ClassNamedManifestYaml_PG0018() => Verify.Analyzer("""
        using ProbeGen;
        [Deployment("web")]
        [Container("web", "nginx:1.27")]
        public partial class CreateManifest { }

        [Deployment("api")]
        [Container("api", "nginx:1.27")]
        public partial class {|PG0018:ManifestYaml|} { }
        """);

    [Fact]
    public Task FileLocalWorkload_PG0013_AtTheName() => Verify.Analyzer("""
        using ProbeGen;
        [Deployment("web")]
        [Container("web", "nginx:1.27")]
        file partial class {|PG0013:Web|} { }
        """);
}

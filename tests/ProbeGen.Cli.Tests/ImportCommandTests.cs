namespace ProbeGen.Cli.Tests;

public class ImportCommandTests
{
    private const string DeploymentAndJob = Manifests.CleanDeployment + "\n---\n" + Manifests.ConfigMap + "\n---\n" + """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: db-migrate
        spec:
          backoffLimit: 2
          template:
            spec:
              restartPolicy: Never
              containers:
              - name: migrate
                image: busybox:1.36
                command: [sh, -c, "echo migrated"]
        """;

    [Fact]
    public void Import_WritesOneFilePerWorkload_NamedAfterTheClass_AndListsSkippedKinds()
    {
        using var tmp = new TempDir();
        tmp.Write("app.yaml", DeploymentAndJob);
        var run = Cli.Run(tmp.Path, null, "import", "app.yaml", "-o", "src/Workloads", "--namespace", "Shop.Workloads");
        Assert.True(run.ExitCode == 0, run.ToString());
        string folder = Path.Combine("src", "Workloads");
        Assert.Equal(new[] { Path.Combine(folder, "WebDeployment.cs"), Path.Combine(folder, "DbMigrateJob.cs") }, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("app.yaml:" + (Manifests.LineOf(DeploymentAndJob, "kind: ConfigMap") - 1) + ":1: info PG0106: kind ConfigMap (v1) is not a workload ProbeGen reads", run.Error);
        Assert.Equal("""
            using ProbeGen;

            namespace Shop.Workloads;

            [Job("db-migrate", BackoffLimit = 2)]
            [RestartPolicy(RestartPolicy.Never)]
            [Container("migrate", "busybox:1.36", Command = new[] { "sh", "-c", "echo migrated" })]
            public partial class DbMigrateJob
            {
            }

            """.Replace("\r\n", "\n"), tmp.Read("src/Workloads/DbMigrateJob.cs"));
        Assert.StartsWith("using ProbeGen;\n\nnamespace Shop.Workloads;\n\n[Deployment(\"web\", Replicas = 2)]\n", tmp.Read("src/Workloads/WebDeployment.cs"));
    }

    [Fact]
    public void StatefulSetAndDaemonSet_ImportAsTheirAttributes_WithTheirSpecArguments()
    {
        using var tmp = new TempDir();
        tmp.Write("sets.yaml", """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
            spec:
              replicas: 3
              serviceName: db-headless
              podManagementPolicy: Parallel
              selector:
                matchLabels:
                  app: db
              template:
                metadata:
                  labels:
                    app: db
                spec:
                  containers:
                  - name: postgres
                    image: postgres:16
            ---
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
            spec:
              minReadySeconds: 5
              revisionHistoryLimit: 3
              selector:
                matchLabels:
                  app: agent
              template:
                metadata:
                  labels:
                    app: agent
                spec:
                  containers:
                  - name: agent
                    image: busybox:1.36
            """);
        var run = Cli.Run(tmp.Path, null, "import", "sets.yaml", "-o", "out");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("""
            using ProbeGen;

            [StatefulSet("db", Replicas = 3, ServiceName = "db-headless", PodManagementPolicy = PodManagementPolicy.Parallel)]
            [Container("postgres", "postgres:16")]
            public partial class DbStatefulSet
            {
            }

            """.Replace("\r\n", "\n"), tmp.Read("out/DbStatefulSet.cs"));
        Assert.StartsWith("using ProbeGen;\n\n[DaemonSet(\"agent\", MinReadySeconds = 5, RevisionHistoryLimit = 3)]\n", tmp.Read("out/AgentDaemonSet.cs"));
    }

    [Fact]
    public void FieldsThatCannotBeImported_AreReportedByPathAndLine_AndNothingIsWritten()
    {
        using var tmp = new TempDir();
        // hostNetwork is imported as a [Set]; a null list item has no [Set] form.
        string yaml = Manifests.DocsHttpGetTimingsUnderHttpGet.Replace("spec:\n", "spec:\n  hostNetwork: true\n  tolerations: [null]\n");
        tmp.Write("pod.yaml", yaml);
        var run = Cli.Run(tmp.Path, null, "import", "pod.yaml", "-o", "out");
        Assert.Equal(1, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(tmp.Path, "out")));
        var lines = run.Error.Split('\n').Where(l => l.StartsWith("pod.yaml:", StringComparison.Ordinal)).Select(LintLine.Parse).ToList();
        Assert.Equal(new[]
        {
            (Manifests.LineOf(yaml, "tolerations"), "PG0105", "spec.tolerations"),
            (Manifests.LineOf(yaml, "initialDelaySeconds"), "PG0102", "unknown field \"spec.containers[0].livenessProbe.httpGet.initialDelaySeconds\""),
            (Manifests.LineOf(yaml, "periodSeconds"), "PG0102", "unknown field \"spec.containers[0].livenessProbe.httpGet.periodSeconds\""),
        }, lines.Select(l => (l.Line, l.Id, l.Message.Split(':')[0])));
        Assert.All(lines, l => Assert.Equal("error", l.Severity));
        Assert.Contains("3 fields cannot be imported (listed above); nothing was written", run.Error);
    }

    [Fact]
    public void AllowLossy_WritesTheClass_WithEveryLostFieldListedAtTheTop()
    {
        using var tmp = new TempDir();
        string yaml = Manifests.DocsHttpGetTimingsUnderHttpGet.Replace("spec:\n", "spec:\n  hostNetwork: true\n  tolerations: [null]\n");
        tmp.Write("k8s/pod.yaml", yaml);
        var run = Cli.Run(tmp.Path, null, "import", "k8s/pod.yaml", "-o", "out", "--allow-lossy");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("k8s/pod.yaml:" + Manifests.LineOf(yaml, "tolerations") + ":3: warning PG0105: spec.tolerations", run.Error);
        string source = tmp.Read("out/LivenessHttpPod.cs");
        Assert.StartsWith($"""
            // probegen import --allow-lossy: 3 fields of pod.yaml (document 1, Pod liveness-http) could not be imported.
            // The manifest this class generates does not have them:
            //   line {Manifests.LineOf(yaml, "tolerations")}, PG0105: spec.tolerations: not modeled by ProbeGen (PodSpec.tolerations) and not captured as a [Set]: its value has no [Set] form (a list item that is null); it is neither checked nor imported
            //   line {Manifests.LineOf(yaml, "initialDelaySeconds")}, PG0102: unknown field "spec.containers[0].livenessProbe.httpGet.initialDelaySeconds": initialDelaySeconds is a field of spec.containers[0].livenessProbe (Probe); is it indented too deep?
            //   line {Manifests.LineOf(yaml, "periodSeconds")}, PG0102: unknown field "spec.containers[0].livenessProbe.httpGet.periodSeconds": periodSeconds is a field of spec.containers[0].livenessProbe (Probe); is it indented too deep?

            using ProbeGen;

            [Pod("liveness-http")]
            """.Replace("\r\n", "\n"), source);
        Assert.Contains("\n[PodSpec(HostNetwork = true)]\n", source);
    }

    [Fact]
    public void ValueTheAttributesCannotCarry_IsLossy_LikeAnUnmodeledField()
    {
        using var tmp = new TempDir();
        string yaml = Manifests.CleanDeployment.Replace("image: nginx:1.27", "image: nginx:1.27\n        imagePullPolicy: Sometimes");
        var run = Cli.Run(tmp.Path, yaml, "import", "-", "-o", "out");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("<stdin>:" + Manifests.LineOf(yaml, "imagePullPolicy") + ":9: error PG0105: spec.template.spec.containers[0].imagePullPolicy: cannot be written with ProbeGen's attributes: \"Sometimes\" is not a PullPolicy value", run.Error);
    }

    [Fact]
    public void ExistingFiles_AreOverwrittenOnlyWithForce()
    {
        using var tmp = new TempDir();
        tmp.Write("web.yaml", Manifests.CleanDeployment);
        tmp.Write("out/WebDeployment.cs", "// mine");
        var refused = Cli.Run(tmp.Path, null, "import", "web.yaml", "-o", "out");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("WebDeployment.cs exists (use --force to overwrite it)", refused.Error);
        Assert.Equal("// mine", tmp.Read("out/WebDeployment.cs"));
        Assert.Equal(0, Cli.Run(tmp.Path, null, "import", "web.yaml", "-o", "out", "--force").ExitCode);
        Assert.StartsWith("using ProbeGen;", tmp.Read("out/WebDeployment.cs"));
    }

    [Theory]
    [InlineData(2, "import", "missing.yaml")]
    [InlineData(2, "import", "broken.yaml")]
    [InlineData(2, "import")]
    [InlineData(2, "import", "web.yaml", "configmap.yaml")]
    [InlineData(2, "import", "web.yaml", "--namespace", "2fast.Apps")]
    [InlineData(2, "import", "web.yaml", "--namespace", "My.class")]
    [InlineData(2, "import", ".")]
    [InlineData(1, "import", "configmap.yaml")]
    public void UnusableInputOrNothingToImport_ExitCodes(int expected, params string[] args)
    {
        using var tmp = new TempDir();
        tmp.Write("web.yaml", Manifests.CleanDeployment);
        tmp.Write("configmap.yaml", Manifests.ConfigMap);
        tmp.Write("broken.yaml", "kind: Pod\nspec: [\n");
        var run = Cli.Run(tmp.Path, null, args);
        Assert.True(expected == run.ExitCode, run.ToString());
        Assert.Equal(new[] { ".editorconfig", "broken.yaml", "configmap.yaml", "web.yaml" }, Directory.GetFileSystemEntries(tmp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}

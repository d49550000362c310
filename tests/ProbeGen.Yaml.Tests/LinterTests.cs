namespace ProbeGen.Yaml.Tests;

public class LinterTests
{
    [Fact]
    public void Lint_PutsIssuesAndFindingsAtTheirLines_InOrder()
    {
        var messages = ManifestLinter.Lint("""
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: migrate
            spec:
              template:
                spec:
                  hostNetwork: false
                  containers:
                  - name: migrate
                    image: busybox
                    livenessProbe:
                      tcpSocket:
                        port: 5432
                      successThreshold: 2
            """);
        Assert.Equal(new[]
        {
            "m.yaml:1:1: info PG0106: kind Service (v1) is not a workload ProbeGen reads (Pod v1, Deployment, StatefulSet and DaemonSet apps/v1, Job and CronJob batch/v1): skipped",
            "m.yaml:12:5: error PG1420: spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"",
            "m.yaml:20:11: error PG1316: spec.template.spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1",
        }, messages.Select(m => m.Format("m.yaml")));
        Assert.Equal(new[] { 0, 1, 1 }, messages.Select(m => m.DocumentIndex));
    }

    [Fact]
    public void Lint_ValidManifest_SaysNothing() =>
        Assert.Empty(ManifestLinter.Lint(Manifests.Deployment(podSpec: "terminationGracePeriodSeconds: 30", container: "readinessProbe:\n  httpGet:\n    path: /ready\n    port: 8080")));
}

/// <summary>A value of the wrong type is one finding (PG0103), not also a rule's finding about the stand-in the model holds.</summary>
public class WrongTypeTests
{
    private static string[] At(string yaml, string path) =>
        ManifestLinter.Lint(yaml).Where(m => m.Path.StartsWith(path, StringComparison.Ordinal)).Select(m => m.Rule.Id + " " + m.Message).ToArray();

    private static string Pod(string container) => "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: i\n" + container;

    private const string PortPath = "spec.containers[0].ports[0]";

    [Fact]
    public void ContainerPortAsString_IsOnlyATypeError_NoRequiredValue() =>
        Assert.Equal(new[] { "PG0103 spec.containers[0].ports[0].containerPort: expected an integer (int32), found the string \"8080\"" },
            At(Pod("    ports:\n    - containerPort: \"8080\"\n"), PortPath));

    [Fact]
    public void ContainerPortMissing_IsStillRequired() =>
        Assert.Equal(new[] { "PG1201 spec.containers[0].ports[0].containerPort: Required value" }, At(Pod("    ports:\n    - name: http\n"), PortPath));

    [Fact]
    public void ContainerPortNumber_IsFine() => Assert.Empty(At(Pod("    ports:\n    - containerPort: 8080\n"), PortPath));

    private static string Grpc(string port) => Pod("    livenessProbe:\n      grpc:\n        port: " + port + "\n");

    private const string GrpcPath = "spec.containers[0].livenessProbe.grpc";

    [Fact]
    public void GrpcPortAsString_IsATypeErrorShowingTheValueAsWritten_NotInvalidValue0()
    {
        var messages = At(Grpc("\"8080\""), GrpcPath);
        Assert.Equal(new[] { "PG0103 spec.containers[0].livenessProbe.grpc.port: expected an integer (int32), found the string \"8080\"" }, messages);
    }

    [Theory]
    [InlineData("0", "PG1309 spec.containers[0].livenessProbe.grpc.port: Invalid value: 0: must be between 1 and 65535, inclusive")]
    [InlineData("70000", "PG1309 spec.containers[0].livenessProbe.grpc.port: Invalid value: 70000: must be between 1 and 65535, inclusive")]
    public void GrpcPortOutOfRange_ShowsTheNumberWritten(string port, string expected) => Assert.Equal(new[] { expected }, At(Grpc(port), GrpcPath));

    [Fact]
    public void GrpcPortInRange_IsFine() => Assert.Empty(At(Grpc("9090"), GrpcPath));
}

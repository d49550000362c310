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
                  hostNetwork: true
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
            "m.yaml:1:1: info PG0106: kind Service (v1) is not a workload ProbeGen reads (Pod v1, Deployment apps/v1, Job and CronJob batch/v1): skipped",
            "m.yaml:12:5: error PG1420: spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\"",
            "m.yaml:13:7: warning PG0105: spec.template.spec.hostNetwork: not modeled by ProbeGen (PodSpec.hostNetwork): it is neither checked nor imported",
            "m.yaml:20:11: error PG1316: spec.template.spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1",
        }, messages.Select(m => m.Format("m.yaml")));
        Assert.Equal(new[] { 0, 1, 1, 1 }, messages.Select(m => m.DocumentIndex));
    }

    [Fact]
    public void Lint_ValidManifest_SaysNothing() =>
        Assert.Empty(ManifestLinter.Lint(Manifests.Deployment(podSpec: "terminationGracePeriodSeconds: 30", container: "readinessProbe:\n  httpGet:\n    path: /ready\n    port: 8080")));
}

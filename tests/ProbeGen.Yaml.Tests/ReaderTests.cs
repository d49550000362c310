using ProbeGen.Core.Emission;
using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;
using ProbeGen.Core.Validation;

namespace ProbeGen.Yaml.Tests;

public class ReaderTests
{
    private static ManifestDocument One(string yaml)
    {
        var result = ManifestYamlReader.Read(yaml);
        Assert.Null(result.SyntaxError);
        return Assert.Single(result.Documents);
    }

    private static WorkloadSpec Workload(string yaml) => One(yaml).Workload!;

    private static YamlIssue IssueAt(ManifestDocument doc, YamlIssueKind kind, string path) =>
        Assert.Single(doc.Issues, i => i.Kind == kind && i.Path == path);

    private const string SeedLiveness = """
        apiVersion: v1
        kind: Pod
        metadata:
          labels:
            test: liveness
          name: liveness-http
        spec:
          containers:
          - name: liveness
            image: registry.k8s.io/e2e-test-images/agnhost:2.40
            args:
            - liveness
            livenessProbe:
              httpGet:
                path: /healthz
                port: 8080
                httpHeaders:
                - name: Custom-Header
                  value: Awesome
              initialDelaySeconds: 3
              periodSeconds: 3
        """;

    [Fact]
    public void DocsHttpGetExample_ReadsIntoTheModel_WithNoIssues()
    {
        var doc = One(SeedLiveness);
        Assert.Empty(doc.Issues);
        var w = doc.Workload!;
        Assert.Equal(WorkloadKind.Pod, w.Kind);
        Assert.Equal("liveness-http", w.Name);
        Assert.Equal(new[] { new KeyValue("test", "liveness") }, w.Labels.ToArray());
        var c = Assert.Single(w.Pod.Containers);
        Assert.Equal(new[] { "liveness" }, c.Args.ToArray());
        Assert.True(c.Command.IsDefault);
        var p = c.LivenessProbe!;
        Assert.Equal("/healthz", p.HttpGet!.Path);
        Assert.Equal(PortRef.FromNumber(8080), p.HttpGet.Port);
        Assert.Equal(new HttpHeaderSpec("Custom-Header", "Awesome"), Assert.Single(p.HttpGet.Headers));
        Assert.Equal(3, p.InitialDelaySeconds);
        Assert.Equal(3, p.PeriodSeconds);
        Assert.Null(p.SuccessThreshold);
        Assert.DoesNotContain(RuleEngine.Validate(w), f => f.IsError);
    }

    [Fact]
    public void Positions_AreLineAndColumnOfTheKey_ListItemsOfTheItem_MapEntriesOfKeyAndValue()
    {
        var doc = One(SeedLiveness);
        Assert.Equal(new YamlPosition(1, 1), doc.Locate(""));
        Assert.Equal(new YamlPosition(6, 3), doc.Locate("metadata.name"));
        Assert.Equal(new YamlPosition(5, 5), doc.Locate("metadata.labels[test]"));
        Assert.Equal(new YamlPosition(5, 11), doc.Locate("metadata.labels[test].value"));
        Assert.Equal(new YamlPosition(9, 5), doc.Locate("spec.containers[0]"));
        Assert.Equal(new YamlPosition(11, 5), doc.Locate("spec.containers[0].args"));
        Assert.Equal(new YamlPosition(12, 7), doc.Locate("spec.containers[0].args[0]"));
        Assert.Equal(new YamlPosition(16, 9), doc.Locate("spec.containers[0].livenessProbe.httpGet.port"));
        Assert.Equal(new YamlPosition(18, 11), doc.Locate("spec.containers[0].livenessProbe.httpGet.httpHeaders[0]"));
        Assert.Equal(new YamlPosition(21, 7), doc.Locate("spec.containers[0].livenessProbe.periodSeconds"));
    }

    [Fact]
    public void Locate_FallsBackToTheClosestParentThatWasRead()
    {
        var doc = One(SeedLiveness);
        // successThreshold is not written: its probe is the closest parent.
        Assert.Equal(new YamlPosition(13, 5), doc.Locate("spec.containers[0].livenessProbe.successThreshold"));
        Assert.Equal(new YamlPosition(9, 5), doc.Locate("spec.containers[0].ports[3].name"));
        // Keys with dots and slashes: the fallback cuts outside the brackets.
        Assert.Equal(new YamlPosition(4, 3), doc.Locate("metadata.labels[app.kubernetes.io/name].value"));
        Assert.Equal(new YamlPosition(1, 1), doc.Locate("status.phase"));
    }

    [Fact]
    public void Finding_IsLocatedByItsSourcePath_TheExactMapEntry()
    {
        var doc = One("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
              labels:
                good: x
                bad key: y
            spec:
              containers:
              - name: app
                image: nginx
            """);
        var finding = Assert.Single(RuleEngine.Validate(doc.Workload!), f => f.IsError);
        Assert.Equal("PG1006", finding.RuleId);
        Assert.Equal("metadata.labels", finding.Path);
        Assert.Equal(new YamlPosition(7, 5), doc.Locate(finding));
    }

    [Fact]
    public void TimingsIndentedUnderHttpGet_AreUnknownFields_WithAHint_AndNotInTheModel()
    {
        // The docs' example with initialDelaySeconds/periodSeconds one level too deep: kubectl --validate=strict rejects it.
        var doc = One("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: liveness-http
            spec:
              containers:
              - name: liveness
                image: registry.k8s.io/e2e-test-images/agnhost:2.40
                livenessProbe:
                  httpGet:
                    path: /healthz
                    port: 8080
                    initialDelaySeconds: 3
                    periodSeconds: 3
            """);
        var delay = IssueAt(doc, YamlIssueKind.UnknownField, "spec.containers[0].livenessProbe.httpGet.initialDelaySeconds");
        Assert.Equal(new YamlPosition(13, 9), delay.Position);
        Assert.Equal("unknown field \"spec.containers[0].livenessProbe.httpGet.initialDelaySeconds\": initialDelaySeconds is a field of spec.containers[0].livenessProbe (Probe); is it indented too deep?", delay.Message);
        Assert.Equal(RuleCatalog.YamlUnknownField, delay.Rule);
        IssueAt(doc, YamlIssueKind.UnknownField, "spec.containers[0].livenessProbe.httpGet.periodSeconds");
        var probe = doc.Workload!.Pod.Containers[0].LivenessProbe!;
        Assert.Null(probe.InitialDelaySeconds);
        Assert.Null(probe.PeriodSeconds);
    }

    [Fact]
    public void KeyThatIsNoKubernetesFieldAnywhere_IsAnUnknownFieldWithoutHint()
    {
        var doc = One("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
              - name: app
                image: nginx
                imagePullPolicyy: Always
            """);
        Assert.Equal("unknown field \"spec.containers[0].imagePullPolicyy\"", IssueAt(doc, YamlIssueKind.UnknownField, "spec.containers[0].imagePullPolicyy").Message);
    }

    [Fact]
    public void FieldsTheModelLacks_AreCapturedAsSettings_WithPositions_NullIsNothing()
    {
        var doc = One("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
              creationTimestamp: null
            spec:
              hostNetwork: true
              volumes:
              - name: data
                emptyDir: {}
              containers:
              - name: app
                image: nginx
                securityContext:
                  runAsNonRoot: true
                envFrom:
                - configMapRef:
                    name: cfg
                resources:
                  limits:
                    nvidia.com/gpu: 1
            status:
              phase: Running
            """);
        Assert.Equal(new[]
        {
            FieldSetting.EmptyObject("spec.volumes[0].emptyDir"),
            FieldSetting.String("spec.volumes[0].name", "data"),
            FieldSetting.Bool("spec.containers[0].securityContext.runAsNonRoot", true),
            FieldSetting.String("spec.containers[0].envFrom[0].configMapRef.name", "cfg"),
            FieldSetting.Bool("spec.hostNetwork", true),
        }.OrderBy(x => x.Path, FieldSettingOrder.Instance), doc.Workload!.Settings);
        Assert.Equal(new YamlPosition(7, 3), doc.Locate("spec.hostNetwork"));
        Assert.Equal(new YamlPosition(10, 5), doc.Locate("spec.volumes[0].emptyDir"));
        Assert.Equal(new YamlPosition(15, 7), doc.Locate("spec.containers[0].securityContext.runAsNonRoot"));
        Assert.Equal(new YamlPosition(18, 9), doc.Locate("spec.containers[0].envFrom[0].configMapRef.name"));
        // What has no [Set] form stays PG0105, saying why: the API server writes status.
        Assert.Equal("status: not modeled by ProbeGen and has no [Set] form: status is written by the API server (read-only): a manifest does not set it",
            IssueAt(doc, YamlIssueKind.NotModeled, "status").Message);
        // Extended resources are modeled: the resource rules (PG1503–PG1507) check them.
        Assert.DoesNotContain(doc.Issues, i => i.Path.StartsWith("spec.containers[0].resources", StringComparison.Ordinal));
        Assert.Equal(new KeyValue("nvidia.com/gpu", "1"), Assert.Single(doc.Workload!.Pod.Containers[0].Resources!.Limits));
        Assert.DoesNotContain(doc.Issues, i => i.Path == "metadata.creationTimestamp");
        Assert.Equal(1, doc.Issues.Count);
    }

    [Fact]
    public void EmptyStatus_IsTheSameObject_NothingReported()
    {
        // kubectl decodes `status: {}` as it decodes no status ("status": {}), and the API server resets status on create: nothing is lost.
        var doc = One("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: etcd
            spec:
              selector:
                matchLabels:
                  name: etcd
              template:
                metadata:
                  labels:
                    name: etcd
                spec:
                  containers:
                  - name: member
                    image: openshift/etcd-20-centos7
            status: {}
            """);
        Assert.Empty(doc.Issues);
        Assert.Empty(doc.Workload!.Settings);
    }

    [Fact]
    public void CapturedField_WrongValue_IsATypeError_UnknownFieldInside_IsPG0102_AtTheirLines()
    {
        var doc = One("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              hostNetwork: "yes"
              dnsPolicy: clusterfirst
              securityContext:
                runAsUser: root
                runAsUsr: 1000
              containers:
              - name: app
                image: nginx
            """);
        Assert.Equal(new YamlPosition(6, 3), IssueAt(doc, YamlIssueKind.TypeError, "spec.hostNetwork").Position);
        // An unsupported enum string is the right YAML type: captured, and left to its rule (PG1408, the API server's message).
        Assert.DoesNotContain(doc.Issues, i => i.Path == "spec.dnsPolicy");
        Assert.Equal(new YamlPosition(9, 5), IssueAt(doc, YamlIssueKind.TypeError, "spec.securityContext.runAsUser").Position);
        var unknown = IssueAt(doc, YamlIssueKind.UnknownField, "spec.securityContext.runAsUsr");
        Assert.Equal(new YamlPosition(10, 5), unknown.Position);
        Assert.Contains("did you mean \"runAsUser\"", unknown.Message);
        Assert.Equal(3, doc.Issues.Count);
        Assert.Equal(new[] { "spec.dnsPolicy" }, doc.Workload!.Settings.Select(x => x.Path)); // a wrong value is reported, not carried as a setting
        Assert.Contains(ProbeGen.Core.Validation.RuleEngine.Validate(doc.Workload), f => f.Rule.Id == "PG1408" && f.Path == "spec.dnsPolicy");
    }

    [Fact]
    public void CapturedField_AnchorsAliasesMergeKeysAndDuplicates_AsTheApiServerDecodesThem()
    {
        var doc = One("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              securityContext: &sc
                runAsUser: 1000
                runAsGroup: 3000
              tolerations:
              - &t {key: a, operator: Exists}
              - *t
              - <<: *t
                key: b
              - <<: [{key: c, effect: NoSchedule}, {key: d, operator: Equal, value: "0755"}]
              dnsConfig:
                options: [{name: ndots, value: "2"}, {name: ndots, name: timeout}]
              containers:
              - name: app
                image: nginx
                securityContext: *sc
            """);
        var settings = doc.Workload!.Settings.ToDictionary(x => x.Path, x => x.Text);
        Assert.Equal("1000", settings["spec.containers[0].securityContext.runAsUser"]);
        Assert.Equal("a", settings["spec.tolerations[1].key"]);
        Assert.Equal("b", settings["spec.tolerations[2].key"]);
        Assert.Equal("Exists", settings["spec.tolerations[2].operator"]);
        Assert.Equal("c", settings["spec.tolerations[3].key"]); // the list's earlier map wins
        Assert.Equal("Equal", settings["spec.tolerations[3].operator"]);
        Assert.Equal("timeout", settings["spec.dnsConfig.options[1].name"]); // the last of a key given twice
        Assert.Equal(new YamlPosition(16, 56), IssueAt(doc, YamlIssueKind.DuplicateKey, "spec.dnsConfig").Position);
        Assert.Single(doc.Issues);
    }

    [Fact]
    public void Scalars_AreReadAsKubernetesReadsThem()
    {
        var w = Workload("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              terminationGracePeriodSeconds: 0x1E
              containers:
              - name: app
                image: nginx
                ports:
                - containerPort: 8_080
                  name: "http"
                - containerPort: 1e3
                livenessProbe:
                  httpGet:
                    port: "8080"
                readinessProbe:
                  tcpSocket:
                    port: 8080
                startupProbe:
                  exec:
                    command: [cat, "yes", '0755']
                  periodSeconds: 010
                resources:
                  requests:
                    cpu: 0.5
                    memory: 1_000
                  limits:
                    cpu: ~
            """);
        var c = w.Pod.Containers[0];
        Assert.Equal(30, w.Pod.TerminationGracePeriodSeconds);
        Assert.Equal(8080, c.Ports[0].ContainerPort);
        Assert.Equal("http", c.Ports[0].Name);
        Assert.Equal(1000, c.Ports[1].ContainerPort); // 1e3 is a float in YAML 1.1, encoded as the JSON number 1000
        Assert.Equal(PortRef.FromName("8080"), c.LivenessProbe!.HttpGet!.Port); // quoted: a port name
        Assert.Equal(PortRef.FromNumber(8080), c.ReadinessProbe!.TcpSocket!.Port); // plain: a number
        Assert.Equal(new[] { "cat", "yes", "0755" }, c.StartupProbe!.Exec!.Command.ToArray());
        Assert.Equal(8, c.StartupProbe.PeriodSeconds); // 010 is octal
        Assert.Equal(new[] { new KeyValue("cpu", "0.5"), new KeyValue("memory", "1000") }, c.Resources!.Requests.ToArray());
        Assert.Equal(new[] { new KeyValue("cpu", "0") }, c.Resources.Limits.ToArray()); // null is the zero quantity
    }

    [Fact]
    public void WrongTypes_AreTypeErrors_AtTheValue()
    {
        var doc = One("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels:
                enabled: true
            spec:
              replicas: "3"
              minReadySeconds: 1.5
              selector:
                matchLabels:
                  enabled: "true"
              template:
                metadata:
                  labels:
                    enabled: "true"
                spec:
                  containers:
                  - name: 123
                    image: nginx
                    env:
                    - name: DEBUG
                      value: yes
                    livenessProbe: []
                    ports:
                    - containerPort: 99999999999
            """);
        Assert.Equal("spec.replicas: expected an integer (int32), found the string \"3\"", IssueAt(doc, YamlIssueKind.TypeError, "spec.replicas").Message);
        Assert.Equal(new YamlPosition(8, 13), IssueAt(doc, YamlIssueKind.TypeError, "spec.replicas").Position);
        Assert.Equal("spec.minReadySeconds: expected an integer (int32), found the number 1.5", IssueAt(doc, YamlIssueKind.TypeError, "spec.minReadySeconds").Message);
        Assert.Equal("metadata.labels[enabled]: expected a string, found the boolean true (quote it)", IssueAt(doc, YamlIssueKind.TypeError, "metadata.labels[enabled]").Message);
        IssueAt(doc, YamlIssueKind.TypeError, "spec.template.spec.containers[0].name");
        Assert.Equal("spec.template.spec.containers[0].env[0].value: expected a string, found the boolean true (quote it)",
            IssueAt(doc, YamlIssueKind.TypeError, "spec.template.spec.containers[0].env[0].value").Message);
        Assert.Equal("spec.template.spec.containers[0].livenessProbe: expected an object (Probe), found a list",
            IssueAt(doc, YamlIssueKind.TypeError, "spec.template.spec.containers[0].livenessProbe").Message);
        IssueAt(doc, YamlIssueKind.TypeError, "spec.template.spec.containers[0].ports[0].containerPort");
        var w = doc.Workload!;
        Assert.Null(w.Deployment!.Replicas);
        Assert.Equal("123", w.Pod.Containers[0].Name); // the text is kept so the rules still see the rest
    }

    [Fact]
    public void MultiDocument_ReadsEachWorkload_SkipsOtherKinds_IgnoresEmptyDocuments()
    {
        var result = ManifestYamlReader.Read("""
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              ports:
              - port: 80
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: one
            spec:
              containers:
              - name: app
                image: nginx
            ---
            ---
            apiVersion: batch/v1beta1
            kind: CronJob
            metadata:
              name: old
            ---
            apiVersion: batch/v1
            kind: Job
            metadata:
              name: two
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                  - name: app
                    image: busybox
            ---
            """);
        Assert.Null(result.SyntaxError);
        Assert.Equal(4, result.Documents.Count);
        Assert.Equal(new[] { 0, 1, 3, 4 }, result.Documents.Select(d => d.Index));
        var service = result.Documents[0];
        Assert.Null(service.Workload);
        Assert.Equal("Service", service.Kind);
        var skipped = Assert.Single(service.Issues);
        Assert.Equal(YamlIssueKind.Skipped, skipped.Kind);
        Assert.Equal("kind Service (v1) is not a workload ProbeGen reads (Pod v1, Deployment, StatefulSet and DaemonSet apps/v1, Job and CronJob batch/v1): skipped", skipped.Message);
        Assert.Equal(new YamlPosition(1, 1), skipped.Position);
        Assert.Equal(YamlIssueKind.Skipped, Assert.Single(result.Documents[2].Issues).Kind);
        Assert.Equal(new YamlPosition(19, 1), result.Documents[2].Issues[0].Position);
        Assert.Equal(new[] { "one", "two" }, result.Workloads.Select(w => w.Name));
        Assert.Equal(new YamlPosition(27, 3), result.Documents[3].Locate("metadata.name"));
        Assert.Empty(result.Documents[3].Issues);
    }

    [Fact]
    public void SyntaxError_IsReported_AndTheDocumentsBeforeItAreKept()
    {
        var result = ManifestYamlReader.Read("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: one
            spec:
              containers:
              - name: app
                image: nginx
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: [unclosed
            """);
        Assert.NotNull(result.SyntaxError);
        Assert.Equal(YamlIssueKind.Syntax, result.SyntaxError!.Kind);
        Assert.True(result.SyntaxError.Position.Line >= 12);
        Assert.Equal("one", Assert.Single(result.Documents).Workload!.Name);
    }

    [Fact]
    public void DuplicateKey_IsReported_AndTheLastWins()
    {
        var doc = One("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: first
              name: second
            spec:
              containers:
              - name: app
                image: nginx
            """);
        var dup = IssueAt(doc, YamlIssueKind.DuplicateKey, "metadata.name");
        Assert.Equal(new YamlPosition(5, 3), dup.Position);
        Assert.Equal("second", doc.Workload!.Name);
    }

    [Fact]
    public void AnchorsAliasesAndMergeKeys_AreResolved()
    {
        var w = Workload("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
              - name: app
                image: nginx
                livenessProbe: &probe
                  tcpSocket:
                    port: 80
                  periodSeconds: 5
                readinessProbe:
                  <<: *probe
                  periodSeconds: 7
                startupProbe: *probe
            """);
        var c = w.Pod.Containers[0];
        Assert.Equal(5, c.LivenessProbe!.PeriodSeconds);
        Assert.Equal(7, c.ReadinessProbe!.PeriodSeconds);
        Assert.Equal(PortRef.FromNumber(80), c.ReadinessProbe.TcpSocket!.Port);
        Assert.Equal(c.LivenessProbe, c.StartupProbe);
    }

    [Fact]
    public void DeploymentTemplateLabels_ThatDifferFromTheWorkloads_AreReadAsPodLabels_AndTheSelectorStaysDerived()
    {
        var doc = One("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels:
                app: web
                tier: front
            spec:
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                  annotations:
                    prometheus.io/scrape: "true"
                spec:
                  containers:
                  - name: web
                    image: nginx
            """);
        Assert.Empty(doc.Issues);
        var w = doc.Workload!;
        Assert.Equal(new[] { new KeyValue("app", "web") }, w.PodLabels);
        Assert.Equal(new[] { new KeyValue("prometheus.io/scrape", "true") }, w.PodAnnotations);
        Assert.True(w.SelectorLabels.IsDefault); // the selector is the template's labels: nothing to carry
        Assert.False(w.SelectorOmitted);
        Assert.Equal(new YamlPosition(15, 9), doc.Positions["spec.template.metadata.labels[app]"]);
    }

    [Fact]
    public void TemplateAndSelectorThatProbeGenWouldWrite_StayDerived()
    {
        var doc = One("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  containers:
                  - name: web
                    image: nginx
            """);
        Assert.Empty(doc.Issues);
        Assert.True(doc.Workload!.PodLabels.IsDefault);
        Assert.True(doc.Workload.SelectorLabels.IsDefault);
        Assert.Empty(doc.Workload.PodAnnotations);
    }

    [Fact]
    public void SelectorThatDiffersFromTheTemplate_IsReadAsSelectorLabels_AndAMissingOneIsRecorded()
    {
        var differing = One("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels:
                  app: other
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  containers:
                  - name: web
                    image: nginx
            """);
        Assert.Equal(new[] { new KeyValue("app", "other") }, differing.Workload!.SelectorLabels);
        var missing = One("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                  - name: web
                    image: nginx
            """);
        Assert.Empty(missing.Issues);
        Assert.True(missing.Workload!.SelectorOmitted);
        Assert.Equal(EquatableArray<KeyValue>.Empty, missing.Workload.PodLabels); // app: web would be the default
    }

    [Fact]
    public void WhatTheEmitterWrites_ReadsBackToTheSameModel_WithNoIssues()
    {
        var probe = new ProbeSpec(null, new HttpGetActionSpec("/healthz", PortRef.FromName("http"), "localhost", "HTTPS",
                new EquatableArray<HttpHeaderSpec>(new[] { new HttpHeaderSpec("X-A", "yes"), new HttpHeaderSpec("X-B", "0755") })),
            null, null)
        { InitialDelaySeconds = 3, TimeoutSeconds = 2, PeriodSeconds = 10, SuccessThreshold = 1, FailureThreshold = 5, TerminationGracePeriodSeconds = 20 };
        var main = new ContainerSpec
        {
            Name = "web",
            Image = "nginx:1.27",
            Command = new EquatableArray<string>(new[] { "sh", "-c", "on" }),
            Args = EquatableArray<string>.Empty,
            WorkingDir = "/app",
            ImagePullPolicy = "IfNotPresent",
            TerminationMessagePolicy = "FallbackToLogsOnError",
            Ports = new EquatableArray<ContainerPortSpec>(new[] { new ContainerPortSpec(8080, "http", "TCP", 80) }),
            Env = new EquatableArray<EnvVarSpec>(new[]
            {
                new EnvVarSpec("MODE", "true", null),
                new EnvVarSpec("POD", null, new EnvSourceSpec(EnvSourceKind.FieldRef, null, null, "metadata.name")),
                new EnvVarSpec("PASSWORD", null, new EnvSourceSpec(EnvSourceKind.SecretKeyRef, "db", "password", null)),
                // optional read back as written (true, false), not as a setting
                new EnvVarSpec("TOKEN", null, new EnvSourceSpec(EnvSourceKind.SecretKeyRef, "db", "token", null) { Optional = true }),
                new EnvVarSpec("FLAGS", null, new EnvSourceSpec(EnvSourceKind.ConfigMapKeyRef, "config", "flags", null) { Optional = false }),
            }),
            Resources = new ResourcesSpec(new EquatableArray<KeyValue>(new[] { new KeyValue("cpu", "100m") }), new EquatableArray<KeyValue>(new[] { new KeyValue("memory", "256Mi") })),
            LivenessProbe = probe,
            ReadinessProbe = new ProbeSpec(null, null, new TcpSocketActionSpec(PortRef.FromNumber(8080), null), null),
            StartupProbe = new ProbeSpec(new ExecActionSpec(new EquatableArray<string>(new[] { "cat", "/tmp/ready" })), null, null, null) { FailureThreshold = 30 },
        };
        var sidecar = new ContainerSpec
        {
            Name = "proxy",
            Image = "envoy",
            RestartPolicy = "Always",
            Ports = EquatableArray<ContainerPortSpec>.Empty,
            Env = EquatableArray<EnvVarSpec>.Empty,
            ReadinessProbe = new ProbeSpec(null, null, null, new GrpcActionSpec(9901, "ready")),
        };
        var w = new WorkloadSpec(WorkloadKind.CronJob, "nightly", "team-a",
            new EquatableArray<KeyValue>(new[] { new KeyValue("app", "nightly"), new KeyValue("on", "yes") }),
            new EquatableArray<KeyValue>(new[] { new KeyValue("note", "a: b #c") }),
            new PodSpec
            {
                RestartPolicy = "OnFailure", TerminationGracePeriodSeconds = 30, ServiceAccountName = "runner",
                NodeSelector = new EquatableArray<KeyValue>(new[] { new KeyValue("disk", "ssd") }),
                InitContainers = new EquatableArray<ContainerSpec>(new[] { sidecar }), Containers = new EquatableArray<ContainerSpec>(new[] { main }),
            },
            Job: new JobSpec { BackoffLimit = 2, Completions = 1, Parallelism = 1, ActiveDeadlineSeconds = 600, TtlSecondsAfterFinished = 100 },
            CronJob: new CronJobSpec { Schedule = "30 2 * * *", TimeZone = "Europe/Berlin", ConcurrencyPolicy = "Forbid", StartingDeadlineSeconds = 10, SuccessfulJobsHistoryLimit = 3, FailedJobsHistoryLimit = 1, Suspend = false });

        string yaml = ManifestYamlEmitter.Emit(w);
        var doc = One(yaml);
        Assert.Empty(doc.Issues);
        Assert.Equal(w, doc.Workload);
    }

    [Fact]
    public void StatefulSet_ReadsItsFieldsIntoTheModel_AndEmitsTheSameYaml()
    {
        const string Yaml = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
              labels:
                app: db
            spec:
              replicas: 3
              serviceName: db-headless
              podManagementPolicy: Parallel
              minReadySeconds: 10
              revisionHistoryLimit: 5
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

            """;
        var doc = One(Yaml);
        Assert.Empty(doc.Issues);
        var w = doc.Workload!;
        Assert.Equal(WorkloadKind.StatefulSet, w.Kind);
        Assert.Equal(new StatefulSetSpec { Replicas = 3, ServiceName = "db-headless", PodManagementPolicy = "Parallel", MinReadySeconds = 10, RevisionHistoryLimit = 5 }, w.StatefulSet);
        Assert.Null(w.Deployment);
        Assert.Equal("db.statefulset.yaml", w.FileName);
        Assert.Equal(Yaml, ManifestYamlEmitter.Emit(w));
    }

    [Fact]
    public void DaemonSet_WithoutLabels_SelectorAppName_ReadsWithNoIssues_AnotherSelectorIsReadIntoTheModel()
    {
        var doc = One("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
            spec:
              minReadySeconds: 5
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
                    image: busybox
            """);
        Assert.Empty(doc.Issues);
        Assert.Equal(new DaemonSetSpec { MinReadySeconds = 5 }, doc.Workload!.DaemonSet);
        Assert.Equal("agent.daemonset.yaml", doc.Workload.FileName);

        var other = One("""
            apiVersion: apps/v1
            kind: DaemonSet
            metadata:
              name: agent
            spec:
              selector:
                matchLabels:
                  name: agent
              template:
                metadata:
                  labels:
                    name: agent
                spec:
                  containers:
                  - name: agent
                    image: busybox
            """);
        // Labels other than the default are read into the model ([PodLabel]/[SelectorLabel] on import), not "not modeled".
        Assert.Empty(other.Issues);
        Assert.Equal(new[] { new KeyValue("name", "agent") }, other.Workload!.PodLabels.ToArray());
        Assert.True(other.Workload.SelectorLabels.IsDefault); // the selector equals the template's labels: derived, as ProbeGen writes it
    }

    [Fact]
    public void NotAMapping_IsATypeErrorForTheDocument()
    {
        var doc = One("- just\n- a list\n");
        Assert.Null(doc.Workload);
        Assert.Equal(YamlIssueKind.TypeError, Assert.Single(doc.Issues).Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("---\n")]
    [InlineData("\t\u0000")]
    [InlineData("a: [1, 2")]
    [InlineData("apiVersion: v1\nkind: Pod\nspec: 5\nmetadata: [x]\n")]
    [InlineData("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - ~\n  - 5\n  - [a]\n")]
    [InlineData("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    resources:\n      limits: {cpu: [1], ? [k] : v, ~: 1}\n")]
    [InlineData("x: &a\n  <<: *a\n")]
    public void HostileInput_NeverThrows(string yaml)
    {
        var result = ManifestYamlReader.Read(yaml);
        foreach (var d in result.Documents)
        {
            if (d.Workload is { } w) RuleEngine.Validate(w);
        }
    }
}

public class ReaderRobustnessTests
{
    /// <summary>Every corpus manifest, cut and spliced at many places: the reader and the rules never throw.</summary>
    [Fact]
    public void MutatedCorpus_NeverThrows()
    {
        var random = new Random(20240601);
        int documents = 0;
        foreach (var c in CorpusCase.All)
        {
            string text = c.Text;
            for (int i = 0; i < 40; i++)
            {
                int at = random.Next(text.Length);
                string mutated = (i % 4) switch
                {
                    0 => text.Remove(at, Math.Min(random.Next(1, 8), text.Length - at)),
                    1 => text.Insert(at, new[] { ":", "- ", "\n  ", "{", "]", "&a ", "*a", "<<: *a\n", "!!int ", "\"", "\t", "~" }[random.Next(12)]),
                    2 => text.Substring(0, at),
                    _ => text.Substring(at) + "\n---\n" + text.Substring(0, at),
                };
                foreach (var doc in ManifestYamlReader.Read(mutated).Documents)
                {
                    documents++;
                    if (doc.Workload is { } w)
                    {
                        Assert.DoesNotContain(ProbeGen.Core.Validation.RuleEngine.Validate(w), f => f.Rule == ProbeGen.Core.Validation.RuleCatalog.InternalError);
                    }
                    foreach (var issue in doc.Issues) doc.Locate(issue.Path);
                }
                ManifestLinter.Lint(mutated);
            }
        }
        Assert.True(documents > 1000);
    }
}

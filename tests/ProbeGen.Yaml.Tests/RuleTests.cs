using ProbeGen.Core.Validation;
using static ProbeGen.Yaml.Tests.Manifests;

namespace ProbeGen.Yaml.Tests;

/// <summary>Every rule added with the YAML front-end: a near-miss valid manifest with no finding of the rule, and an invalid one with the exact path and message.</summary>
public class RuleTests
{
    private const string DnsSubdomainError = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    private const string DnsLabelError = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name' or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
    private const string QualifiedNameError = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName' or 'my.name' or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
    private const string QuantityFormat = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

    private static readonly string Name63 = new('a', 63);
    private static readonly string Name64 = new('a', 64);

    public sealed record Case(string Rule, string Valid, string Invalid, string Path, string Message)
    {
        public override string ToString() => Rule + " " + Path;
    }

    public static readonly Case[] All =
    [
        new("PG1001", Pod(), Pod(name: "\"\""), "metadata.name", "metadata.name: Required value: name or generateName is required"),
        // No name but a generateName: the server makes the name (rest.BeforeCreate) before it validates.
        new("PG1001", Pod(name: "\"\"", meta: "generateName: worker-"), Pod(name: "\"\"", meta: "generateName: \"\""), "metadata.name", "metadata.name: Required value: name or generateName is required"),
        // The prefix is a name with its trailing '-' masked (maskTrailingDash), checked with or without a name.
        new("PG1003", Pod(name: "web", meta: "generateName: web-"), Pod(name: "\"\"", meta: "generateName: Worker-"), "metadata.generateName", "metadata.generateName: Invalid value: \"Worker-\": " + DnsSubdomainError),
        new("PG1002", Pod(name: "my-pod.v1"), Pod(name: "My_Pod"), "metadata.name", "metadata.name: Invalid value: \"My_Pod\": " + DnsSubdomainError),
        new("PG1005", Pod(meta: "namespace: team-a"), Pod(meta: "namespace: Team"), "metadata.namespace", "metadata.namespace: Invalid value: \"Team\": " + DnsLabelError),
        new("PG1006", Pod(meta: "labels:\n  app.kubernetes.io/name: web"), Pod(meta: "labels:\n  -bad: x"), "metadata.labels", "metadata.labels: Invalid value: \"-bad\": name part " + QualifiedNameError),
        new("PG1007", Pod(meta: "labels:\n  empty: \"\""), Pod(meta: "labels:\n  app: a b"), "metadata.labels",
            "metadata.labels: Invalid value: \"a b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue' or 'my_value' or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"),
        new("PG1008", Pod(meta: "annotations:\n  Example.COM/Key: x"), Pod(meta: "annotations:\n  a/b/c: x"), "metadata.annotations",
            "metadata.annotations: Invalid value: \"a/b/c\": a qualified name " + QualifiedNameError + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"),
        new("PG1009", Pod(meta: "annotations:\n  k: " + new string('x', 262143)), Pod(meta: "annotations:\n  k: " + new string('x', 262144)), "metadata.annotations",
            "metadata.annotations: Too long: must have at most 262144 bytes"),
        new("PG1012", CronJob(name: new string('c', 52)), CronJob(name: new string('c', 53)), "metadata.name", "metadata.name: Invalid value: \"" + new string('c', 53) + "\": must be no more than 52 characters"),
        new("PG1016", Deployment(name: Name63), Deployment(name: Name64), "spec.template.labels", "spec.template.labels: Invalid value: \"" + Name64 + "\": must be no more than 63 characters"),
        new("PG1101", Pod(), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: []\n", "spec.containers", "spec.containers: Required value"),
        new("PG1102", Pod(), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - image: nginx\n", "spec.containers[0].name", "spec.containers[0].name: Required value"),
        new("PG1103", Pod(), Pod(spec: "initContainers:\n- name: init_1\n  image: busybox"), "spec.initContainers[0].name", "spec.initContainers[0].name: Invalid value: \"init_1\": " + DnsLabelError),
        new("PG1104", Pod(spec: "initContainers:\n- name: app2\n  image: busybox"), Pod(container: "ports:\n- containerPort: 80\n").Replace("  containers:\n", "  containers:\n  - name: app\n    image: busybox\n"),
            "spec.containers[1].name", "spec.containers[1].name: Duplicate value: \"app\""),
        new("PG1105", Pod(spec: "initContainers:\n- name: init\n  image: busybox"), Pod(spec: "initContainers:\n- name: init\n  image: busybox\n- name: init\n  image: busybox"),
            "spec.initContainers[1].name", "spec.initContainers[1].name: Duplicate value: \"init\""),
        new("PG1109", Pod(container: "terminationMessagePolicy: FallbackToLogsOnError"), Pod(container: "terminationMessagePolicy: Logs"), "spec.containers[0].terminationMessagePolicy",
            "spec.containers[0].terminationMessagePolicy: Unsupported value: \"Logs\": supported values: \"File\", \"FallbackToLogsOnError\""),
        new("PG1106", Pod(), Pod().Replace("image: nginx", "image: \"\""), "spec.containers[0].image", "spec.containers[0].image: Required value"),
        new("PG1107", Deployment().Replace("image: nginx", "image: \" nginx\""), Pod().Replace("image: nginx", "image: \" nginx\""), "spec.containers[0].image",
            "spec.containers[0].image: Invalid value: \" nginx\": must not have leading or trailing whitespace"),
        new("PG1108", Pod(container: "imagePullPolicy: IfNotPresent"), Pod(container: "imagePullPolicy: Sometimes"), "spec.containers[0].imagePullPolicy",
            "spec.containers[0].imagePullPolicy: Unsupported value: \"Sometimes\": supported values: \"Always\", \"IfNotPresent\", \"Never\""),
        new("PG1110", Pod(spec: "initContainers:\n- name: proxy\n  image: envoy\n  restartPolicy: Always"), Pod(container: "restartPolicy: Never"), "spec.containers[0].restartPolicy",
            "spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers"),
        new("PG1111", Pod(spec: "initContainers:\n- name: proxy\n  image: envoy\n  restartPolicy: Always"), Pod(spec: "initContainers:\n- name: proxy\n  image: envoy\n  restartPolicy: Never"),
            "spec.initContainers[0].restartPolicy", "spec.initContainers[0].restartPolicy: Unsupported value: \"Never\": supported values: \"Always\""),
        new("PG1201", Pod(container: "ports:\n- containerPort: 80"), Pod(container: "ports:\n- name: http"), "spec.containers[0].ports[0].containerPort",
            "spec.containers[0].ports[0].containerPort: Required value"),
        new("PG1202", Pod(container: "ports:\n- containerPort: 65535"), Pod(container: "ports:\n- containerPort: -1"), "spec.containers[0].ports[0].containerPort",
            "spec.containers[0].ports[0].containerPort: Invalid value: -1: must be between 1 and 65535, inclusive"),
        new("PG1203", Pod(container: "ports:\n- containerPort: 80\n  hostPort: 0"), Pod(container: "ports:\n- containerPort: 80\n  hostPort: 70000"), "spec.containers[0].ports[0].hostPort",
            "spec.containers[0].ports[0].hostPort: Invalid value: 70000: must be between 1 and 65535, inclusive"),
        new("PG1204", Pod(container: "ports:\n- containerPort: 80\n  name: very-long-portn"), Pod(container: "ports:\n- containerPort: 80\n  name: -http"), "spec.containers[0].ports[0].name",
            "spec.containers[0].ports[0].name: Invalid value: \"-http\": must not begin or end with a hyphen"),
        new("PG1205", Pod(container: "ports:\n- containerPort: 80\n  name: http\n- containerPort: 81\n  name: HTTP\n- containerPort: 82\n  name: HTTP"),
            Pod(container: "ports:\n- containerPort: 80\n  name: web\n- containerPort: 81\n  name: web"), "spec.containers[0].ports[1].name", "spec.containers[0].ports[1].name: Duplicate value: \"web\""),
        new("PG1206", Pod(container: "ports:\n- containerPort: 53\n  protocol: UDP"), Pod(container: "ports:\n- containerPort: 53\n  protocol: udp"), "spec.containers[0].ports[0].protocol",
            "spec.containers[0].ports[0].protocol: Unsupported value: \"udp\": supported values: \"SCTP\", \"TCP\", \"UDP\""),
        new("PG1207", Pod(container: "ports:\n- containerPort: 53\n  hostPort: 53\n- containerPort: 53\n  hostPort: 53\n  protocol: UDP"),
            Pod(container: "ports:\n- containerPort: 80\n  hostPort: 8080\n- containerPort: 81\n  hostPort: 8080\n  protocol: TCP"), "spec.containers[0].ports[1].hostPort",
            "spec.containers[0].ports[1].hostPort: Duplicate value: \"TCP//8080\""),
        new("PG1305", Pod(container: "livenessProbe:\n  httpGet:\n    port: 1"), Pod(container: "livenessProbe:\n  httpGet:\n    path: /"), "spec.containers[0].livenessProbe.httpGet.port",
            "spec.containers[0].livenessProbe.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive"),
        new("PG1406", Pod(spec: "serviceAccountName: build-bot.ci"), Pod(spec: "serviceAccountName: Bad_Name!"), "spec.serviceAccountName",
            "spec.serviceAccountName: Invalid value: \"Bad_Name!\": " + DnsSubdomainError),
        new("PG1406", Deployment(podSpec: "serviceAccountName: " + new string('s', 253)), Deployment(podSpec: "serviceAccountName: " + new string('s', 254)), "spec.template.spec.serviceAccountName",
            "spec.template.spec.serviceAccountName: Invalid value: \"" + new string('s', 254) + "\": must be no more than 253 characters"),
        new("PG1407", Pod(spec: "nodeSelector:\n  kubernetes.io/os: linux\n  disktype: \"\""), Pod(spec: "nodeSelector:\n  -bad: ssd"), "spec.nodeSelector",
            "spec.nodeSelector: Invalid value: \"-bad\": name part " + QualifiedNameError),
        new("PG1407", Pod(spec: "nodeSelector:\n  " + Name63 + ": v"), Pod(spec: "nodeSelector:\n  " + Name64 + ": v"), "spec.nodeSelector",
            "spec.nodeSelector: Invalid value: \"" + Name64 + "\": name part must be no more than 63 characters"),
        new("PG1407", Job(podSpec: "restartPolicy: Never\nnodeSelector:\n  disktype: ssd"), Job(podSpec: "restartPolicy: Never\nnodeSelector:\n  disktype: fast ssd"), "spec.template.spec.nodeSelector",
            "spec.template.spec.nodeSelector: Invalid value: \"fast ssd\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue' or 'my_value' or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"),
        new("PG1401", Pod(spec: "restartPolicy: Never"), Pod(spec: "restartPolicy: never"), "spec.restartPolicy",
            "spec.restartPolicy: Unsupported value: \"never\": supported values: \"Always\", \"OnFailure\", \"Never\""),
        new("PG1410", Deployment("replicas: 0"), Deployment("replicas: -2"), "spec.replicas", "spec.replicas: Invalid value: -2: must be greater than or equal to 0"),
        // The selector and the template's labels (PG1411–PG1413, PG1830): more cases from the corpora in PodTemplateRuleTests.
        new("PG1411", Deployment(), Deployment().Replace("  selector:\n    matchLabels:\n      app: web\n", ""), "spec.selector", "spec.selector: Required value"),
        new("PG1412", Deployment(), Deployment().Replace("  selector:\n    matchLabels:\n      app: web\n", "  selector: {}\n"), "spec.selector",
            "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment"),
        new("PG1413", Deployment().Replace("        app: web\n", "        app: web\n        version: v2\n"), Deployment().Replace("      app: web\n  template", "      app: api\n  template"), "spec.template.metadata.labels",
            "spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`"),
        new("PG1830", Deployment(), Deployment().Replace("      app: web\n  template", "      app: web\n      -bad: x\n  template"), "spec.selector.matchLabels",
            "spec.selector.matchLabels: Invalid value: \"-bad\": name part " + QualifiedNameError),
        new("PG1414", Deployment(podSpec: "restartPolicy: Always"), Deployment(podSpec: "restartPolicy: OnFailure"), "spec.template.spec.restartPolicy",
            "spec.template.spec.restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\""),
        new("PG1414", StatefulSet(podSpec: "restartPolicy: Always"), StatefulSet(podSpec: "restartPolicy: OnFailure"), "spec.template.spec.restartPolicy",
            "spec.template.spec.restartPolicy: Unsupported value: \"OnFailure\": supported values: \"Always\""),
        new("PG1414", DaemonSet(podSpec: "restartPolicy: Always"), DaemonSet(podSpec: "restartPolicy: Never"), "spec.template.spec.restartPolicy",
            "spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported values: \"Always\""),
        new("PG1017", StatefulSet(name: "db-v2"), StatefulSet(name: "db.v2"), "metadata.name", "metadata.name: Invalid value: \"db.v2\": must not contain dots"),
        new("PG1017", StatefulSet(name: Name63), StatefulSet(name: Name64), "metadata.name", "metadata.name: Invalid value: \"" + Name64 + "\": must be no more than 63 characters"),
        new("PG1460", StatefulSet("podManagementPolicy: Parallel"), StatefulSet("podManagementPolicy: Random"), "spec.podManagementPolicy",
            "spec.podManagementPolicy: Invalid value: \"Random\": must be 'OrderedReady' or 'Parallel'"),
        new("PG1466", StatefulSet("replicas: 0"), StatefulSet("replicas: -1"), "spec.replicas", "spec.replicas: Invalid value: -1: must be greater than or equal to 0"),
        new("PG1466", StatefulSet("minReadySeconds: 0\nrevisionHistoryLimit: -1"), StatefulSet("minReadySeconds: -1"), "spec.minReadySeconds",
            "spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0"),
        new("PG1474", DaemonSet("minReadySeconds: 0"), DaemonSet("minReadySeconds: -5"), "spec.minReadySeconds", "spec.minReadySeconds: Invalid value: -5: must be greater than or equal to 0"),
        new("PG1474", DaemonSet("revisionHistoryLimit: 0"), DaemonSet("revisionHistoryLimit: -1"), "spec.revisionHistoryLimit",
            "spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0"),
        new("PG1416", Deployment("revisionHistoryLimit: 0"), Deployment("revisionHistoryLimit: -1"), "spec.revisionHistoryLimit",
            "spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0"),
        new("PG1417", Deployment("minReadySeconds: 599"), Deployment("minReadySeconds: 600"), "spec.progressDeadlineSeconds",
            "spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds"),
        new("PG1420", Job(podSpec: "restartPolicy: OnFailure"), Job(podSpec: ""), "spec.template.spec.restartPolicy",
            "spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", \"Never\""),
        new("PG1421", Job(podSpec: "restartPolicy: Never"), Job(podSpec: "restartPolicy: Sometimes"), "spec.template.spec.restartPolicy",
            "spec.template.spec.restartPolicy: Unsupported value: \"Sometimes\": supported values: \"OnFailure\", \"Never\""),
        new("PG1423", CronJob(jobSpec: "ttlSecondsAfterFinished: 0"), CronJob(jobSpec: "ttlSecondsAfterFinished: -1"), "spec.jobTemplate.spec.ttlSecondsAfterFinished",
            "spec.jobTemplate.spec.ttlSecondsAfterFinished: Invalid value: -1: must be greater than or equal to 0"),
        new("PG1430", CronJob(), CronJob("schedule: \"\""), "spec.schedule", "spec.schedule: Required value"),
        new("PG1431", CronJob("schedule: 0 9-17/2 * jan-mar MON-FRI"), CronJob("schedule: \"*/0 * * * *\""), "spec.schedule",
            "spec.schedule: Invalid value: \"*/0 * * * *\": step of range should be a positive number: */0"),
        new("PG1432", CronJob("schedule: 0 * * * *"), CronJob("schedule: TZ=UTC 0 * * * *"), "spec.schedule",
            "spec.schedule: Invalid value: \"TZ=UTC 0 * * * *\": cannot use TZ or CRON_TZ in schedule, use timeZone field instead"),
        new("PG1433", CronJob("schedule: \"@daily\"\ntimeZone: America/Argentina/Buenos_Aires"), CronJob("schedule: \"@daily\"\ntimeZone: Europe/../Paris"), "spec.timeZone",
            "spec.timeZone: Invalid value: \"Europe/../Paris\": unknown time zone Europe/../Paris"),
        new("PG1437", CronJob("schedule: \"@daily\"\nconcurrencyPolicy: Replace"), CronJob("schedule: \"@daily\"\nconcurrencyPolicy: forbid"), "spec.concurrencyPolicy",
            "spec.concurrencyPolicy: Unsupported value: \"forbid\": supported values: \"Allow\", \"Forbid\", \"Replace\""),
        new("PG1438", CronJob("schedule: \"@daily\"\nfailedJobsHistoryLimit: 0"), CronJob("schedule: \"@daily\"\nfailedJobsHistoryLimit: -1"), "spec.failedJobsHistoryLimit",
            "spec.failedJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0"),
        new("PG1501", Deployment(container: "resources:\n  requests:\n    memory: 0"), Deployment(container: "resources:\n  requests:\n    memory: -1024Mi"),
            "spec.template.spec.containers[0].resources.requests[memory]", "spec.template.spec.containers[0].resources.requests[memory]: Invalid value: \"-1Gi\": must be greater than or equal to 0"),
        new("PG1502", Pod(container: "resources:\n  requests:\n    memory: 1000Mi\n  limits:\n    memory: 1Gi"), Pod(container: "resources:\n  requests:\n    memory: 1Gi\n  limits:\n    memory: 1000Mi"),
            "spec.containers[0].resources.requests", "spec.containers[0].resources.requests: Invalid value: \"1Gi\": must be less than or equal to memory limit of 1000Mi"),
        new("PG1505", Pod(container: "resources:\n  limits:\n    ephemeral-storage: 1Gi"), Pod(container: "resources:\n  limits:\n    pods: 1"), "spec.containers[0].resources.limits[pods]",
            "spec.containers[0].resources.limits[pods]: Invalid value: \"pods\": must be a standard resource for containers"),
        new("PG1509", Pod(container: "resources:\n  limits:\n    cpu: \" 1.5 \""), Pod(container: "resources:\n  limits:\n    memory: 10MB"), "spec.containers[0].resources.limits[memory]",
            "spec.containers[0].resources.limits[memory]: Invalid value: \"10MB\": " + QuantityFormat),
        new("PG1520", Pod(container: "env:\n- name: A"), Pod(container: "env:\n- value: x"), "spec.containers[0].env[0].name", "spec.containers[0].env[0].name: Required value"),
        new("PG1522", Pod(container: "env:\n- name: 1 MY.VAR-x\n  value: relaxed"), Pod(container: "env:\n- name: CAFÉ"), "spec.containers[0].env[0].name",
            "spec.containers[0].env[0].name: Invalid value: \"CAFÉ\": a valid environment variable name must consist only of printable ASCII characters other than '='"),
        new("PG1525", Pod(container: "env:\n- name: POD\n  value: \"\"\n  valueFrom:\n    fieldRef:\n      fieldPath: metadata.name"),
            Pod(container: "env:\n- name: POD\n  value: x\n  valueFrom:\n    secretKeyRef:\n      name: s\n      key: k"), "spec.containers[0].env[0].valueFrom",
            "spec.containers[0].env[0].valueFrom: Invalid value: \"\": may not be specified when `value` is not empty"),
        new("PG1527", Pod(container: "env:\n- name: PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db.creds\n      key: .password_v2"),
            Pod(container: "env:\n- name: PASSWORD\n  valueFrom:\n    configMapKeyRef:\n      name: cfg\n      key: a/b"), "spec.containers[0].env[0].valueFrom.configMapKeyRef.key",
            "spec.containers[0].env[0].valueFrom.configMapKeyRef.key: Invalid value: \"a/b\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name' or 'KEY_NAME' or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"),
        new("PG1528", Pod(container: "env:\n- name: APP\n  valueFrom:\n    fieldRef:\n      fieldPath: metadata.labels['app.kubernetes.io/name']"),
            Pod(container: "env:\n- name: X\n  valueFrom:\n    fieldRef:\n      fieldPath: spec.foo"), "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath",
            "spec.containers[0].env[0].valueFrom.fieldRef.fieldPath: Invalid value: \"spec.foo\": error converting fieldPath: field label not supported: spec.foo"),
    ];

    public static TheoryData<Case> Cases()
    {
        var data = new TheoryData<Case>();
        foreach (var c in All) data.Add(c);
        return data;
    }

    private static IReadOnlyList<Finding> Validate(string yaml)
    {
        var result = ManifestYamlReader.Read(yaml);
        Assert.Null(result.SyntaxError);
        var doc = Assert.Single(result.Documents);
        Assert.Empty(doc.Issues);
        // The API server's rules only: PG2xxx/PG3xxx (valid but wrong) are tested in ProbeGen.Analyzers.Tests.
        return RuleEngine.Validate(doc.Workload!).Where(f => f.RuleId.StartsWith("PG1", StringComparison.Ordinal)).ToList();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Valid_HasNoFindingOfTheRule(Case c) => Assert.DoesNotContain(Validate(c.Valid), f => f.RuleId == c.Rule);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Invalid_ReportsTheApiServersPathAndMessage(Case c)
    {
        var findings = Validate(c.Invalid).Where(f => f.RuleId == c.Rule).ToList();
        Assert.Contains(findings, f => f.Path == c.Path && f.Message == c.Message);
    }

    [Fact]
    public void EveryRuleWithoutAnotherTest_IsHere()
    {
        // Rules covered by the corpus alone: the corpus test checks their paths and messages.
        var byCorpus = new[] { "PG1112", "PG1301", "PG1302", "PG1303", "PG1306", "PG1307", "PG1308", "PG1309", "PG1311", "PG1316", "PG1319", "PG1320" };
        // Restart-semantics and best-practice rules are tested at exact spans through the analyzer.
        string semanticTests = File.ReadAllText(Path.Combine(ProbeGen.Tests.RepoPaths.Root, "tests", "ProbeGen.Analyzers.Tests", "SemanticRuleDiagnosticsTests.cs"));
        // Kind rules on long-tail fields read the settings: tested on the model (KindSettingsRulesTests).
        string settingsTests = File.ReadAllText(Path.Combine(ProbeGen.Tests.RepoPaths.Root, "tests", "ProbeGen.Core.Tests", "Validation", "KindSettingsRulesTests.cs"));
        var tested = All.Select(c => c.Rule).Concat(byCorpus).Concat(VolumeHookResourceCorpusTests.RulesTestedElsewhere()).ToHashSet();
        // Security contexts, scheduling, pod-spec, strategy and Job rules: SchedulingSecurityCorpusTests (corpus) and Core's SchedulingSecurityRuleTests.
        tested.UnionWith(SchedulingSecurityCorpusTests.Implemented);
        Assert.All(RuleEngine.Rules, r => Assert.True(tested.Contains(r.Descriptor.Id) || semanticTests.Contains("{|" + r.Descriptor.Id + ":", StringComparison.Ordinal)
            || settingsTests.Contains("{ \"" + r.Descriptor.Id + "\", ", StringComparison.Ordinal), r.Descriptor.Id + " has no test"));
    }

    [Fact]
    public void MapFindings_CarryTheEntryAsSourcePath()
    {
        var label = Assert.Single(Validate(Pod(meta: "labels:\n  app: a b")));
        Assert.Equal("metadata.labels[app].value", label.LocatorPath);
        var key = Assert.Single(Validate(Pod(meta: "labels:\n  -bad: x")));
        Assert.Equal("metadata.labels[-bad]", key.LocatorPath);
        var request = Assert.Single(Validate(Pod(container: "resources:\n  requests:\n    cpu: 2\n  limits:\n    cpu: 1")));
        Assert.Equal("spec.containers[0].resources.requests[cpu]", request.LocatorPath);
        var template = Validate(Deployment(name: Name64)).Single(f => f.RuleId == "PG1016");
        Assert.Equal("spec.template.metadata.labels[app].value", template.LocatorPath);
        var selectorKey = Assert.Single(Validate(Pod(spec: "nodeSelector:\n  -bad: ssd")));
        Assert.Equal("spec.nodeSelector[-bad]", selectorKey.LocatorPath);
        var selectorValue = Assert.Single(Validate(Pod(spec: "nodeSelector:\n  disktype: fast ssd")));
        Assert.Equal("spec.nodeSelector[disktype].value", selectorValue.LocatorPath);
    }

    [Fact]
    public void KeySelectorWithoutNameAndKey_GetsTheSubdomainErrorAndRequired()
    {
        var findings = Validate(Pod(container: "env:\n- name: PASSWORD\n  valueFrom:\n    secretKeyRef:\n      optional: null"));
        Assert.Equal(new[]
        {
            "spec.containers[0].env[0].valueFrom.secretKeyRef.name: Invalid value: \"\": " + DnsSubdomainError,
            "spec.containers[0].env[0].valueFrom.secretKeyRef.key: Required value",
        }, findings.Select(f => f.Message));
    }

    [Fact]
    public void PodLimitsAreCopiedIntoRequests_TemplatesAreNot()
    {
        var pod = Validate(Pod(container: "resources:\n  limits:\n    cpu: -1"));
        Assert.Equal(new[] { "spec.containers[0].resources.limits[cpu]", "spec.containers[0].resources.requests[cpu]" }, pod.Select(f => f.Path).Order());
        var deployment = Validate(Deployment(container: "resources:\n  limits:\n    cpu: -1"));
        Assert.Equal("spec.template.spec.containers[0].resources.limits[cpu]", Assert.Single(deployment).Path);
    }
}

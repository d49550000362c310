using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;
using ProbeGen.Core.Validation;

namespace ProbeGen.Tests;

/// <summary>
/// The rules that read <see cref="WorkloadSpec.Settings"/> (volumes and mounts, lifecycle hooks, extended resources,
/// envFrom, hostNetwork ports) on a Deployment built with settings directly, as [Set] gives them: for each, a near-miss
/// valid workload with no finding of the rule, and an invalid one with exactly the rule's findings, paths and messages.
/// </summary>
public class SettingRulesTests
{
    private const string P = "spec.template.spec.";
    private const string C = P + "containers[0].";
    private const string Dns1123Subdomain = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

    private static FieldSetting S(string path, object value) => value switch
    {
        bool b => FieldSetting.Bool(path, b),
        int i => FieldSetting.Integer(path, i),
        long l => FieldSetting.Integer(path, l),
        "{}" => FieldSetting.EmptyObject(path),
        "[]" => FieldSetting.EmptyList(path),
        _ => FieldSetting.String(path, (string)value),
    };

    private static readonly (string, object)[] ConfigVolume = { (P + "volumes[0].name", "config"), (P + "volumes[0].configMap.name", "app-config") };
    private static readonly (string, object)[] ConfigMount = { (C + "volumeMounts[0].name", "config"), (C + "volumeMounts[0].mountPath", "/etc/app") };

    private static (string, object)[] Join(params (string, object)[][] parts) => parts.SelectMany(p => p).ToArray();

    private static WorkloadSpec Deployment((string Path, object Value)[] settings, long? grace = null, ContainerSpec? sidecar = null, ResourcesSpec? resources = null,
        EquatableArray<ContainerPortSpec> ports = default)
    {
        var web = new ContainerSpec { Name = "web", Image = "nginx:1.27", Resources = resources, Ports = ports };
        var pod = new PodSpec
        {
            TerminationGracePeriodSeconds = grace,
            Containers = EquatableArray.From(new[] { web }),
            InitContainers = sidecar is null ? EquatableArray<ContainerSpec>.Empty : EquatableArray.From(new[] { sidecar }),
        };
        return new WorkloadSpec(WorkloadKind.Deployment, "web", null, EquatableArray<KeyValue>.Empty, EquatableArray<KeyValue>.Empty, pod)
        {
            Settings = FieldSettings.Sorted(settings.Select(s => S(s.Path, s.Value))),
        };
    }

    public sealed record Case(string Rule, (string, object)[] Valid, (string, object)[] Invalid, string[] Messages)
    {
        public override string ToString() => Rule + " " + Messages[0].Split(':')[0];
    }

    public static readonly Case[] All =
    [
        new("PG1601", ConfigVolume, [(P + "volumes[0].configMap.name", "app-config")], [P + "volumes[0].name: Required value"]),
        new("PG1602", ConfigVolume, [(P + "volumes[0].name", "config.d"), (P + "volumes[0].configMap.name", "app-config")], [P + "volumes[0].name: Invalid value: \"config.d\": must not contain dots"]),
        new("PG1603",
            [(P + "volumes[0].name", "data"), (P + "volumes[0].emptyDir", "{}"), (P + "volumes[1].name", "cache"), (P + "volumes[1].emptyDir", "{}")],
            [(P + "volumes[0].name", "data"), (P + "volumes[0].emptyDir", "{}"), (P + "volumes[1].name", "data"), (P + "volumes[1].emptyDir", "{}")],
            [P + "volumes[1].name: Duplicate value: \"data\""]),
        // No source at all is defaulted to emptyDir; a downwardAPI source one too many is reported as 'downwarAPI' (sic).
        new("PG1604", [(P + "volumes[0].name", "scratch")],
            [(P + "volumes[0].name", "info"), (P + "volumes[0].emptyDir", "{}"), (P + "volumes[0].downwardAPI.items[0].path", "name"), (P + "volumes[0].configMap.name", "c")],
            [P + "volumes[0].downwarAPI: Forbidden: may not specify more than 1 volume type", P + "volumes[0].configMap: Forbidden: may not specify more than 1 volume type"]),
        new("PG1605", ConfigVolume, [(P + "volumes[0].name", "config"), (P + "volumes[0].configMap.optional", true)], [P + "volumes[0].configMap.name: Required value"]),
        new("PG1606", [(P + "volumes[0].name", "tls"), (P + "volumes[0].secret.secretName", "web-tls")], [(P + "volumes[0].name", "tls"), (P + "volumes[0].secret.defaultMode", 256)],
            [P + "volumes[0].secret.secretName: Required value"]),
        new("PG1607", [(P + "volumes[0].name", "data"), (P + "volumes[0].persistentVolumeClaim.claimName", "d")], [(P + "volumes[0].name", "data"), (P + "volumes[0].persistentVolumeClaim.readOnly", true)],
            [P + "volumes[0].persistentVolumeClaim.claimName: Required value"]),
        new("PG1608", [(P + "volumes[0].name", "logs"), (P + "volumes[0].hostPath.path", "/var/log..d")], [(P + "volumes[0].name", "logs"), (P + "volumes[0].hostPath.path", "/var/log/../lib")],
            [P + "volumes[0].hostPath.path: Invalid value: \"/var/log/../lib\": must not contain '..'"]),
        new("PG1609", [(P + "volumes[0].name", "logs"), (P + "volumes[0].hostPath.path", "/var/log"), (P + "volumes[0].hostPath.type", "")],
            [(P + "volumes[0].name", "logs"), (P + "volumes[0].hostPath.path", "/var/log"), (P + "volumes[0].hostPath.type", "Dir")],
            [P + "volumes[0].hostPath.type: Unsupported value: \"Dir\": supported values: \"\", \"BlockDevice\", \"CharDevice\", \"Directory\", \"DirectoryOrCreate\", \"File\", \"FileOrCreate\", \"Socket\""]),
        new("PG1610", Join(ConfigVolume, [(P + "volumes[0].configMap.defaultMode", 511)]),
            Join(ConfigVolume, [(P + "volumes[0].configMap.defaultMode", 512), (P + "volumes[0].configMap.items[0].key", "k"), (P + "volumes[0].configMap.items[0].path", "k"), (P + "volumes[0].configMap.items[0].mode", -1)]),
            [P + "volumes[0].configMap.defaultMode: Invalid value: 512: must be a number between 0 and 0777 (octal), both inclusive",
             P + "volumes[0].configMap.items[0].mode: Invalid value: -1: must be a number between 0 and 0777 (octal), both inclusive"]),
        new("PG1611", Join(ConfigVolume, [(P + "volumes[0].configMap.items[0].key", "k"), (P + "volumes[0].configMap.items[0].path", "k")]),
            Join(ConfigVolume, [(P + "volumes[0].configMap.items[0].mode", 420)]),
            [P + "volumes[0].configMap.items[0].key: Required value", P + "volumes[0].configMap.items[0].path: Required value"]),
        new("PG1612", Join(ConfigVolume, [(P + "volumes[0].configMap.items[0].key", "k"), (P + "volumes[0].configMap.items[0].path", "conf/..d")]),
            Join(ConfigVolume, [(P + "volumes[0].configMap.items[0].key", "k"), (P + "volumes[0].configMap.items[0].path", "..data"), (P + "volumes[0].configMap.items[1].key", "j"), (P + "volumes[0].configMap.items[1].path", "/etc/j")]),
            [P + "volumes[0].configMap.items[0].path: Invalid value: \"..data\": must not start with '..'", P + "volumes[0].configMap.items[1].path: Invalid value: \"/etc/j\": must be a relative path"]),
        new("PG1613", [(P + "volumes[0].name", "b"), (P + "volumes[0].projected.sources[0].configMap.name", "c"), (P + "volumes[0].projected.sources[1].secret.name", "s")],
            [(P + "volumes[0].name", "b"), (P + "volumes[0].projected.sources[0].configMap.name", "c"), (P + "volumes[0].projected.sources[0].secret.name", "s")],
            [P + "volumes[0].projected.sources[0]: Forbidden: may not specify more than 1 volume type per source"]),
        new("PG1614",
            [(P + "volumes[0].name", "b"), (P + "volumes[0].projected.sources[0].configMap.name", "c"), (P + "volumes[0].projected.sources[0].configMap.items[0].key", "a"), (P + "volumes[0].projected.sources[0].configMap.items[0].path", "a"),
             (P + "volumes[0].projected.sources[1].secret.name", "s"), (P + "volumes[0].projected.sources[1].secret.items[0].key", "a"), (P + "volumes[0].projected.sources[1].secret.items[0].path", "b")],
            [(P + "volumes[0].name", "b"), (P + "volumes[0].projected.sources[0].configMap.name", "c"), (P + "volumes[0].projected.sources[0].configMap.items[0].key", "a"), (P + "volumes[0].projected.sources[0].configMap.items[0].path", "a"),
             (P + "volumes[0].projected.sources[1].secret.name", "s"), (P + "volumes[0].projected.sources[1].secret.items[0].key", "a"), (P + "volumes[0].projected.sources[1].secret.items[0].path", "a")],
            [P + "volumes[0].projected: Invalid value: \"s\": conflicting duplicate paths"]),
        // An unset expirationSeconds is 3600; the empty path is reported on the projected volume, not on the source.
        new("PG1615", [(P + "volumes[0].name", "t"), (P + "volumes[0].projected.sources[0].serviceAccountToken.path", "token")],
            [(P + "volumes[0].name", "t"), (P + "volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds", 300)],
            [P + "volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds: Invalid value: 300: may not specify a duration less than 10 minutes", P + "volumes[0].projected.path: Required value"]),
        new("PG1616", [(P + "volumes[0].name", "i"), (P + "volumes[0].downwardAPI.items[0].path", "labels"), (P + "volumes[0].downwardAPI.items[0].fieldRef.fieldPath", "metadata.labels")],
            [(P + "volumes[0].name", "i"), (P + "volumes[0].downwardAPI.items[0].mode", 420), (P + "volumes[0].downwardAPI.items[1].path", "cpu"), (P + "volumes[0].downwardAPI.items[1].fieldRef.fieldPath", "metadata.name"),
             (P + "volumes[0].downwardAPI.items[1].resourceFieldRef.resource", "limits.cpu")],
            [P + "volumes[0].downwardAPI.path: Required value", P + "volumes[0].downwardAPI: Required value: one of fieldRef and resourceFieldRef is required",
             P + "volumes[0].downwardAPI: Invalid value: \"resource\": fieldRef and resourceFieldRef can not be specified simultaneously"]),
        new("PG1617", [(P + "volumes[0].name", "i"), (P + "volumes[0].downwardAPI.items[0].path", "l"), (P + "volumes[0].downwardAPI.items[0].fieldRef.fieldPath", "metadata.labels['app']")],
            [(P + "volumes[0].name", "i"), (P + "volumes[0].downwardAPI.items[0].path", "n"), (P + "volumes[0].downwardAPI.items[0].fieldRef.fieldPath", "spec.nodeName")],
            [P + "volumes[0].downwardAPI.fieldRef.fieldPath: Unsupported value: \"spec.nodeName\": supported values: \"metadata.annotations\", \"metadata.labels\", \"metadata.name\", \"metadata.namespace\", \"metadata.uid\""]),
        new("PG1618", [(P + "volumes[0].name", "s"), (P + "volumes[0].emptyDir.sizeLimit", "0")], [(P + "volumes[0].name", "s"), (P + "volumes[0].emptyDir.sizeLimit", "-1Gi")],
            [P + "volumes[0].emptyDir.sizeLimit: Forbidden: SizeLimit field must be a valid resource quantity"]),
        new("PG1619", [(P + "volumes[0].name", "s"), (P + "volumes[0].csi.driver", "Secrets-Store.csi.k8s.io")], [(P + "volumes[0].name", "s"), (P + "volumes[0].csi.readOnly", true)],
            [P + "volumes[0].csi.driver: Required value", P + "volumes[0].csi.driver: Invalid value: \"\": " + Dns1123Subdomain]),
        new("PG1620",
            [(P + "volumes[0].name", "s"), (P + "volumes[0].ephemeral.volumeClaimTemplate.spec.accessModes[0]", "ReadWriteOnce"), (P + "volumes[0].ephemeral.volumeClaimTemplate.spec.resources.requests['storage']", "1Gi")],
            [(P + "volumes[0].name", "s"), (P + "volumes[0].ephemeral.volumeClaimTemplate.spec.storageClassName", "fast")],
            [P + "volumes[0].ephemeral.volumeClaimTemplate.spec.accessModes: Required value: at least 1 access mode is required", P + "volumes[0].ephemeral.volumeClaimTemplate.spec.resources[storage]: Required value"]),
        new("PG1630", Join(ConfigVolume, ConfigMount), Join(ConfigVolume, [(C + "volumeMounts[0].mountPath", "/etc/app")]), [C + "volumeMounts[0].name: Required value"]),
        // A volume with an error of its own is left out of the volumes a mount can name.
        new("PG1631", Join(ConfigVolume, ConfigMount), [(P + "volumes[0].name", "config"), (P + "volumes[0].configMap.optional", true), (C + "volumeMounts[0].name", "config"), (C + "volumeMounts[0].mountPath", "/etc/app")],
            [C + "volumeMounts[0].name: Not found: \"config\""]),
        new("PG1632", Join(ConfigVolume, ConfigMount), Join(ConfigVolume, [(C + "volumeMounts[0].name", "config")]), [C + "volumeMounts[0].mountPath: Required value"]),
        new("PG1633", Join(ConfigVolume, ConfigMount, [(C + "volumeMounts[1].name", "config"), (C + "volumeMounts[1].mountPath", "/etc/app2")]),
            Join(ConfigVolume, ConfigMount, [(C + "volumeMounts[1].name", "config"), (C + "volumeMounts[1].mountPath", "/etc/app")]),
            [C + "volumeMounts[1].mountPath: Invalid value: \"/etc/app\": must be unique"]),
        new("PG1634", Join(ConfigVolume, ConfigMount, [(C + "volumeMounts[0].subPath", "..data/x")]), Join(ConfigVolume, ConfigMount, [(C + "volumeMounts[0].subPath", "/etc/../x")]),
            [C + "volumeMounts.subPath: Invalid value: \"/etc/../x\": must be a relative path", C + "volumeMounts.subPath: Invalid value: \"/etc/../x\": must not contain '..'"]),
        new("PG1635", Join(ConfigVolume, ConfigMount, [(C + "volumeMounts[0].subPathExpr", "$(POD_NAME)")]),
            Join(ConfigVolume, ConfigMount, [(C + "volumeMounts[0].subPath", "web"), (C + "volumeMounts[0].subPathExpr", "$(POD_NAME)")]),
            [C + "volumeMounts[0].subPathExpr: Invalid value: \"$(POD_NAME)\": subPathExpr and subPath are mutually exclusive"]),
        new("PG1636", Join(ConfigVolume, ConfigMount, [(C + "volumeMounts[0].mountPropagation", "Bidirectional"), (C + "securityContext.privileged", true)]),
            Join(ConfigVolume, ConfigMount, [(C + "volumeMounts[0].mountPropagation", "Bidirectional")]),
            [C + "volumeMounts.mountPropagation: Forbidden: Bidirectional mount propagation is available only to privileged containers"]),
        new("PG1637", Join(ConfigVolume, ConfigMount, [(C + "volumeMounts[0].recursiveReadOnly", "Enabled"), (C + "volumeMounts[0].readOnly", true)]),
            Join(ConfigVolume, ConfigMount, [(C + "volumeMounts[0].recursiveReadOnly", "Always")]),
            [C + "volumeMounts.recursiveReadOnly: Unsupported value: \"Always\": supported values: \"Disabled\", \"Enabled\", \"IfPossible\""]),
        new("PG1638", [(P + "volumes[0].name", "tools"), (P + "volumes[0].image.reference", "busybox:1.36"), (C + "volumeMounts[0].name", "tools"), (C + "volumeMounts[0].mountPath", "/tools")],
            [(P + "volumes[0].name", "tools"), (P + "volumes[0].image.reference", "busybox:1.36"), (C + "volumeMounts[0].name", "tools"), (C + "volumeMounts[0].mountPath", "/tools"), (C + "volumeMounts[0].subPath", "bin")],
            [C + "volumeMounts[0].subPath: Invalid value: \"bin\": not allowed in image volume sources"]),
        new("PG1321", [(C + "lifecycle.preStop.sleep.seconds", 5)], [(C + "lifecycle.preStop", "{}")], [C + "lifecycle.preStop: Required value: must specify a handler type"]),
        new("PG1323", [(C + "lifecycle.preStop.exec.command[0]", "true")],
            [(C + "lifecycle.postStart.sleep.seconds", 1), (C + "lifecycle.postStart.tcpSocket.port", 80), (C + "lifecycle.postStart.exec.command[0]", "true")],
            [C + "lifecycle.postStart.tcpSocket: Forbidden: may not specify more than 1 handler type", C + "lifecycle.postStart.sleep: Forbidden: may not specify more than 1 handler type"]),
        new("PG1324", [(C + "lifecycle.postStart.exec.command[0]", "true")], [(C + "lifecycle.postStart.exec.command", "[]")], [C + "lifecycle.postStart.exec.command: Required value"]),
        new("PG1325", [(C + "lifecycle.preStop.httpGet.port", "http")], [(C + "lifecycle.preStop.httpGet.port", 0), (C + "lifecycle.postStart.tcpSocket.port", "Http_")],
            [C + "lifecycle.postStart.tcpSocket.port: Invalid value: \"Http_\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
             C + "lifecycle.preStop.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive"]),
        new("PG1326", [(C + "lifecycle.preStop.sleep.seconds", 30)], [(C + "lifecycle.preStop.sleep.seconds", 31)],
            [C + "lifecycle.preStop.sleep: Invalid value: 31: must be non-negative and less than terminationGracePeriodSeconds (30)"]),
        new("PG1530", [(C + "envFrom[0].configMapRef.name", "c"), (C + "envFrom[1].secretRef.name", "s")], [(C + "envFrom[0].configMapRef.name", "c"), (C + "envFrom[0].secretRef.name", "s"), (C + "envFrom[1].prefix", "A_")],
            [C + "envFrom: Invalid value: \"\": may not have more than one field specified at a time", C + "envFrom: Invalid value: \"\": must specify one of: `configMapRef` or `secretRef`"]),
        new("PG1532", [(C + "envFrom[0].prefix", "1 APP-"), (C + "envFrom[0].configMapRef.name", "c")], [(C + "envFrom[0].prefix", "APP="), (C + "envFrom[0].configMapRef.name", "c")],
            [C + "envFrom[0].prefix: Invalid value: \"APP=\": a valid environment variable name must consist only of printable ASCII characters other than '='"]),
        new("PG1533", [(C + "envFrom[0].secretRef.name", "app-secret-")], [(C + "envFrom[0].configMapRef.optional", true), (C + "envFrom[1].secretRef.name", "App")],
            [C + "envFrom[0].configMapRef.name: Required value", C + "envFrom[1].secretRef.name: Invalid value: \"App\": " + Dns1123Subdomain]),
        new("PG1503", [(C + "resources.requests['nvidia.com/gpu']", 2), (C + "resources.limits['nvidia.com/gpu']", "2")], [(C + "resources.requests['nvidia.com/gpu']", 1), (C + "resources.limits['nvidia.com/gpu']", 2)],
            [C + "resources.requests: Invalid value: \"1\": must be equal to nvidia.com/gpu limit of 2"]),
        // In a template no request is copied from the limit: a lone request needs one.
        new("PG1504", [(C + "resources.limits['example.com/dongle']", 1)], [(C + "resources.requests['example.com/dongle']", 1)],
            [C + "resources.limits: Required value: Limit must be set for non overcommitable resources"]),
        new("PG1506", [(C + "resources.limits['kubernetes.io/gpu']", 1), (C + "resources.requests['kubernetes.io/gpu']", 1)], [(C + "resources.limits['requests.example.com/gpu']", 1)],
            [C + "resources.limits[requests.example.com/gpu]: Invalid value: \"requests.example.com/gpu\": doesn't follow extended resource name standard"]),
        new("PG1507", [(C + "resources.limits['nvidia.com/gpu']", "1000m")], [(C + "resources.limits['nvidia.com/gpu']", "500m")],
            [C + "resources.limits[nvidia.com/gpu]: Invalid value: \"500m\": must be an integer"]),
        new("PG1508", [(C + "resources.limits['hugepages-2Mi']", "4Mi"), (C + "resources.requests['cpu']", "1")], [(C + "resources.limits['hugepages-2Mi']", "4Mi")],
            [C + "resources: Forbidden: HugePages require cpu or memory"]),
        new("PG1511", [(C + "resources.limits['hugepages-1Gi']", "2Gi"), (C + "resources.limits['memory']", "3Gi")], [(C + "resources.limits['hugepages-2Mi']", "3Mi"), (C + "resources.limits['memory']", "1Gi")],
            [C + "resources.limits[hugepages-2Mi]: Invalid value: \"3Mi\": 3Mi is not positive integer multiple of hugepages-2Mi"]),
    ];

    public static TheoryData<Case> Cases() => new(All);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_ValidHasNoFinding_InvalidHasExactlyItsFindings(Case c)
    {
        Assert.Empty(RuleEngine.Validate(Deployment(c.Valid)).Where(f => f.RuleId == c.Rule).Select(f => f.Message));
        var findings = RuleEngine.Validate(Deployment(c.Invalid)).Where(f => f.RuleId == c.Rule).ToArray();
        Assert.Equal(c.Messages, findings.Select(f => f.Message).ToArray());
        Assert.All(findings, f => Assert.StartsWith(f.Path + ": ", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryRuleOfTheSettingsValidators_HasACase()
    {
        var ids = RuleEngine.Rules.Select(r => r.Descriptor.Id).Where(id => System.Text.RegularExpressions.Regex.IsMatch(id, "^PG1(32[1-6]|50[34678]|511|53[0-3]|6[0-3][0-9])$")).ToHashSet();
        Assert.Equal(ids.OrderBy(x => x), All.Select(c => c.Rule).Distinct().OrderBy(x => x));
    }

    [Fact]
    public void OddSettings_NeverFailARule()
    {
        // Values of the wrong kind, empty objects where lists belong, odd subscripts: findings or nothing, never PG9999.
        var odd = Deployment([
            (P + "volumes", "{}"), (P + "volumes[0]", "data"), (P + "volumes[1].downwardAPI.items[0].fieldRef.fieldPath", "a[']"),
            (P + "volumes[1].downwardAPI.items[1].fieldRef.fieldPath", "metadata.labels['']"), (P + "volumes[2].hostPath.path", 7),
            (P + "volumes[3].projected.sources[0].serviceAccountToken.expirationSeconds", "soon"), (P + "volumes[4].csi.driver", new string('d', 300)),
            (C + "volumeMounts[0]", "[]"), (C + "volumeMounts[1].name", 3), (C + "lifecycle.preStop.exec.command", "sleep 30"),
            (C + "lifecycle.postStart.sleep.seconds", "x"), (C + "lifecycle.postStart.httpGet.port", true),
            (C + "envFrom[0].prefix", 5), (C + "resources.limits['hugepages-']", "1"), (C + "resources.limits['hugepages-0']", "-1"),
            (C + "resources.requests['example.com/x']", "1e3"), (C + "resources.limits['example.com/x']", "bad")]);
        Assert.DoesNotContain(RuleEngine.Validate(odd), f => f.RuleId == "PG9999");
    }

    [Fact]
    public void SubPath_IsReportedAtTheListButLocatedAtTheMount()
    {
        var f = Assert.Single(RuleEngine.Validate(Deployment(Join(ConfigVolume, ConfigMount, [(C + "volumeMounts[0].subPath", "../etc")]))), x => x.RuleId == "PG1634");
        Assert.Equal(C + "volumeMounts.subPath", f.Path);
        Assert.Equal(C + "volumeMounts[0].subPath", f.LocatorPath);
    }

    [Fact]
    public void SleepHook_IsCheckedAgainstTheGracePeriodAndOnSidecarsOnly()
    {
        var sidecar = new ContainerSpec { Name = "proxy", Image = "envoy", RestartPolicy = "Always" };
        var w = Deployment([(P + "initContainers[0].lifecycle.preStop.sleep.seconds", 61), (C + "lifecycle.preStop.sleep.seconds", 60)], grace: 60, sidecar: sidecar);
        Assert.Equal(new[] { P + "initContainers[0].lifecycle.preStop.sleep: Invalid value: 61: must be non-negative and less than terminationGracePeriodSeconds (60)" },
            RuleEngine.Validate(w).Where(f => f.RuleId == "PG1326").Select(f => f.Message).ToArray());
        // A plain init container's lifecycle is not validated as a hook: the API server forbids it outright (PG1112).
        var init = new ContainerSpec { Name = "seed", Image = "busybox" };
        var findings = RuleEngine.Validate(Deployment([(P + "initContainers[0].lifecycle.preStop.sleep.seconds", 99)], sidecar: init));
        Assert.DoesNotContain(findings, f => f.RuleId == "PG1326");
        Assert.Equal(new[] { P + "initContainers[0].lifecycle: Forbidden: may not be set for init containers without restartPolicy=Always" },
            findings.Where(f => f.RuleId == "PG1112").Select(f => f.Message).ToArray());
        Assert.DoesNotContain(RuleEngine.Validate(Deployment([(P + "initContainers[0].lifecycle.preStop.sleep.seconds", 5)], sidecar: sidecar)), f => f.RuleId == "PG1112");
    }

    [Fact]
    public void ExtendedResourceInTheModel_IsCheckedLikeOneFromSettings()
    {
        var resources = new ResourcesSpec(EquatableArray.From(new[] { new KeyValue("nvidia.com/gpu", "1") }), EquatableArray.From(new[] { new KeyValue("nvidia.com/gpu", "2") }));
        Assert.Equal(new[] { C + "resources.requests: Invalid value: \"1\": must be equal to nvidia.com/gpu limit of 2" },
            RuleEngine.Validate(Deployment([], resources: resources)).Where(f => f.RuleId == "PG1503").Select(f => f.Message).ToArray());
    }

    [Fact]
    public void HostNetwork_HostPortMustMatch_UnsetIsAccepted()
    {
        var ports = EquatableArray.From(new[] { new ContainerPortSpec(8080, null, null, 9090), new ContainerPortSpec(8081, null, null, null), new ContainerPortSpec(8082, null, null, 8082) });
        Assert.Equal(new[] { C + "ports[0].hostPort: Invalid value: 9090: must match `containerPort` when `hostNetwork` is true" },
            RuleEngine.Validate(Deployment([(P + "hostNetwork", true)], ports: ports)).Where(f => f.RuleId == "PG1208").Select(f => f.Message).ToArray());
        Assert.DoesNotContain(RuleEngine.Validate(Deployment([(P + "hostNetwork", false)], ports: ports)), f => f.RuleId == "PG1208");
    }

    [Theory]
    [InlineData(30, true, "[\"sleep\",\"30\"]")]
    [InlineData(30, true, "[\"sh\",\"-c\",\"sleep 45\"]")]
    [InlineData(30, false, "[\"sleep\",\"29\"]")]
    [InlineData(30, false, "[\"sleep\",\"30s\"]")]
    [InlineData(30, false, "[\"sh\",\"-c\",\"sleep 30; nginx -s quit\"]")]
    [InlineData(60, false, "[\"/bin/sleep\",\"30\"]")]
    public void PreStopExecSleep_WarnsWhenItFillsTheGracePeriod(int grace, bool warns, string commandJson)
    {
        var command = System.Text.Json.JsonSerializer.Deserialize<string[]>(commandJson)!;
        var settings = command.Select((a, i) => (C + "lifecycle.preStop.exec.command[" + i + "]", (object)a)).ToArray();
        var found = RuleEngine.Validate(Deployment(settings, grace: grace)).Where(f => f.RuleId == "PG2006").ToArray();
        if (!warns)
        {
            Assert.Empty(found);
            return;
        }
        var f = Assert.Single(found);
        Assert.Equal(C + "lifecycle.preStop.exec.command", f.Path);
        Assert.Equal(RuleSeverity.Warning, f.Rule.Severity);
        Assert.StartsWith(C + "lifecycle.preStop.exec.command: the preStop hook sleeps ", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PreStopSleepAction_WarnsOnlyWhenEqualToTheGracePeriod()
    {
        Assert.Single(RuleEngine.Validate(Deployment([(C + "lifecycle.preStop.sleep.seconds", 30)])), f => f.RuleId == "PG2006");
        Assert.DoesNotContain(RuleEngine.Validate(Deployment([(C + "lifecycle.preStop.sleep.seconds", 31)])), f => f.RuleId == "PG2006"); // PG1326's
        Assert.DoesNotContain(RuleEngine.Validate(Deployment([(C + "lifecycle.preStop.sleep.seconds", 20)])), f => f.RuleId == "PG2006");
    }
}

using System.Text.RegularExpressions;
using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;
using ProbeGen.Core.Validation;
using ProbeGen.Tests;

namespace ProbeGen.Yaml.Tests;

/// <summary>
/// testdata/k8s-corpus-next against the security-context, scheduling, pod-spec, strategy and Job rules (PG17xx, PG18xx
/// and their PG14xx rows): each case is read by the reader (the modeled parts) with the whole document captured as
/// settings (a superset of what the reader will capture, at the same root paths), and the case's rule must report
/// exactly the header's path and message on an invalid case and nothing on a valid one.
/// </summary>
public class SchedulingSecurityCorpusTests
{

    /// <summary>The rules of this lane that are implemented; a case naming one of them is checked.</summary>
    public static readonly HashSet<string> Implemented = new(StringComparer.Ordinal)
    {
        "PG1013",
        "PG1404",
        "PG1408",
        "PG1409",
        "PG1415",
        "PG1418",
        "PG1419",
        "PG1422",
        "PG1424",
        "PG1425",
        "PG1429",
        "PG1440",
        "PG1441",
        "PG1442",
        "PG1443",
        "PG1444",
        "PG1450",
        "PG1451",
        "PG1452",
        "PG1464",
        "PG1471",
        "PG1472",
        "PG1473",
        "PG1480",
        "PG1481",
        "PG1482",
        "PG1483",
        "PG1484",
        "PG1485",
        "PG1486",
        "PG1487",
        "PG1488",
        "PG1489",
        "PG1701",
        "PG1702",
        "PG1703",
        "PG1704",
        "PG1705",
        "PG1706",
        "PG1708",
        "PG1709",
        "PG1710",
        "PG1711",
        "PG1712",
        "PG1713",
        "PG1714",
        "PG1715",
        "PG1716",
        "PG1717",
        "PG1718",
        "PG1719",
        "PG1801",
        "PG1802",
        "PG1803",
        "PG1804",
        "PG1805",
        "PG1806",
        "PG1807",
        "PG1810",
        "PG1811",
        "PG1812",
        "PG1813",
        "PG1814",
        "PG1815",
        "PG1816",
        "PG1820",
        "PG1821",
        "PG1822",
        "PG1823",
        "PG1824",
        "PG1825",
        "PG1826",
        "PG1830",
        // Product reasoning (no corpus cases): their pages' compliant YAML is checked like the others'.
        "PG3012",
        "PG3013",
    };

    private static IEnumerable<NextCase> AllCases() => NextCorpus.All();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in AllCases())
        {
            // StatefulSet and DaemonSet are not read yet (helper kinds adds them): their cases are checked once they are.
            if (c.Rule is not null && Implemented.Contains(c.Rule) && Root(c.Kind) is not null) data.Add(c.File);
        }
        return data;
    }

    /// <summary>Every valid case of a kind the reader reads, whichever rule it names: none of these rules may fire on it.</summary>
    public static TheoryData<string> ValidCases()
    {
        var data = new TheoryData<string>();
        foreach (var c in AllCases())
        {
            if (c.Valid && Root(c.Kind) is not null) data.Add(c.File);
        }
        return data;
    }

    private static TypeDescriptor? Root(string kind) => kind switch
    {
        "Pod" => PodSchema.Descriptor,
        "Deployment" => DeploymentSchema.Descriptor,
        "Job" => JobSchema.Descriptor,
        "CronJob" => CronJobSchema.Descriptor,
        _ => null,
    };

    private static WorkloadSpec ReadWithSettings(NextCase c) => NextCorpus.ReadWithSettings(c);

    private static bool MessageAgrees(string expected, string actual) => NextCorpus.MessageAgrees(expected, actual);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_RuleAgreesWithTheApiServer(string file)
    {
        var c = NextCorpus.Read(file);
        var findings = RuleEngine.Validate(ReadWithSettings(c));
        Assert.DoesNotContain(findings, f => f.Rule.Id == RuleCatalog.InternalError.Id);
        var mine = findings.Where(f => f.Rule.Id == c.Rule).ToArray();
        if (c.Valid)
        {
            Assert.True(mine.Length == 0, file + ": " + string.Join("\n", mine.Select(f => f.Message)));
            return;
        }
        var at = mine.Where(f => f.Path == c.Path).ToArray();
        Assert.True(at.Length > 0, file + ": no " + c.Rule + " at " + c.Path + "; got: " + string.Join(" | ", mine.Select(f => f.Message)));
        Assert.True(at.Any(f => MessageAgrees(c.Message!, f.Message)), file + ": expected " + c.Message + "\n got " + string.Join("\n     ", at.Select(f => f.Message)));
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void ValidCase_NoneOfTheseRulesFires(string file)
    {
        var c = NextCorpus.Read(file);
        var findings = RuleEngine.Validate(ReadWithSettings(c)).Where(f => Implemented.Contains(f.Rule.Id) || f.Rule.Id == RuleCatalog.InternalError.Id).ToArray();
        Assert.True(findings.Length == 0, file + ": " + string.Join("\n", findings.Select(f => f.Message)));
    }

    public static TheoryData<string> Rules()
    {
        var data = new TheoryData<string>();
        foreach (var id in Implemented.OrderBy(i => i, StringComparer.Ordinal)) data.Add(id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void RulePage_CompliantYaml_HasNoFindingOfTheRule(string id)
    {
        string page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", id + ".md")).Replace("\r\n", "\n");
        var yaml = Regex.Match(page, "```yaml\n(.*?)```", RegexOptions.Singleline);
        Assert.True(yaml.Success, id + ": the page has no YAML");
        string kind = Regex.Match(yaml.Groups[1].Value, @"^kind: (\w+)$", RegexOptions.Multiline).Groups[1].Value;
        var findings = RuleEngine.Validate(ReadWithSettings(new NextCase(id, yaml.Groups[1].Value, kind, Valid: true, Path: null, ErrorType: null, Rule: id, Message: null, Source: null)));
        Assert.DoesNotContain(findings, f => f.Rule.Id == id || f.Rule.Id == RuleCatalog.InternalError.Id);
    }

    private static IReadOnlyList<Finding> Lint(string yaml) =>
        RuleEngine.Validate(ReadWithSettings(new NextCase("inline", yaml, Regex.Match(yaml, @"^kind: (\w+)$", RegexOptions.Multiline).Groups[1].Value, Valid: true, Path: null, ErrorType: null, Rule: null, Message: null, Source: null)));

    private const string HostNetworkPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: agent
        spec:
          hostNetwork: true
          containers:
          - name: agent
            image: example.com/agent:1.0
            ports:
            - containerPort: 9100
            livenessProbe:
              httpGet:
                path: /healthz
                port: PORT
        """;

    [Fact]
    public void HostNetworkProbeOnUndeclaredPort_PG3012_AtThePort()
    {
        var finding = Assert.Single(Lint(HostNetworkPod.Replace("PORT", "9101")), f => f.Rule.Id == "PG3012");
        Assert.Equal("spec.containers[0].livenessProbe.httpGet.port", finding.Path);
        Assert.Equal("spec.containers[0].livenessProbe.httpGet.port: the pod uses hostNetwork, so port 9101 is a port of the node, and no container of the pod declares it: the scheduler does not keep it free,"
            + " so another Pod on the node may hold it and the probe would check that process instead. Declare it as a container port (it then becomes a host port).", finding.Message);
    }

    [Fact]
    public void HostNetworkProbeOnDeclaredPort_OrNoHostNetwork_NoPG3012()
    {
        Assert.DoesNotContain(Lint(HostNetworkPod.Replace("PORT", "9100")), f => f.Rule.Id == "PG3012");
        Assert.DoesNotContain(Lint(HostNetworkPod.Replace("PORT", "9101").Replace("hostNetwork: true", "hostNetwork: false")), f => f.Rule.Id == "PG3012");
    }

    [Fact]
    public void MessageAgrees_PlaceholderElisionAndNote()
    {
        Assert.True(MessageAgrees("a: Invalid value: <IntOrString 0>: may not be 0", "a: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}: may not be 0"));
        Assert.False(MessageAgrees("a: Invalid value: <IntOrString 0>: may not be 0", "a: Invalid value: 0: may not be 1"));
        Assert.True(MessageAgrees("a: Invalid value: \"X\": a lowercase (...)", "a: Invalid value: \"X\": a lowercase RFC 1123"));
        Assert.False(MessageAgrees("a: Invalid value: \"X\": b", "a: Invalid value: \"X\": bc"));
        Assert.True(MessageAgrees("a: Required value: x  (also: b)", "a: Required value: x"));
    }
}

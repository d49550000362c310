using ProbeGen.Core.Model;
using ProbeGen.Core.Validation;

namespace ProbeGen.Yaml.Tests;

/// <summary>The pure ports of Kubernetes helpers the rules rely on: resource.Quantity and robfig/cron ParseStandard.</summary>
public class FormatTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("1", "1")]
    [InlineData("2", "2")]
    [InlineData("-10", "-10")]
    [InlineData("100m", "100m")]
    [InlineData("0.5", "500m")]
    [InlineData("1.5", "1500m")]
    [InlineData("1000", "1k")]
    [InlineData("1000m", "1")]
    [InlineData("1e3", "1e3")]
    [InlineData("1.5e3", "1500")]
    [InlineData("1Ki", "1Ki")]
    [InlineData("1024Mi", "1Gi")]
    [InlineData("1.5Gi", "1536Mi")]
    [InlineData("512", "512")]
    [InlineData("0.0001", "1m")] // rounded up to milli by SetDefaults_ResourceList
    [InlineData(" 2 ", "2")]
    [InlineData("+5M", "5M")]
    [InlineData(".5", "500m")]
    [InlineData("5.", "5")]
    public void Quantity_ParsesAndRendersLikeKubernetes(string text, string canonical)
    {
        var q = Quantity.Parse(text, out var error);
        Assert.Null(error);
        Assert.Equal(canonical, q!.ToString());
    }

    [Theory]
    [InlineData("", Quantity.FormatError)]
    [InlineData("10MB", Quantity.FormatError)]
    [InlineData("1.5.0", Quantity.FormatError)]
    [InlineData("true", Quantity.FormatError)]
    [InlineData("1 Gi", Quantity.FormatError)]
    [InlineData("1iE", Quantity.SuffixError)]
    [InlineData("1KI", Quantity.FormatError)]
    [InlineData("1Kii", Quantity.SuffixError)]
    public void Quantity_RejectsWhatKubernetesRejects(string text, string message)
    {
        Assert.Null(Quantity.Parse(text, out var error));
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("1Gi", "1073741824", 0)]
    [InlineData("1G", "1Gi", -1)]
    [InlineData("500m", "0.5", 0)]
    [InlineData("2", "1", 1)]
    [InlineData("0.0001", "0.0009", 0)] // both round up to 1m
    public void Quantity_ComparesExactly(string a, string b, int sign)
    {
        Assert.Equal(sign, System.Math.Sign(Quantity.Parse(a, out _)!.CompareTo(Quantity.Parse(b, out _)!)));
    }

    [Theory]
    [InlineData("* * * * *")]
    [InlineData("*/15 0-6,22,23 1-31 */2 ?")]
    [InlineData("0 12 * JAN-dec sun")]
    [InlineData("@hourly")]
    [InlineData("@every 1h30m")]
    [InlineData("CRON_TZ=UTC 0 * * * *")]
    public void Cron_AcceptsStandardSchedules(string schedule) => Assert.Null(CronSchedule.Validate(schedule));

    [Theory]
    [InlineData("61 * * * *", "end of range (61) above maximum (59): 61")]
    [InlineData("0 */5 * * * *", "expected exactly 5 fields, found 6: [0 */5 * * * *]")]
    [InlineData("* *", "expected exactly 5 fields, found 2: [* *]")]
    [InlineData("* * 0 * *", "beginning of range (0) below minimum (1): 0")]
    [InlineData("5-1 * * * *", "beginning of range (5) beyond end of range (1): 5-1")]
    [InlineData("1-2-3 * * * *", "too many hyphens: 1-2-3")]
    [InlineData("*/1/2 * * * *", "too many slashes: */1/2")]
    [InlineData("x * * * *", "failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax")]
    [InlineData("@sometimes", "unrecognized descriptor: @sometimes")]
    [InlineData("@every 5x", "failed to parse duration @every 5x: time: unknown unit \"x\" in duration \"5x\"")]
    [InlineData("@every 5", "failed to parse duration @every 5: time: missing unit in duration \"5\"")]
    [InlineData("", "empty spec string")]
    public void Cron_RejectsWithTheParsersText(string schedule, string message) => Assert.Equal(message, CronSchedule.Validate(schedule));

    [Theory]
    [InlineData("MyName", 0)]
    [InlineData("example.com/MyName", 0)]
    [InlineData("/name", 1)]
    [InlineData("Example.com/name", 1)]
    [InlineData("", 2)]
    public void QualifiedName_CountsEachFailedCheck(string value, int errors) => Assert.Equal(errors, K8sFormats.QualifiedName(value).Count);

    [Fact]
    public void LengthLimits_CountUtf8Bytes_AsGoDoes()
    {
        Assert.Equal(6, K8sFormats.ByteLength("é€a"));
        Assert.Contains("must be no more than 63 characters", K8sFormats.LabelValue(new string('é', 32)));
    }

    [Fact]
    public void Rules_NeverThrow_OnAModelWithNullsAndExtremes()
    {
        var container = new ContainerSpec
        {
            Name = null!,
            Image = null!,
            ImagePullPolicy = "",
            RestartPolicy = "",
            Ports = new EquatableArray<ContainerPortSpec>(new[] { new ContainerPortSpec(int.MinValue, "", "", int.MaxValue) }),
            Env = new EquatableArray<EnvVarSpec>(new[] { new EnvVarSpec(null!, null, new EnvSourceSpec(EnvSourceKind.FieldRef, null, null, null)) }),
            Resources = new ResourcesSpec(new EquatableArray<KeyValue>(new[] { new KeyValue("cpu", "1e999999999"), new KeyValue("a/b/c", "") }), default),
            LivenessProbe = new ProbeSpec(new ExecActionSpec(default), new HttpGetActionSpec(null, new PortRef(null, null), null, "", default), new TcpSocketActionSpec(null, null),
                new GrpcActionSpec(null, null))
            {
                InitialDelaySeconds = int.MinValue, TimeoutSeconds = int.MinValue, PeriodSeconds = int.MinValue, SuccessThreshold = int.MinValue,
                FailureThreshold = int.MinValue, TerminationGracePeriodSeconds = long.MinValue,
            },
        };
        foreach (var kind in new[] { WorkloadKind.Pod, WorkloadKind.Deployment, WorkloadKind.Job, WorkloadKind.CronJob })
        {
            var w = new WorkloadSpec(kind, "", "", default, default,
                new PodSpec { RestartPolicy = "", InitContainers = new EquatableArray<ContainerSpec>(new[] { container }), Containers = new EquatableArray<ContainerSpec>(new[] { container }) },
                new DeploymentSpec { Replicas = int.MinValue, MinReadySeconds = int.MaxValue }, new JobSpec { ActiveDeadlineSeconds = long.MinValue },
                new CronJobSpec { Schedule = "TZ=", TimeZone = "", ConcurrencyPolicy = "" });
            var findings = RuleEngine.Validate(w);
            Assert.DoesNotContain(findings, f => f.Rule == RuleCatalog.InternalError);
        }
    }
}

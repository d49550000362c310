using ProbeGen.Core.Model;
using ProbeGen.Core.Schema;
using ProbeGen.Core.Validation;

namespace ProbeGen.Tests.Validation;

/// <summary>
/// The StatefulSet and DaemonSet rules on long-tail fields (updateStrategy, claim retention, ordinals) read the settings,
/// as [Set] or a linted manifest gives them: the API server's path and message, and the valid neighbour with no finding.
/// </summary>
public class KindSettingsRulesTests
{
    private static WorkloadSpec Of(WorkloadKind kind, params FieldSetting[] settings) =>
        new WorkloadSpec(kind, "db", null, EquatableArray<KeyValue>.Empty, EquatableArray<KeyValue>.Empty, new PodSpec())
        {
            Settings = FieldSettings.Sorted(settings),
            StatefulSet = kind == WorkloadKind.StatefulSet ? new StatefulSetSpec() : null,
            DaemonSet = kind == WorkloadKind.DaemonSet ? new DaemonSetSpec() : null,
        };

    private static (string Path, string Message)[] Findings(string rule, WorkloadSpec w) =>
        RuleEngine.Validate(w).Where(f => f.Rule.Id == rule).Select(f => (f.Path, f.Message)).ToArray();

    public static TheoryData<string, WorkloadKind, FieldSetting[], FieldSetting[], string, string> Cases() => new()
    {
        { "PG1461", WorkloadKind.StatefulSet, new[] { FieldSetting.String("spec.updateStrategy.type", "OnDelete") }, new[] { FieldSetting.String("spec.updateStrategy.type", "Recreate") },
            "spec.updateStrategy", "spec.updateStrategy: Invalid value: <StatefulSetUpdateStrategy>: must be 'RollingUpdate' or 'OnDelete'" },
        { "PG1462", WorkloadKind.StatefulSet,
            new[] { FieldSetting.String("spec.updateStrategy.type", "RollingUpdate"), FieldSetting.Integer("spec.updateStrategy.rollingUpdate.partition", 1) },
            new[] { FieldSetting.String("spec.updateStrategy.type", "OnDelete"), FieldSetting.Integer("spec.updateStrategy.rollingUpdate.partition", 1) },
            "spec.updateStrategy.rollingUpdate", "spec.updateStrategy.rollingUpdate: Invalid value: <RollingUpdateStatefulSetStrategy>: only allowed for updateStrategy 'RollingUpdate'" },
        { "PG1463", WorkloadKind.StatefulSet, new[] { FieldSetting.Integer("spec.updateStrategy.rollingUpdate.partition", 0) }, new[] { FieldSetting.Integer("spec.updateStrategy.rollingUpdate.partition", -1) },
            "spec.updateStrategy.rollingUpdate.partition", "spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0" },
        // PG1464: validateRollingUpdateStatefulSet (ValidatePositiveIntOrPercent, "cannot be 0", IsNotMoreThan100Percent), with type RollingUpdate or no type.
        { "PG1464", WorkloadKind.StatefulSet, new[] { FieldSetting.Integer(Ru + ".maxUnavailable", 1) }, new[] { FieldSetting.Integer(Ru + ".maxUnavailable", 0) },
            Ru + ".maxUnavailable", Ru + ".maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}: cannot be 0" },
        { "PG1464", WorkloadKind.StatefulSet, new[] { FieldSetting.String("spec.updateStrategy.type", "RollingUpdate"), FieldSetting.String(Ru + ".maxUnavailable", "100%") },
            new[] { FieldSetting.String("spec.updateStrategy.type", "RollingUpdate"), FieldSetting.String(Ru + ".maxUnavailable", "101%") },
            Ru + ".maxUnavailable", Ru + ".maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"101%\"}: must not be greater than 100%" },
        { "PG1464", WorkloadKind.StatefulSet, new[] { FieldSetting.String(Ru + ".maxUnavailable", "1%") }, new[] { FieldSetting.Integer(Ru + ".maxUnavailable", -2) },
            Ru + ".maxUnavailable", Ru + ".maxUnavailable: Invalid value: -2: must be greater than or equal to 0" },
        { "PG1465", WorkloadKind.StatefulSet, new[] { FieldSetting.String("spec.persistentVolumeClaimRetentionPolicy.whenDeleted", "Delete") },
            new[] { FieldSetting.String("spec.persistentVolumeClaimRetentionPolicy.whenDeleted", "Keep") },
            "spec.persistentVolumeClaimRetentionPolicy.whenDeleted", "spec.persistentVolumeClaimRetentionPolicy.whenDeleted: Unsupported value: \"Keep\": supported values: \"Retain\", \"Delete\"" },
        { "PG1465", WorkloadKind.StatefulSet, new[] { FieldSetting.String("spec.persistentVolumeClaimRetentionPolicy.whenScaled", "Retain") },
            new[] { FieldSetting.String("spec.persistentVolumeClaimRetentionPolicy.whenScaled", "retain") },
            "spec.persistentVolumeClaimRetentionPolicy.whenScaled", "spec.persistentVolumeClaimRetentionPolicy.whenScaled: Unsupported value: \"retain\": supported values: \"Retain\", \"Delete\"" },
        { "PG1466", WorkloadKind.StatefulSet, new[] { FieldSetting.Integer("spec.ordinals.start", 0) }, new[] { FieldSetting.Integer("spec.ordinals.start", -1) },
            "spec.ordinals.start", "spec.ordinals.start: Invalid value: -1: must be greater than or equal to 0" },
        { "PG1470", WorkloadKind.DaemonSet, new[] { FieldSetting.String("spec.updateStrategy.type", "OnDelete") }, new[] { FieldSetting.String("spec.updateStrategy.type", "Recreate") },
            "spec.updateStrategy", "spec.updateStrategy: Unsupported value: <DaemonSetUpdateStrategy>: supported values: \"RollingUpdate\", \"OnDelete\"" },
        // PG1471–PG1473 after SetDefaults_DaemonSet (maxUnavailable 1, maxSurge 0 when missing).
        { "PG1471", WorkloadKind.DaemonSet, new[] { FieldSetting.String(Ru + ".maxUnavailable", "10%") }, new[] { FieldSetting.String(Ru + ".maxUnavailable", "ten%") },
            Ru + ".maxUnavailable", Ru + ".maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"ten%\"}: " + K8sIntOrPercent.PercentError },
        { "PG1471", WorkloadKind.DaemonSet, new[] { FieldSetting.Integer(Ru + ".maxUnavailable", 0), FieldSetting.Integer(Ru + ".maxSurge", 3) },
            new[] { FieldSetting.Integer(Ru + ".maxUnavailable", 2), FieldSetting.Integer(Ru + ".maxSurge", -1) },
            Ru + ".maxSurge", Ru + ".maxSurge: Invalid value: -1: must be greater than or equal to 0" },
        { "PG1471", WorkloadKind.DaemonSet, new[] { FieldSetting.String(Ru + ".maxSurge", "25%"), FieldSetting.Integer(Ru + ".maxUnavailable", 0) },
            new[] { FieldSetting.String(Ru + ".maxSurge", "25"), FieldSetting.Integer(Ru + ".maxUnavailable", 0) },
            Ru + ".maxSurge", Ru + ".maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"25\"}: " + K8sIntOrPercent.PercentError },
        { "PG1472", WorkloadKind.DaemonSet, new[] { FieldSetting.String(Ru + ".maxSurge", "100%"), FieldSetting.Integer(Ru + ".maxUnavailable", 0) },
            new[] { FieldSetting.String(Ru + ".maxSurge", "101%"), FieldSetting.Integer(Ru + ".maxUnavailable", 0) },
            Ru + ".maxSurge", Ru + ".maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"101%\"}: must not be greater than 100%" },
        { "PG1472", WorkloadKind.DaemonSet, new[] { FieldSetting.String(Ru + ".maxUnavailable", "100%") }, new[] { FieldSetting.String(Ru + ".maxUnavailable", "250%") },
            Ru + ".maxUnavailable", Ru + ".maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"250%\"}: must not be greater than 100%" },
        { "PG1473", WorkloadKind.DaemonSet, new[] { FieldSetting.Integer(Ru + ".maxSurge", 2), FieldSetting.String(Ru + ".maxUnavailable", "0%") },
            new[] { FieldSetting.Integer(Ru + ".maxSurge", 2) },
            Ru + ".maxSurge", Ru + ".maxSurge: Invalid value: intstr.IntOrString{Type:0, IntVal:2, StrVal:\"\"}: may not be set when maxUnavailable is non-zero" },
        { "PG1473", WorkloadKind.DaemonSet, new[] { FieldSetting.String(Ru + ".maxUnavailable", "5%") }, new[] { FieldSetting.String(Ru + ".maxUnavailable", "0%") },
            Ru + ".maxUnavailable", Ru + ".maxUnavailable: Required value: cannot be 0 when maxSurge is 0" },
        { "PG1473", WorkloadKind.DaemonSet, new[] { FieldSetting.String("spec.updateStrategy.type", "RollingUpdate"), FieldSetting.String(Ru + ".maxSurge", "10%"), FieldSetting.Integer(Ru + ".maxUnavailable", 0) },
            new[] { FieldSetting.String("spec.updateStrategy.type", "RollingUpdate"), FieldSetting.String(Ru + ".maxSurge", "10%"), FieldSetting.String(Ru + ".maxUnavailable", "1%") },
            Ru + ".maxSurge", Ru + ".maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"10%\"}: may not be set when maxUnavailable is non-zero" },
    };

    private const string Ru = "spec.updateStrategy.rollingUpdate";

    [Fact]
    public void DaemonSetOnDelete_RollingUpdateIsNotValidated()
    {
        // ValidateDaemonSetUpdateStrategy looks at rollingUpdate only for RollingUpdate; the defaults apply only to it too.
        var w = Of(WorkloadKind.DaemonSet, FieldSetting.String("spec.updateStrategy.type", "OnDelete"), FieldSetting.Integer(Ru + ".maxSurge", 1), FieldSetting.String(Ru + ".maxUnavailable", "ten%"));
        Assert.DoesNotContain(RuleEngine.Validate(w), f => f.Rule.Id is "PG1471" or "PG1472" or "PG1473");
        var defaults = Of(WorkloadKind.DaemonSet);
        Assert.DoesNotContain(RuleEngine.Validate(defaults), f => f.Rule.Id is "PG1471" or "PG1472" or "PG1473");
    }

    [Fact]
    public void StatefulSetMaxUnavailable_Bad_IsEveryCheckOfTheFunction_AndNotLookedAtWithOnDelete()
    {
        // "ten%": not a percentage (ValidatePositiveIntOrPercent), and getIntOrPercentValue reads it as 0: both, in the API server's order.
        var w = Of(WorkloadKind.StatefulSet, FieldSetting.String(Ru + ".maxUnavailable", "ten%"));
        Assert.Equal(new[]
        {
            (Ru + ".maxUnavailable", Ru + ".maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"ten%\"}: " + K8sIntOrPercent.PercentError),
            (Ru + ".maxUnavailable", Ru + ".maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"ten%\"}: cannot be 0"),
        }, Findings("PG1464", w));
        // ValidateStatefulSetSpec validates rollingUpdate only for RollingUpdate: with OnDelete it is PG1462 alone; a DaemonSet's is not this rule.
        var onDelete = Of(WorkloadKind.StatefulSet, FieldSetting.String("spec.updateStrategy.type", "OnDelete"), FieldSetting.Integer(Ru + ".maxUnavailable", 0));
        Assert.Empty(Findings("PG1464", onDelete));
        Assert.Single(Findings("PG1462", onDelete));
        Assert.Empty(Findings("PG1464", Of(WorkloadKind.DaemonSet, FieldSetting.Integer(Ru + ".maxUnavailable", 0), FieldSetting.Integer(Ru + ".maxSurge", 1))));
    }

    [Fact]
    public void IndexedJobFields_FromTheModel_AreWhatTheJobRulesRead()
    {
        // [Job(CompletionMode = …, BackoffLimitPerIndex = …, MaxFailedIndexes = …)] fill the model, not the settings.
        JobSpec job = new() { Completions = 5, BackoffLimitPerIndex = 1, MaxFailedIndexes = 6 };
        WorkloadSpec Job(JobSpec spec) => new(WorkloadKind.Job, "shards", null, EquatableArray<KeyValue>.Empty, EquatableArray<KeyValue>.Empty, new PodSpec { RestartPolicy = "Never" }, Job: spec);
        Assert.Equal(new[]
        {
            ("spec.backoffLimitPerIndex", "spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode"),
            ("spec.maxFailedIndexes", "spec.maxFailedIndexes: Invalid value: 6: requires indexed completion mode"),
        }, Findings("PG1425", Job(job)));
        var indexed = Job(job with { CompletionMode = "Indexed" });
        Assert.Empty(Findings("PG1425", indexed));
        Assert.Equal(new[] { ("spec.maxFailedIndexes", "spec.maxFailedIndexes: Invalid value: 6: must be less than or equal to completions") }, Findings("PG1481", indexed));
        Assert.Equal(new[] { ("spec.backoffLimitPerIndex", "spec.backoffLimitPerIndex: Required value: when maxFailedIndexes is specified") },
            Findings("PG1480", Job(job with { CompletionMode = "Indexed", BackoffLimitPerIndex = null, MaxFailedIndexes = 1 })));
    }

    [Fact]
    public void DeploymentStrategy_IsNotTheDaemonSetRules()
    {
        // A Deployment's maxSurge 150% is fine (no bound) and both non-zero is its default: not PG1472/PG1473.
        var w = Of(WorkloadKind.Deployment, FieldSetting.String("spec.strategy.rollingUpdate.maxSurge", "150%"), FieldSetting.Integer("spec.strategy.rollingUpdate.maxUnavailable", 1));
        Assert.DoesNotContain(RuleEngine.Validate(w), f => f.Rule.Id is "PG1471" or "PG1472" or "PG1473");
    }

    private static WorkloadSpec IndexedJob(string name, int? completions, string? generateName = null, string mode = "Indexed") =>
        new WorkloadSpec(WorkloadKind.Job, name, null, EquatableArray<KeyValue>.Empty, EquatableArray<KeyValue>.Empty, new PodSpec { RestartPolicy = "Never" }, Job: new JobSpec { Completions = completions })
        {
            GenerateName = generateName,
            Settings = FieldSettings.Sorted(new[] { FieldSetting.String("spec.completionMode", mode) }),
        };

    [Theory]
    // 61 characters + "-9" is 63: fits; + "-10" is 64: does not. The largest index is completions - 1.
    [InlineData(61, 10, false)]
    [InlineData(61, 11, true)]
    [InlineData(60, 11, false)]
    [InlineData(58, 1000, false)]
    [InlineData(58, 10000, false)]
    [InlineData(59, 10000, true)]
    public void IndexedJobName_WithItsLargestIndex_IsADnsLabel(int length, int completions, bool invalid)
    {
        string name = new string('a', length);
        var findings = RuleEngine.Validate(IndexedJob(name, completions)).Where(f => f.Rule.Id == "PG1013").Select(f => (f.Path, f.Message)).ToArray();
        string hostname = name + "-" + (completions - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (invalid) Assert.Equal(new[] { ("metadata.name", "metadata.name: Invalid value: \"" + name + "\": will not able to create pod with invalid DNS label: " + hostname) }, findings);
        else Assert.Empty(findings);
    }

    [Fact]
    public void IndexedJobName_NotIndexedOrNoCompletionsOrCronJob_NoFinding()
    {
        string name = new string('a', 63);
        Assert.DoesNotContain(RuleEngine.Validate(IndexedJob(name, 10, mode: "NonIndexed")), f => f.Rule.Id == "PG1013");
        Assert.DoesNotContain(RuleEngine.Validate(IndexedJob(name, 0)), f => f.Rule.Id == "PG1013");
        Assert.DoesNotContain(RuleEngine.Validate(IndexedJob(name, null)), f => f.Rule.Id == "PG1013");
    }

    [Fact]
    public void IndexedJobGeneratedName_IsCheckedAsTheServerGeneratesIt()
    {
        // generateName[:58] + 5 random characters: a 58-character prefix makes a 63-character name, so "-0" no longer fits.
        string prefix = new string('b', 60);
        var f = Assert.Single(RuleEngine.Validate(IndexedJob("", 1, prefix)), x => x.Rule.Id == "PG1013");
        Assert.Equal("metadata.name", f.Path);
        Assert.Equal("metadata.generateName", f.LocatorPath);
        Assert.Equal("metadata.name: Invalid value: \"" + prefix.Substring(0, 58) + "\" + 5 random characters: will not able to create pod with invalid DNS label: " + prefix.Substring(0, 58) + "?????-0", f.Message);
        // "job-" + 5 characters + "-99" fits.
        Assert.DoesNotContain(RuleEngine.Validate(IndexedJob("", 100, "job-")), x => x.Rule.Id == "PG1013");
    }


    [Theory]
    [MemberData(nameof(Cases))]
    public void Invalid_ReportsTheApiServersPathAndMessage_ValidNeighbourNothing(string rule, WorkloadKind kind, FieldSetting[] valid, FieldSetting[] invalid, string path, string message)
    {
        Assert.Empty(Findings(rule, Of(kind, valid)));
        Assert.Equal(new[] { (path, message) }, Findings(rule, Of(kind, invalid)));
    }

    [Fact]
    public void OtherKinds_SameSettings_NoFinding()
    {
        // A Deployment's strategy lives at spec.strategy; spec.updateStrategy on it is not these rules' concern.
        var w = Of(WorkloadKind.Deployment, FieldSetting.String("spec.updateStrategy.type", "Recreate"), FieldSetting.Integer("spec.ordinals.start", -1));
        Assert.DoesNotContain(RuleEngine.Validate(w), f => f.Rule.Id is "PG1461" or "PG1466" or "PG1470");
        var daemon = Of(WorkloadKind.DaemonSet, FieldSetting.Integer("spec.updateStrategy.rollingUpdate.partition", -1));
        Assert.DoesNotContain(RuleEngine.Validate(daemon), f => f.Rule.Id == "PG1463");
    }
}

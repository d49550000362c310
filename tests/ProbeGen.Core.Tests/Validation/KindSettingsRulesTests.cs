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
    };

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

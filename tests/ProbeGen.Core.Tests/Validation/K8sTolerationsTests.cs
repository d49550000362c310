using ProbeGen.Core.Validation;

namespace ProbeGen.Tests.Validation;

/// <summary>core ValidateTolerations / validateTaintEffect over plain strings, rendered as the API server does.</summary>
public class K8sTolerationsTests
{
    private static string[] Render(string key, string op, string value, string effect, bool seconds = false) =>
        K8sTolerations.Validate(key, op, value, effect, seconds).Select(e => e.Render("spec.tolerations[0]")).ToArray();

    [Theory]
    [InlineData("", "Exists", "", "")]                            // match everything
    [InlineData("dedicated", "Equal", "gpu", "NoSchedule")]
    [InlineData("dedicated", "", "gpu", "PreferNoSchedule")]      // empty operator means Equal
    [InlineData("node.kubernetes.io/unreachable", "Exists", "", "NoExecute")]
    [InlineData("dedicated", "Equal", "", "")]                    // an empty value is a label value
    public void ValidToleration_HasNoError(string key, string op, string value, string effect) => Assert.Empty(Render(key, op, value, effect));

    [Fact]
    public void TolerationSecondsWithNoExecute_IsValid() => Assert.Empty(Render("k", "Exists", "", "NoExecute", seconds: true));

    [Fact]
    public void EmptyKeyWithEqual_MustBeExists() => Assert.Equal(
        new[] { "spec.tolerations[0].operator: Invalid value: \"Equal\": operator must be Exists when `key` is empty, which means \"match all values and all keys\"" },
        Render("", "Equal", "gpu", ""));

    [Fact]
    public void TolerationSecondsWithoutNoExecute_IsReportedOnEffect() => Assert.Equal(
        new[] { "spec.tolerations[0].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set" },
        Render("dedicated", "Exists", "", "NoSchedule", seconds: true));

    [Fact]
    public void BadValue_IsReportedOnOperator() => Assert.Equal(
        new[] { "spec.tolerations[0].operator: Invalid value: \"true!\": " + K8sFormats.LabelValueError },
        Render("dedicated", "Equal", "true!", ""));

    [Fact]
    public void LongBadValue_JoinsItsMessagesWithSemicolons()
    {
        string value = new string('x', 63) + "!";
        var error = Assert.Single(K8sTolerations.Validate("k", "Equal", value, "", false));
        Assert.Equal("must be no more than 63 characters;" + K8sFormats.LabelValueError, error.Detail);
    }

    [Fact]
    public void ExistsWithValue_IsRejected() => Assert.Equal(
        new[] { "spec.tolerations[0].operator: Invalid value: \"yes\": value must be empty when `operator` is 'Exists'" },
        Render("dedicated", "Exists", "yes", ""));

    [Fact]
    public void UnknownOperatorAndEffect_AreNotSupported() => Assert.Equal(
        new[]
        {
            "spec.tolerations[0].operator: Unsupported value: \"In\": supported values: \"Equal\", \"Exists\"",
            "spec.tolerations[0].effect: Unsupported value: \"NoRun\": supported values: \"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\"",
        },
        Render("dedicated", "In", "gpu", "NoRun"));

    [Fact]
    public void BadKey_IsAQualifiedNameError()
    {
        var errors = K8sTolerations.Validate("gpu node", "Exists", "", "", false);
        var e = Assert.Single(errors);
        Assert.Equal("key", e.Field);
        Assert.StartsWith("name part must consist of alphanumeric characters", e.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorsComeInTheApiServersOrder()
    {
        // key, then empty-key operator, then tolerationSeconds/effect, then operator/value, then effect value.
        var fields = K8sTolerations.Validate("", "In", "v", "NoRun", true).Select(e => e.Field + ":" + e.Type).ToArray();
        Assert.Equal(new[] { "operator:Invalid", "effect:Invalid", "operator:NotSupported", "effect:NotSupported" }, fields);
    }
}

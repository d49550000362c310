using ProbeGen.Core.Validation;

namespace ProbeGen.Tests.Validation;

/// <summary>apimachinery IsValidPercent and apps getIntOrPercentValue / ValidatePositiveIntOrPercent / IsNotMoreThan100Percent.</summary>
public class K8sIntOrPercentTests
{
    private static IntOrStringValue S(string s) => IntOrStringValue.FromString(s);
    private static IntOrStringValue N(long n) => IntOrStringValue.FromInt(n);

    // apimachinery util/validation validation_test.go TestIsValidPercent: its good and bad inputs.
    [Theory]
    [InlineData("0%")]
    [InlineData("00000%")]
    [InlineData("00110%")]
    [InlineData("100%")]
    [InlineData("1%")]
    [InlineData("93%")]
    [InlineData("1000%")]
    public void ValidPercent_HasNoError(string percent) => Assert.Empty(K8sIntOrPercent.IsValidPercent(percent));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("%")]
    [InlineData("0")]
    [InlineData("100")]
    [InlineData("-1%")]
    [InlineData("1.0%")]
    [InlineData("1%%")]
    [InlineData("1 %")]
    [InlineData("١٠%")] // Arabic-Indic digits: Go's [0-9] is ASCII only
    public void InvalidPercent_GetsTheRegexMessage(string percent)
    {
        var error = Assert.Single(K8sIntOrPercent.IsValidPercent(percent));
        Assert.Equal("a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%' or '93%', regex used for validation is '[0-9]+%')", error);
    }

    [Fact]
    public void GetIntOrPercentValue_FollowsIntValueForNonPercentStrings()
    {
        Assert.Equal(25, K8sIntOrPercent.GetIntOrPercentValue(S("25%")));
        Assert.Equal(0, K8sIntOrPercent.GetIntOrPercentValue(S("0%")));
        Assert.Equal(3, K8sIntOrPercent.GetIntOrPercentValue(N(3)));
        Assert.Equal(50, K8sIntOrPercent.GetIntOrPercentValue(S("50")));   // IntValue(): Atoi("50")
        Assert.Equal(0, K8sIntOrPercent.GetIntOrPercentValue(S("ten%"))); // not a percentage, Atoi fails: 0
        Assert.Equal(long.MaxValue, K8sIntOrPercent.GetIntOrPercentValue(S("99999999999999999999%"))); // Atoi clamps on overflow
    }

    [Fact]
    public void BothZero_IsDetectedThroughPercentagesToo()
    {
        // ValidateRollingUpdateDeployment: maxUnavailable and maxSurge both evaluating to 0 is the error.
        Assert.Equal(0, K8sIntOrPercent.GetIntOrPercentValue(S("0%")) + K8sIntOrPercent.GetIntOrPercentValue(N(0)));
        Assert.NotEqual(0, K8sIntOrPercent.GetIntOrPercentValue(S("25%")));
    }

    [Fact]
    public void ValidatePositiveIntOrPercent_RejectsNegativeNumbersAndBadStrings()
    {
        Assert.Empty(K8sIntOrPercent.ValidatePositiveIntOrPercent(N(0)));
        Assert.Empty(K8sIntOrPercent.ValidatePositiveIntOrPercent(S("25%")));
        Assert.Equal(new[] { "must be greater than or equal to 0" }, K8sIntOrPercent.ValidatePositiveIntOrPercent(N(-1)));
        Assert.Equal(new[] { K8sIntOrPercent.PercentError }, K8sIntOrPercent.ValidatePositiveIntOrPercent(S("50")));
    }

    [Theory]
    [InlineData("100%", true)]
    [InlineData("101%", false)]
    [InlineData("110%", false)]
    [InlineData("abc", true)] // not a percentage: the check does not apply
    public void IsNotMoreThan100Percent_AppliesToValidPercentagesOnly(string value, bool expected) =>
        Assert.Equal(expected, K8sIntOrPercent.IsNotMoreThan100Percent(S(value)));

    [Fact]
    public void IsNotMoreThan100Percent_IgnoresNumbers() => Assert.True(K8sIntOrPercent.IsNotMoreThan100Percent(N(500)));

    [Theory]
    [InlineData("0", 0)]
    [InlineData("+7", 7)]
    [InlineData("-7", -7)]
    [InlineData("", 0)]
    [InlineData("-", 0)]
    [InlineData("1x", 0)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("9223372036854775808", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("-99999999999999999999", long.MinValue)]
    public void GoAtoi_MatchesStrconvAtoiWithTheErrorIgnored(string s, long expected) => Assert.Equal(expected, K8sIntOrPercent.GoAtoi(s));

    [Fact]
    public void IntOrStringValue_EqualityAndText()
    {
        Assert.Equal(S("1"), S("1"));
        Assert.NotEqual(S("1"), N(1));
        Assert.Equal("\"25%\"", S("25%").ToString());
        Assert.Equal("3", N(3).ToString());
    }
}

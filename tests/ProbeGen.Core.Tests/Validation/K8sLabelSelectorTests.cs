using ProbeGen.Core.Validation;

namespace ProbeGen.Tests.Validation;

/// <summary>meta/v1 ValidateLabelSelectorRequirement and LabelSelectorAsSelector + Matches, as the apps validation uses them.</summary>
public class K8sLabelSelectorTests
{
    private static readonly Dictionary<string, string> Template = new() { ["app"] = "web", ["tier"] = "frontend" };

    private static LabelSelectorRequirement Req(string key, string op, params string[] values) => new(key, op, values);

    [Fact]
    public void MatchLabelsSubsetOfTemplate_Matches() =>
        Assert.True(K8sLabelSelector.Matches(true, new Dictionary<string, string> { ["app"] = "web" }, null, Template));

    [Fact]
    public void MatchLabelsWithOtherValue_DoesNotMatch() =>
        Assert.False(K8sLabelSelector.Matches(true, new Dictionary<string, string> { ["app"] = "database" }, null, Template));

    [Fact]
    public void NilSelector_MatchesNothing_EmptySelector_MatchesEverything()
    {
        Assert.False(K8sLabelSelector.Matches(false, null, null, Template));
        Assert.True(K8sLabelSelector.Matches(true, null, null, Template));
        Assert.True(K8sLabelSelector.IsEmpty(new Dictionary<string, string>(), Array.Empty<LabelSelectorRequirement>()));
        Assert.False(K8sLabelSelector.IsEmpty(null, new[] { Req("app", "Exists") }));
    }

    [Theory]
    [InlineData("In", true, "frontend", "edge")]
    [InlineData("In", false, "edge")]
    [InlineData("NotIn", false, "frontend")]
    [InlineData("NotIn", true, "edge")]
    [InlineData("Exists", true)]
    [InlineData("DoesNotExist", false)]
    public void Expressions_FollowTheOperators(string op, bool expected, params string[] values) =>
        Assert.Equal(expected, K8sLabelSelector.Matches(true, null, new[] { Req("tier", op, values) }, Template));

    [Fact]
    public void NotInAndDoesNotExist_MatchAnAbsentKey()
    {
        Assert.True(K8sLabelSelector.Matches(true, null, new[] { Req("canary", "NotIn", "true") }, Template));
        Assert.True(K8sLabelSelector.Matches(true, null, new[] { Req("canary", "DoesNotExist") }, Template));
        Assert.False(K8sLabelSelector.Matches(true, null, new[] { Req("canary", "In", "true") }, Template));
    }

    [Fact]
    public void SelectorThatDoesNotConvert_MatchesNothing()
    {
        Assert.False(K8sLabelSelector.Matches(true, null, new[] { Req("tier", "In") }, Template));
        Assert.False(K8sLabelSelector.Matches(true, null, new[] { Req("tier", "Exists", "x") }, Template));
        Assert.False(K8sLabelSelector.Matches(true, null, new[] { Req("tier", "Equals", "frontend") }, Template));
    }

    [Fact]
    public void ValidRequirement_HasNoError()
    {
        Assert.Empty(K8sLabelSelector.ValidateRequirement(Req("app.kubernetes.io/name", "In", "web"), allowInvalidLabelValue: false));
        Assert.Empty(K8sLabelSelector.ValidateRequirement(Req("app", "DoesNotExist"), allowInvalidLabelValue: false));
    }

    [Fact]
    public void RequirementErrors_RenderAsTheApiServerDoes()
    {
        string P(LabelSelectorRequirement r) => string.Join(" | ", K8sLabelSelector.ValidateRequirement(r, allowInvalidLabelValue: false).Select(e => e.Render("spec.selector.matchExpressions[0]")));
        Assert.Equal("spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'", P(Req("app", "In")));
        Assert.Equal("spec.selector.matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'", P(Req("app", "Exists", "web")));
        Assert.Equal("spec.selector.matchExpressions[0].operator: Invalid value: \"Equals\": not a valid selector operator", P(Req("app", "Equals", "web")));
        Assert.StartsWith("spec.selector.matchExpressions[0].key: Invalid value: \"bad key\": name part must consist of", P(Req("bad key", "Exists")), StringComparison.Ordinal);
    }

    [Fact]
    public void RequirementValues_AreLabelValuesUnlessAllowed()
    {
        var r = Req("app", "In", "web", "web server");
        var strict = Assert.Single(K8sLabelSelector.ValidateRequirement(r, allowInvalidLabelValue: false));
        Assert.StartsWith("spec.selector.matchExpressions[0].values[1]: Invalid value: \"web server\": a valid label must be", strict.Render("spec.selector.matchExpressions[0]"), StringComparison.Ordinal);
        Assert.Empty(K8sLabelSelector.ValidateRequirement(r, allowInvalidLabelValue: true));
    }

    [Fact]
    public void Selector_MatchLabelsAndExpressions_AtTheirFieldsBelowTheSelector()
    {
        var errors = K8sLabelSelector.ValidateLabelSelector(
            new[] { new KeyValuePair<string, string>("app", "web"), new KeyValuePair<string, string>("-bad", "x y") },
            new[] { Req("tier", "In", "front"), Req("zone", "Near") },
            allowInvalidLabelValue: false);
        Assert.Equal(new[] { "s.matchLabels", "s.matchLabels", "s.matchExpressions[1].operator" }, errors.Select(e => e.PathUnder("s")).ToArray());
        Assert.Empty(K8sLabelSelector.ValidateLabelSelector(new[] { new KeyValuePair<string, string>("app", "web") }, new[] { Req("tier", "NotIn", "db") }, allowInvalidLabelValue: false));
    }
}

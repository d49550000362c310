using ProbeGen.Core.Validation;
using ProbeGen.Tests;

namespace ProbeGen.Yaml.Tests;

/// <summary>
/// The StatefulSet and DaemonSet cases of testdata/k8s-corpus-next whose rules read the typed model, linted as a user
/// would lint them: the expected rule at the header's path with its message; a valid case gets no error at all.
/// </summary>
public class KindCorpusTests
{
    [Theory]
    [InlineData("006-invalid-statefulset-name-with-dots.yaml")]
    [InlineData("053-invalid-statefulset-restartpolicy-onfailure.yaml")]
    [InlineData("054-invalid-daemonset-restartpolicy-never.yaml")]
    [InlineData("070-invalid-pod-management-unsupported.yaml")]
    [InlineData("079-invalid-min-ready-negative.yaml")]
    [InlineData("089-invalid-min-ready-negative.yaml")]
    public void InvalidCase_LintReportsItsRule_AtThePath_WithTheMessage(string file)
    {
        var c = NextCorpus.Read(file);
        Assert.False(c.Valid);
        var found = Assert.Single(ManifestLinter.Lint(c.Text), m => m.Rule.Id == c.Rule);
        Assert.Equal((c.Path, c.Message), (found.Path, found.Message));
        Assert.NotEqual(0, found.Position.Line);
    }

    [Theory]
    [InlineData("005-valid-statefulset-name-dns-label.yaml")]
    [InlineData("069-valid-without-servicename.yaml")]
    [InlineData("071-valid-pod-management-parallel.yaml")]
    [InlineData("241-valid-daemonset-restartpolicy-always.yaml")]
    [InlineData("252-valid-daemonset-min-ready.yaml")]
    public void ValidCase_LintReportsNoError(string file)
    {
        var c = NextCorpus.Read(file);
        Assert.True(c.Valid);
        Assert.DoesNotContain(ManifestLinter.Lint(c.Text), m => m.Rule.Severity == RuleSeverity.Error);
    }
}

using ProbeGen.Core.Validation;

namespace ProbeGen.Tests.Validation;

/// <summary>core validatePathNoBacksteps / validateLocalDescendingPath / ValidateLocalNonReservedPath and the file-mode range.</summary>
public class K8sPathsTests
{
    // validation_test.go TestValidateVolumeMounts: success subPaths and the error cases 'absolute subpath',
    // 'subpath in ..', 'subpath contains ..', 'subpath ends in ..'.
    [Theory]
    [InlineData("baz")]
    [InlineData(".baz")]
    [InlineData("..baz")]
    [InlineData("a/b/c")]
    [InlineData("")]
    public void DescendingPath_Accepted(string subPath) => Assert.Empty(K8sPaths.ValidateLocalDescendingPath(subPath));

    [Theory]
    [InlineData("/baz", "must be a relative path")]
    [InlineData("../baz", "must not contain '..'")]
    [InlineData("baz/../bat", "must not contain '..'")]
    [InlineData("./..", "must not contain '..'")]
    [InlineData("..", "must not contain '..'")]
    public void DescendingPath_Rejected(string subPath, string message) => Assert.Equal(new[] { message }, K8sPaths.ValidateLocalDescendingPath(subPath));

    [Fact]
    public void AbsolutePathWithBacksteps_GetsBothErrorsAndOneBackstepError()
    {
        Assert.Equal(new[] { "must be a relative path", "must not contain '..'" }, K8sPaths.ValidateLocalDescendingPath("/a/../../b"));
    }

    [Theory]
    [InlineData("conf/app.yaml", new string[0])]
    [InlineData("..data", new[] { "must not start with '..'" })]
    [InlineData("../data", new[] { "must not contain '..'" })] // reported once: the '..' element already says it
    [InlineData("/etc/app", new[] { "must be a relative path" })]
    [InlineData("..", new[] { "must not contain '..'", "must not start with '..'" })]
    public void NonReservedPath_AddsTheDotDotPrefixRule(string path, string[] messages) =>
        Assert.Equal(messages, K8sPaths.ValidateLocalNonReservedPath(path));

    [Fact]
    public void Backsteps_AreWholeElementsOnly()
    {
        Assert.Empty(K8sPaths.ValidatePathNoBacksteps("/var/log/..data/x"));
        Assert.Equal(new[] { "must not contain '..'" }, K8sPaths.ValidatePathNoBacksteps("/var/log/../lib"));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(420, true)]   // 0644
    [InlineData(511, true)]   // 0777
    [InlineData(512, false)]  // 01000
    [InlineData(-1, false)]
    public void FileMode_IsZeroTo0777(long mode, bool valid) => Assert.Equal(valid, K8sPaths.IsValidFileMode(mode));
}

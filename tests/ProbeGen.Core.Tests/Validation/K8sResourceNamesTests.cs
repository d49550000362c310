using ProbeGen.Core.Validation;

namespace ProbeGen.Tests.Validation;

/// <summary>core helper IsExtendedResourceName / IsNativeResource / IsOvercommitAllowed / … and validateContainerResourceName.</summary>
public class K8sResourceNamesTests
{
    [Theory]
    [InlineData("nvidia.com/gpu", true)]
    [InlineData("google.com/tpu", true)]
    [InlineData("example.com/dongle", true)]
    [InlineData("cpu", false)]                      // native (no '/')
    [InlineData("kubernetes.io/gpu", false)]        // native (kubernetes.io/)
    [InlineData("requests.example.com/gpu", false)] // 'requests.' prefix
    [InlineData("example.com/", false)]             // requests.example.com/ is not a qualified name
    [InlineData("a/b/c", false)]
    [InlineData("hugepages-2Mi", false)]
    public void IsExtendedResourceName_FollowsTheHelper(string name, bool expected) => Assert.Equal(expected, K8sResourceNames.IsExtendedResourceName(name));

    [Theory]
    [InlineData("cpu", true)]
    [InlineData("memory", true)]
    [InlineData("kubernetes.io/anything", true)]
    [InlineData("hugepages-1Gi", false)]
    [InlineData("nvidia.com/gpu", false)]
    public void IsOvercommitAllowed_NativeAndNotHugePages(string name, bool expected) => Assert.Equal(expected, K8sResourceNames.IsOvercommitAllowed(name));

    [Theory]
    [InlineData("nvidia.com/gpu", true)]
    [InlineData("pods", true)]
    [InlineData("cpu", false)]
    [InlineData("hugepages-2Mi", false)]
    public void IsIntegerResourceName_ExtendedAndCountResources(string name, bool expected) => Assert.Equal(expected, K8sResourceNames.IsIntegerResourceName(name));

    [Theory]
    [InlineData("cpu", true)]
    [InlineData("ephemeral-storage", true)]
    [InlineData("hugepages-2Mi", true)]
    [InlineData("storage", false)]
    [InlineData("pods", false)]
    public void IsStandardContainerResourceName_CpuMemoryStorageHugePages(string name, bool expected) =>
        Assert.Equal(expected, K8sResourceNames.IsStandardContainerResourceName(name));

    [Theory]
    [InlineData("cpu")]
    [InlineData("memory")]
    [InlineData("hugepages-2Mi")]
    [InlineData("nvidia.com/gpu")]
    [InlineData("kubernetes.io/gpu")] // native: passes the name checks
    public void ContainerResourceName_Accepted(string name) => Assert.Empty(K8sResourceNames.ValidateContainerResourceName(name));

    [Fact]
    public void UnprefixedNonStandardName_GetsBothMessages()
    {
        Assert.Equal(new[] { "must be a standard resource type or fully qualified", "must be a standard resource for containers" },
            K8sResourceNames.ValidateContainerResourceName("gpu"));
    }

    [Fact]
    public void StandardButNotForContainers_GetsTheContainerMessage()
    {
        Assert.Equal(new[] { "must be a standard resource for containers" }, K8sResourceNames.ValidateContainerResourceName("pods"));
    }

    [Fact]
    public void RequestsPrefixedName_IsNotAnExtendedResource()
    {
        Assert.Equal(new[] { "doesn't follow extended resource name standard" }, K8sResourceNames.ValidateContainerResourceName("requests.example.com/gpu"));
    }

    [Fact]
    public void EmptyNamePart_GetsTheQualifiedNameErrorsThenTheExtendedError()
    {
        var errors = K8sResourceNames.ValidateContainerResourceName("example.com/");
        Assert.Equal("name part must be non-empty", errors[0]);
        Assert.StartsWith("name part must consist of alphanumeric characters", errors[1], StringComparison.Ordinal);
        Assert.Equal("doesn't follow extended resource name standard", errors[2]);
        Assert.Equal(3, errors.Count);
    }
}

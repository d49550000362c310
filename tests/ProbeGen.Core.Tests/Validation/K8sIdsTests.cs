using ProbeGen.Core.Validation;

namespace ProbeGen.Tests.Validation;

/// <summary>apimachinery IsValidUserID / IsValidGroupID: 0 to 0xffffffff.</summary>
public class K8sIdsTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(1000, true)]
    [InlineData(4294967295, true)]
    [InlineData(4294967296, false)]
    [InlineData(-1, false)]
    public void Ids_AreUint32(long id, bool valid)
    {
        Assert.Equal(valid, K8sIds.IsValidUserId(id));
        Assert.Equal(valid, K8sIds.IsValidGroupId(id));
    }

    [Fact]
    public void RangeError_IsTheInclusiveRangeMessage() => Assert.Equal("must be between 0 and 4294967295, inclusive", K8sIds.RangeError);
}

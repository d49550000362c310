using ProbeGen.Core.Validation;

namespace ProbeGen.Tests.Validation;

/// <summary>field/errors.go rendering: Required and Forbidden print no value, the others print it quoted or plain.</summary>
public class K8sFieldErrorTests
{
    [Fact]
    public void EachType_RendersLikeFieldError()
    {
        Assert.Equal("a.b: Required value", new K8sFieldError("b", K8sErrorType.Required, "x", "").Render("a"));
        Assert.Equal("a.b: Required value: why", new K8sFieldError("b", K8sErrorType.Required, null, "why").Render("a"));
        Assert.Equal("a.b: Forbidden: why", new K8sFieldError("b", K8sErrorType.Forbidden, "x", "why").Render("a"));
        Assert.Equal("a.b: Invalid value: \"x\": why", new K8sFieldError("b", K8sErrorType.Invalid, "x", "why").Render("a"));
        Assert.Equal("a.b: Invalid value: 3: why", new K8sFieldError("b", K8sErrorType.Invalid, 3L, "why").Render("a"));
        Assert.Equal("a.b: Unsupported value: \"x\": supported values: \"p\", \"q\"", new K8sFieldError("b", K8sErrorType.NotSupported, "x", K8sFieldError.SupportedValues(new[] { "p", "q" })).Render("a"));
        Assert.Equal("a.b: Duplicate value: \"x\"", new K8sFieldError("b", K8sErrorType.Duplicate, "x", "").Render("a"));
        Assert.Equal("a.b: Not found: \"x\"", new K8sFieldError("b", K8sErrorType.NotFound, "x", "").Render("a"));
    }

    [Fact]
    public void EmptyField_IsTheObjectItself() => Assert.Equal("spec.x: Forbidden: no", new K8sFieldError("", K8sErrorType.Forbidden, null, "no").Render("spec.x"));
}

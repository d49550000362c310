using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ProbeGen.Tests;

/// <summary>
/// [EnvFromConfigMap(configMapName)] and [EnvFromSecret(secretName)]: the API server's envFrom rules (validateEnvFrom:
/// PG1530, PG1532, PG1533) at the argument that wrote the value; the obsolete 3-argument form with a Prefix (PG0040).
/// </summary>
public class EnvFromDiagnosticsTests
{
    private const string Usings = "using ProbeGen;\n";

    [Fact]
    public Task EveryForm_NoDiagnostic() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [Container("web", "nginx:1.27")]
        [EnvFromConfigMap("web-config")]
        [EnvFromSecret("web-secrets", Prefix = "SECRET_", Optional = true)]
        [EnvFromConfigMap("flags", Prefix = "FF_", Optional = false)]
        [EnvSecretKey("DB_PASSWORD", "db", "password", Optional = true)]
        [EnvConfigMapKey("LEVEL", "web-config", "level", Optional = false)]
        public partial class Web { }
        """);

    [Fact]
    public Task SourceNameNotSubdomain_OrEmpty_PG1533_AtTheName() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [Container("web", "nginx:1.27")]
        [EnvFromSecret({|#0:"Web_Secrets"|})]
        [EnvFromConfigMap({|#1:""|}, Prefix = "APP_")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG1533", DiagnosticSeverity.Error).WithLocation(0),
        new DiagnosticResult("PG1533", DiagnosticSeverity.Error).WithLocation(1)
            .WithArguments("spec.containers[0].envFrom[1].configMapRef.name: Required value"));

    [Fact]
    public Task PrefixWithEquals_PG1532_AtThePrefix() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [Container("web", "nginx:1.27")]
        [EnvFromConfigMap("web-config")]
        [EnvFromConfigMap("web-flags", {|#0:Prefix = "APP="|})]
        public partial class Web { }
        """,
        new DiagnosticResult("PG1532", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("spec.template.spec.containers[0].envFrom[1].prefix: Invalid value: \"APP=\": a valid environment variable name must consist only of printable ASCII characters other than '='"));

    /// <summary>A null name is PG0011 at the argument; the item is still written (a secretRef without a name), which the API server refuses (PG1533 at the attribute).</summary>
    [Fact]
    public Task NullName_PG0011_AtTheArgument() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [Container("web", "nginx:1.27")]
        [{|#1:EnvFromSecret({|#0:null!|})|}]
        public partial class Web { }
        """,
        new DiagnosticResult("PG0011", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("[EnvFromSecret] secretName is required: write a value, not null"),
        new DiagnosticResult("PG1533", DiagnosticSeverity.Error).WithLocation(1)
            .WithArguments("spec.containers[0].envFrom[0].secretRef.name: Required value"));

    [Fact]
    public Task SetAddsASecondSourceToTheAttributesItem_PG1530() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [Container("web", "nginx:1.27")]
        [{|#0:EnvFromConfigMap("web-config")|}]
        [Set("spec.containers[0].envFrom[0].secretRef.name", "web-secrets")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG1530", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("spec.containers[0].envFrom: Invalid value: \"\": may not have more than one field specified at a time"));

    [Fact]
    public Task ObsoleteThreeArgumentForm_WithPrefix_PG0040AtThePrefix() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [Container("web", "nginx:1.27")]
        #pragma warning disable CS0618
        [EnvFromConfigMap("FLAGS", "config", "flags", {|#0:Prefix = "APP_"|})]
        [EnvFromSecret("TOKEN", "secret", "token", Optional = true)]
        #pragma warning restore CS0618
        public partial class Web { }
        """,
        new DiagnosticResult("PG0040", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("spec.containers[0].env[0]: [EnvFromConfigMap(name, configMapName, key)] is one variable, which has no prefix; Prefix is envFrom's, the 1-argument form [EnvFromConfigMap(configMapName, Prefix = …)]"));
}

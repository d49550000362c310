namespace ProbeGen.Tests;

/// <summary>PG1406 (serviceAccountName) and PG1407 (nodeSelector): the API server's checks, at the argument that wrote the value.</summary>
public class PodSpecDiagnosticsTests
{
    private const string Usings = "using ProbeGen;\n";

    [Fact]
    public Task ValidServiceAccountAndNodeSelector_NoDiagnostic() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [ServiceAccount("build-bot.ci")]
        [NodeSelector("kubernetes.io/os", "linux")]
        [NodeSelector("disktype", "")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """);

    [Fact]
    public Task ServiceAccountNotDnsSubdomain_PG1406_OnTheName() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [ServiceAccount({|#0:"Bad_Name!"|})]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PG1406", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("spec.serviceAccountName: Invalid value: \"Bad_Name!\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"));

    [Fact]
    public Task NodeSelectorKeyInvalid_PG1407_OnTheKey() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [NodeSelector({|#0:"-bad"|}, "ssd")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PG1407", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("spec.template.spec.nodeSelector: Invalid value: \"-bad\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName' or 'my.name' or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"));

    [Fact]
    public Task NodeSelectorValueInvalid_PG1407_OnTheValue() => Verify.Analyzer(Usings + """
        [Job("batch")]
        [RestartPolicy(RestartPolicy.Never)]
        [NodeSelector("disktype", {|PG1407:"fast ssd"|})]
        [Container("work", "busybox")]
        public partial class Batch { }
        """);

    [Fact]
    public Task NodeSelectorKeyOf1100Characters_PG1407_NoManifest()
    {
        // The reproduction: a key YAML cannot hold as an implicit key, and the API server rejects anyway.
        string key = new('k', 1100);
        return Verify.Analyzer(Usings + "[Pod(\"web\")]\n[NodeSelector({|#0:\"" + key + "\"|}, \"v\")]\n[Container(\"web\", \"nginx:1.27\")]\npublic partial class Web { }\n",
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PG1407", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
                .WithArguments("spec.nodeSelector: Invalid value: \"" + key + "\": name part must be no more than 63 characters"));
    }

    [Fact]
    public Task NodeSelectorPrefixTooLong_PG1407() => Verify.Analyzer(Usings + "[Pod(\"web\")]\n[NodeSelector({|PG1407:\"" + new string('p', 254) + "/os\"|}, \"linux\")]\n[Container(\"web\", \"nginx:1.27\")]\npublic partial class Web { }\n");
}

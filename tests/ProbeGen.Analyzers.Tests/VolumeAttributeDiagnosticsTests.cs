using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ProbeGen.Tests;

/// <summary>
/// The volume and volume-mount attributes: the API server's volume rules (PG16xx) at the argument that wrote the value,
/// a mode that is not an octal string (PG0041), and [Set] on the same list (PG0042/PG0043 at the [Set]).
/// </summary>
public class VolumeAttributeDiagnosticsTests
{
    private const string Usings = "using ProbeGen;\n";

    [Fact]
    public Task EveryVolumeSourceAndMount_NoDiagnostic() => Verify.Analyzer(VolumeSources.WithoutNamespaceAndExtras);

    [Fact]
    public Task MountOfUndeclaredVolume_PG1631_AtTheVolumeName() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [EmptyDirVolume("scratch")]
        [Container("web", "nginx:1.27")]
        [VolumeMount("scratch", "/scratch")]
        [VolumeMount({|#0:"cache"|}, "/cache")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG1631", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("spec.containers[0].volumeMounts[1].name: Not found: \"cache\""));

    [Fact]
    public Task DuplicateVolumeName_PG1603_AtTheSecondName() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [ConfigMapVolume("config", ConfigMap = "a")]
        [SecretVolume({|#0:"config"|}, SecretName = "b")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG1603", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("spec.volumes[1].name: Duplicate value: \"config\""));

    [Fact]
    public Task VolumeNameNotDnsLabel_PG1602_AtTheName() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [EmptyDirVolume({|#0:"Scratch_1"|})]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG1602", DiagnosticSeverity.Error).WithLocation(0));

    [Fact]
    public Task ConfigMapNameMissing_PG1605_AtTheAttribute() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [{|#0:ConfigMapVolume("config", Optional = true)|}]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG1605", DiagnosticSeverity.Error).WithLocation(0));

    [Fact]
    public Task ModeOutOfRange_PG1610_AtTheMode() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [SecretVolume("tls", SecretName = "web-tls", {|#0:DefaultMode = "01000"|})]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG1610", DiagnosticSeverity.Error).WithLocation(0));

    [Fact]
    public Task ModeNotOctal_PG0041_AtTheMode_SaysTheOctalSpelling() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [ConfigMapVolume("config", ConfigMap = "c", {|#0:DefaultMode = "420"|})]
        [SecretVolume("tls", SecretName = "t", {|#1:DefaultMode = "0x1A4"|})]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG0041", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("[ConfigMapVolume] DefaultMode: a file mode is written in octal with its leading zero, as chmod reads it (\"0644\", \"0400\", \"0755\"), not \"420\": the decimal 420 of a YAML file is \"0644\""),
        new DiagnosticResult("PG0041", DiagnosticSeverity.Error).WithLocation(1)
            .WithArguments("[SecretVolume] DefaultMode: a file mode is written in octal with its leading zero, digits 0 to 7 (\"0644\", \"0400\", \"0755\"), not \"0x1A4\""));

    [Fact]
    public Task HostPathWithBackstep_PG1608_AtThePath() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [HostPathVolume("logs", {|#0:Path = "/var/../etc"|})]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG1608", DiagnosticSeverity.Error).WithLocation(0));

    [Fact]
    public Task SubPathEscapesTheVolume_PG1634_AndWithSubPathExpr_PG1635() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [EmptyDirVolume("scratch")]
        [Container("web", "nginx:1.27")]
        [VolumeMount("scratch", "/a", {|#0:SubPath = "../etc"|})]
        [VolumeMount("scratch", "/b", SubPath = "x", {|#1:SubPathExpr = "$(Y)"|})]
        public partial class Web { }
        """,
        new DiagnosticResult("PG1634", DiagnosticSeverity.Error).WithLocation(0),
        new DiagnosticResult("PG1635", DiagnosticSeverity.Error).WithLocation(1));

    [Fact]
    public Task EphemeralWithoutAccessModes_PG1620_AtTheAttribute() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [{|#0:EphemeralVolume("work", Storage = "1Gi")|}]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG1620", DiagnosticSeverity.Error).WithLocation(0));

    [Fact]
    public Task MountPathTwice_PG1633_AtTheSecondPath() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [EmptyDirVolume("a")]
        [EmptyDirVolume("b")]
        [Container("web", "nginx:1.27")]
        [VolumeMount("a", "/data")]
        [VolumeMount("b", {|#0:"/data"|})]
        public partial class Web { }
        """,
        new DiagnosticResult("PG1633", DiagnosticSeverity.Error).WithLocation(0));

    [Fact]
    public Task SetOfAFieldTheAttributeSets_PG0043_AtTheSet() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [ConfigMapVolume("config", ConfigMap = "c")]
        [{|#0:Set("spec.volumes[0].name", "other")|}]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG0043", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "spec.volumes[0].name is set twice (setting 1 and setting 3): a field holds one value; remove one (spec.volumes[0] is built by [ConfigMapVolume] in source order; a [Set] sets other fields of those items, and adds items after them, from [1])"));

    [Fact]
    public Task SetVolumePastAGap_PG0042_AtTheSet() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [EmptyDirVolume("scratch")]
        [{|#0:Set("spec.volumes[2].name", "shared")|}]
        [Set("spec.volumes[2].emptyDir", "{}")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG0042", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "spec.volumes has [0], [2] but no [1]: list items are numbered 0, 1, 2 … without a gap (spec.volumes[0] is built by [EmptyDirVolume] in source order; a [Set] sets other fields of those items, and adds items after them, from [1])"));

    [Fact]
    public Task MountOnAClassWithoutContainer_PG0004() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [Container("web", "nginx:1.27")]
        public partial class Web
        {
            [{|#0:VolumeMount("scratch", "/scratch")|}]
            public partial class NotAContainer { }
        }
        """,
        new DiagnosticResult("PG0004", DiagnosticSeverity.Error).WithLocation(0));
}

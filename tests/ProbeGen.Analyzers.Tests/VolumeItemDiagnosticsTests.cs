using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ProbeGen.Tests;

/// <summary>
/// [VolumeItem]: the API server's validateKeyToPath (PG1610-PG1612) at the argument that wrote the value, a volume
/// name no ConfigMap or Secret volume attribute declares (PG0040 at the name), and [Set] on the same item (PG0043).
/// </summary>
public class VolumeItemDiagnosticsTests
{
    private const string Usings = "using ProbeGen;\n";

    [Fact]
    public Task ItemsOfBothSources_BeforeAndAfterTheirVolume_NoDiagnostic() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [VolumeItem("config", "nginx.conf", "nginx.conf")]
        [ConfigMapVolume("config", ConfigMap = "c")]
        [SecretVolume("tls", SecretName = "t")]
        [VolumeItem("tls", "tls.key", "certs/tls.key", Mode = "0400")]
        [Container("web", "nginx:1.27")]
        [VolumeMount("config", "/etc/nginx")]
        [VolumeMount("tls", "/etc/tls")]
        public partial class Web { }
        """);

    [Fact]
    public Task EmptyKeyAndPath_PG1611_AtEach() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [SecretVolume("tls", SecretName = "t")]
        [VolumeItem("tls", {|#0:""|}, "tls.key")]
        [VolumeItem("tls", "tls.crt", {|#1:""|})]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG1611", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("spec.volumes[0].secret.items[0].key: Required value"),
        new DiagnosticResult("PG1611", DiagnosticSeverity.Error).WithLocation(1)
            .WithArguments("spec.volumes[0].secret.items[1].path: Required value"));

    [Fact]
    public Task PathAbsoluteOrWithBackstep_PG1612_AtThePath() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [ConfigMapVolume("config", ConfigMap = "c")]
        [VolumeItem("config", "a", {|#0:"/etc/a.conf"|})]
        [VolumeItem("config", "b", {|#1:"conf/../b.conf"|})]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG1612", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("spec.volumes[0].configMap.items[0].path: Invalid value: \"/etc/a.conf\": must be a relative path"),
        new DiagnosticResult("PG1612", DiagnosticSeverity.Error).WithLocation(1)
            .WithArguments("spec.volumes[0].configMap.items[1].path: Invalid value: \"conf/../b.conf\": must not contain '..'"));

    [Fact]
    public Task ModeOutOfRange_PG1610_AtTheMode() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [SecretVolume("tls", SecretName = "t")]
        [VolumeItem("tls", "tls.key", "tls.key", {|#0:Mode = "01000"|})]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG1610", DiagnosticSeverity.Error).WithLocation(0));

    [Fact]
    public Task ModeNotOctal_PG0041_AtTheMode() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [SecretVolume("tls", SecretName = "t")]
        [VolumeItem("tls", "tls.key", "tls.key", {|#0:Mode = "256"|})]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG0041", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("[VolumeItem] Mode: a file mode is written in octal with its leading zero, as chmod reads it (\"0644\", \"0400\", \"0755\"), not \"256\": the decimal 256 of a YAML file is \"0400\""));

    [Fact]
    public Task UndeclaredVolume_PG0040_AtTheName_ListsTheVolumes() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [ConfigMapVolume("config", ConfigMap = "c")]
        [EmptyDirVolume("scratch")]
        [VolumeItem({|#0:"tls"|}, "tls.key", "tls.key")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG0040", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("[VolumeItem] names the volume 'tls', which no volume attribute of this workload declares: its volumes are 'config', 'scratch'"));

    [Fact]
    public Task NoVolumes_PG0040_AtTheName_SaysHowToDeclareOne() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [VolumeItem({|#0:"tls"|}, "tls.key", "tls.key")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG0040", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("[VolumeItem] names the volume 'tls', which no volume attribute of this workload declares: declare it with [ConfigMapVolume] or [SecretVolume]"));

    [Fact]
    public Task VolumeWithoutItems_PG0040_AtTheName() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [EmptyDirVolume("scratch")]
        [VolumeItem({|#0:"scratch"|}, "a", "a")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG0040", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("[VolumeItem] selects a key of a ConfigMap or Secret volume, but 'scratch' is a [EmptyDirVolume], which has no items: name a [ConfigMapVolume] or a [SecretVolume]"));

    [Fact]
    public Task NullKey_PG0011_AtTheKey() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [SecretVolume("tls", SecretName = "t")]
        [{|#1:VolumeItem("tls", {|#0:null|}, "tls.key")|}]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new DiagnosticResult("PG0011", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("[VolumeItem] key is required: write a value, not null"),
        // The item is still written (with its path), and the API server would say its key is missing: at the attribute, whose key it lacks.
        new DiagnosticResult("PG1611", DiagnosticSeverity.Error).WithLocation(1)
            .WithArguments("spec.volumes[0].secret.items[0].key: Required value"));

    [Fact]
    public Task SetOfTheSameItemField_PG0043_AtTheSet() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [SecretVolume("tls", SecretName = "t")]
        [VolumeItem("tls", "tls.key", "tls.key")]
        [{|#0:Set("spec.volumes[0].secret.items[0].path", "key")|}]
        [Set("spec.volumes[0].secret.items[1].key", "tls.crt")]
        [Set("spec.volumes[0].secret.items[1].path", "tls.crt")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        // The note names the innermost list an attribute built (the volume's items, not the volumes).
        new DiagnosticResult("PG0043", DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("spec.volumes[0].secret.items[0].path is set twice (setting 4 and setting 5): a field holds one value; remove one (spec.volumes[0].secret.items[0] is built by [VolumeItem] in source order; a [Set] sets other fields of those items, and adds items after them, from [1])"));

    [Fact]
    public Task OnAClassWithoutWorkload_PG0016() => Verify.Analyzer(Usings + """
        [{|#0:VolumeItem("tls", "tls.key", "tls.key")|}]
        public partial class Web { }
        """,
        new DiagnosticResult("PG0016", DiagnosticSeverity.Error).WithLocation(0));

    private static Task Files(params (string Path, string Source)[] files)
    {
        var test = new Verify.Test();
        foreach (var f in files) test.TestState.Sources.Add((f.Path, f.Source));
        return test.RunAsync();
    }

    [Fact]
    public Task OneVolumesItemsSplitOverTwoFiles_PG0019_AtEachFilesFirst() => Files(
        ("Web.cs", """
            using ProbeGen;
            [Deployment("web")]
            [SecretVolume("tls", SecretName = "t")]
            [{|PG0019:VolumeItem("tls", "tls.crt", "tls.crt")|}]
            [Container("web", "nginx:1.27")]
            public partial class Web { }
            """),
        ("Web.Keys.cs", """
            using ProbeGen;
            [{|PG0019:VolumeItem("tls", "tls.key", "tls.key")|}]
            public partial class Web { }
            """));

    [Fact]
    public Task EachVolumesItemsInOneFile_NoDiagnostic() => Files(
        ("Web.cs", """
            using ProbeGen;
            [Deployment("web")]
            [SecretVolume("tls", SecretName = "t")]
            [ConfigMapVolume("config", ConfigMap = "c")]
            [VolumeItem("tls", "tls.crt", "tls.crt")]
            [Container("web", "nginx:1.27")]
            public partial class Web { }
            """),
        ("Web.Config.cs", """
            using ProbeGen;
            [VolumeItem("config", "a", "a.conf")]
            [VolumeItem("config", "b", "b.conf")]
            public partial class Web { }
            """));
}

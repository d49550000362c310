using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ProbeGen.Tests;

/// <summary>[PreStop] and [PostStart]: the hook rules (PG1323–PG1326, PG2006) at the property argument that wrote the field, PG0044 for a [Set] of a property's field, and no diagnostic for the valid case.</summary>
public class LifecycleDiagnosticsTests
{
    private const string Usings = "using ProbeGen;\n";

    [Fact]
    public Task ValidHooks_NoDiagnostic() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [TerminationGracePeriod(60)]
        [Container("web", "nginx:1.27")]
        [PreStop(SleepSeconds = 10)]
        [PostStart(HttpGet = "/warm", Port = 8080, Scheme = HttpScheme.Https)]
        public partial class Web
        {
            [Container("agent", "busybox:1.36")]
            [PreStop(Exec = new[] { "sh", "-c", "kill -QUIT 1" })]
            public partial class Agent { }
        }
        """);

    [Fact]
    public Task HookWithoutArguments_PG1321_AtTheAttribute() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [Container("web", "nginx:1.27")]
        [{|PG1321:PreStop|}]
        public partial class Web
        {
            [Container("agent", "busybox:1.36")]
            [{|PG1321:PostStart()|}]
            public partial class Agent { }
        }
        """);

    [Fact]
    public Task ObjectAttributesWithoutArguments_WhereThatIsValid_NoDiagnostic() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [PodSecurityContext]
        [EmptyDirVolume("cache")]
        [Container("web", "nginx:1.27")]
        [SecurityContext]
        [VolumeMount("cache", "/cache")]
        public partial class Web { }
        """);

    [Fact]
    public Task HookOnInitContainer_PG1112_AtTheAttribute() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx:1.27")]
        public partial class P
        {
            [InitContainer("init", "busybox:1.36")]
            [{|PG1112:PostStart(Exec = new[] { "sh", "-c", "echo ready" })|}]
            public partial class Init { }
        }
        """);

    [Fact]
    public Task SecondHandler_PG1323_AtItsProperty() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx:1.27")]
        [PreStop(Exec = new[] { "true" }, {|PG1323:SleepSeconds = 5|})]
        public partial class P { }
        """);

    [Fact]
    public Task EmptyExecCommand_PG1324_AtExec() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx:1.27")]
        [PostStart({|PG1324:Exec = new string[0]|})]
        public partial class P { }
        """);

    [Fact]
    public Task BadPorts_PG1325_AtThePort() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx:1.27")]
        [PreStop(HttpGet = "/drain", {|PG1325:Port = 70000|})]
        [PostStart({|PG1325:HttpGet = "/warm"|})]
        public partial class P
        {
            [Container("side", "busybox:1.36")]
            [PreStop({|PG1325:PortName = "not_a_name"|}, HttpGet = "/x")]
            [PostStart({|PG1325:TcpSocketPort = 0|})]
            public partial class Side { }
        }
        """);

    [Fact]
    public Task SleepBeyondGracePeriod_PG1326_AtSleepSeconds_PG2006_WhenEqual() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [TerminationGracePeriod(20)]
        [Container("app", "nginx:1.27")]
        [PreStop({|PG1326:SleepSeconds = 21|})]
        public partial class P
        {
            [Container("side", "busybox:1.36")]
            [PreStop({|PG2006:SleepSeconds = 20|})]
            public partial class Side { }

            [Container("shell", "busybox:1.36")]
            [PreStop({|PG2006:Exec = new[] { "sh", "-c", "sleep 20" }|})]
            public partial class Shell { }
        }
        """);

    [Fact]
    public Task SetOfAHookField_PG0044_NamesTheAttribute() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Set({|#0:"spec.containers[0].lifecycle.preStop.sleep.seconds"|}, 5)]
        [Container("app", "nginx:1.27")]
        public partial class P
        {
            [Container("side", "busybox:1.36")]
            [Set({|#1:"lifecycle.postStart.httpGet.path"|}, "/warm")]
            public partial class Side { }
        }
        """,
        new DiagnosticResult("PG0044", DiagnosticSeverity.Error).WithLocation(0).WithArguments("spec.containers[0].lifecycle.preStop.sleep.seconds (SleepAction.seconds) is modeled by ProbeGen's attributes: use [PreStop(SleepSeconds = …)] instead of [Set]"),
        new DiagnosticResult("PG0044", DiagnosticSeverity.Error).WithLocation(1).WithArguments("lifecycle.postStart.httpGet.path (HTTPGetAction.path) is modeled by ProbeGen's attributes: use [PostStart(HttpGet = …)] instead of [Set] (from the container at spec.containers[1])"));
}

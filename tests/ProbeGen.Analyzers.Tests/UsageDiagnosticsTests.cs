namespace ProbeGen.Tests;

public class UsageDiagnosticsTests
{
    private const string Usings = "using ProbeGen;\n";

    [Fact]
    public Task NotPartial_PG0001_OnClassName() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        public class {|PG0001:P|} { }
        """);

    [Fact]
    public Task NestedInNonPartial_PG0001() => Verify.Analyzer(Usings + """
        public static class Outer
        {
            [Pod("p")]
            [Container("app", "nginx")]
            public partial class {|PG0001:P|} { }
        }
        """);

    [Fact]
    public Task NestedContainerNotPartial_PG0001() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        public partial class P
        {
            [Container("second", "busybox")]
            public class {|PG0001:Second|} { }
        }
        """);

    [Fact]
    public Task TwoWorkloads_PG0002_OnTheSecond() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [{|PG0002:Deployment("d")|}]
        [Container("app", "nginx")]
        public partial class P { }
        """);

    [Fact]
    public Task NoContainer_PG0003() => Verify.Analyzer(Usings + """
        [Pod("p")]
        public partial class {|PG0003:P|} { }
        """);

    [Fact]
    public Task ProbeWithoutContainer_PG0004() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        public partial class P
        {
            [{|PG0004:LivenessProbe(Exec = new[] { "true" })|}]
            public partial class Helper { }
        }

        [{|PG0004:ContainerPort(80)|}]
        public class Lonely { }
        """);

    [Fact]
    public Task ContainerOutsideWorkload_PG0005() => Verify.Analyzer(Usings + """
        [Container("app", "nginx")]
        public partial class {|PG0005:Orphan|} { }
        """);

    [Fact]
    public Task TwoLivenessProbes_PG0006_OnTheSecond() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        [LivenessProbe(Exec = new[] { "true" })]
        [{|PG0006:LivenessProbe(TcpSocket = true, Port = 80)|}]
        public partial class P { }
        """);

    [Fact]
    public Task ArgumentOfAnotherHandler_PG0007() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        [LivenessProbe(TcpSocket = true, Port = 80, {|PG0007:Scheme = HttpScheme.Https|})]
        [ReadinessProbe(Exec = new[] { "true" }, {|PG0007:GrpcService = "x"|})]
        [StartupProbe({|PG1309:Grpc = true|}, {|PG0007:PortName = "grpc"|})]
        public partial class P { }
        """);

    [Fact]
    public Task PortAndPortName_PG0008() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        [ContainerPort(80, Name = "http")]
        [LivenessProbe(HttpGet = "/", Port = 80, {|PG0008:PortName = "http"|})]
        public partial class P { }
        """);

    [Fact]
    public Task HeaderWithoutColon_PG0009() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        [LivenessProbe(HttpGet = "/", Port = 80, {|PG0009:HttpHeaders = new[] { "X-Custom-Header Awesome" }|})]
        public partial class P { }
        """);

    [Fact]
    public Task EnumOutOfRange_PG0010() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [{|PG0010:RestartPolicy((RestartPolicy)7)|}]
        [Container("app", "nginx")]
        public partial class P { }
        """.Replace("[{|PG0010:RestartPolicy((RestartPolicy)7)|}]", "[RestartPolicy({|PG0010:(RestartPolicy)7|})]"));

    /// <summary>terminationMessagePolicy (issue 12's demonstration field): a value outside the enum is PG0010 at the argument; both members are clean.</summary>
    [Fact]
    public Task TerminationMessagePolicyOutOfRange_PG0010_AtTheArgument() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx", TerminationMessagePolicy = TerminationMessagePolicy.FallbackToLogsOnError)]
        public partial class P
        {
            [InitContainer("init", "busybox", {|PG0010:TerminationMessagePolicy = (TerminationMessagePolicy)7|})]
            public partial class Init { }

            [Container("side", "busybox", TerminationMessagePolicy = TerminationMessagePolicy.File)]
            public partial class Side { }
        }
        """);

    [Fact]
    public Task EnumOutOfRangeOnAJob_OnlyPG0010_NoFollowOnRestartPolicyError() => Verify.Analyzer(Usings + """
        [Job("j")]
        [RestartPolicy({|PG0010:(RestartPolicy)7|})]
        [Container("app", "perl")]
        public partial class J { }
        """);

    [Fact]
    public Task NullName_PG0011() => Verify.Analyzer(Usings + """
        [Pod({|PG0011:null!|})]
        [Container("app", "nginx")]
        public partial class P { }
        """);

    [Fact]
    public Task NullImage_PG0011Only_NoContainersRequiredCascade() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [Container("web", {|PG0011:null!|})]
        public partial class Web { }
        """);

    [Fact]
    public Task NullImageOfNestedContainer_PG0011Only() => Verify.Analyzer(Usings + """
        [Pod("web")]
        public partial class Web
        {
            [Container("web", {|PG0011:null!|})]
            public partial class App { }
        }
        """);

    [Fact]
    public Task SameManifestFile_PG0012_OnBoth() => Verify.Analyzer(Usings + """
        [Pod("same")] [Container("app", "nginx")] public partial class {|PG0012:A|} { }
        [Pod("same")] [Container("app", "nginx")] public partial class {|PG0012:B|} { }
        [Pod("same", Namespace = "other")] [Container("app", "nginx")] public partial class C { }
        """);

    [Fact]
    public Task PrivateOrGenericWorkload_PG0013() => Verify.Analyzer(Usings + """
        public partial class Outer
        {
            [Pod("p")] [Container("app", "nginx")] private partial class {|PG0013:P|} { }
        }
        [Pod("g")] [Container("app", "nginx")] public partial class {|PG0013:G|}<T> { }
        """);

    [Fact]
    public Task LoneSurrogate_PG0014() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        [Annotation("note", {|PG0014:"bad \uD800 text"|})]
        public partial class P { }
        """);

    [Fact]
    public Task DuplicateLabelKey_PG0015_OnTheSecondKey() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Label("app", "a")]
        [Label({|PG0015:"app"|}, "b")]
        [Container("app", "nginx")]
        public partial class P { }
        """);

    [Fact]
    public Task PodAttributeOnContainerClass_PG0016() => Verify.Analyzer(Usings + """
        [Pod("p")]
        [Container("app", "nginx")]
        public partial class P
        {
            [Container("second", "busybox")]
            [{|PG0016:RestartPolicy(RestartPolicy.Never)|}]
            public partial class Second { }
        }
        """);

    [Fact]
    public Task RecordAndStructWorkloads_AreSupported() => Verify.Analyzer(Usings + """
        [Pod("r")] [Container("app", "nginx")] public partial record R { }
        [Pod("s")] [Container("app", "nginx")] public partial struct S { }
        """);
}

namespace ProbeGen.Tests;

/// <summary>[PodLabel], [PodAnnotation], [SelectorLabel]: PG0020 on a Pod, and the selector rules at the argument that wrote the value.</summary>
public class PodTemplateDiagnosticsTests
{
    private const string Usings = "using ProbeGen;\n";

    [Fact]
    public Task TemplateMetadataAndMatchingSelector_NoDiagnostic() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [Label("team", "payments")]
        [PodLabel("app", "web")]
        [PodLabel("version", "v2")]
        [PodAnnotation("prometheus.io/scrape", "true")]
        [SelectorLabel("app", "web")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }

        [CronJob("nightly", "0 3 * * *")]
        [RestartPolicy(RestartPolicy.OnFailure)]
        [PodAnnotation("sidecar.istio.io/inject", "false")]
        [Container("job", "busybox:1.36")]
        public partial class Nightly { }
        """);

    [Fact]
    public Task PodLabelOnAPod_PG0020_OnTheAttribute() => Verify.Analyzer(Usings + """
        [Pod("web")]
        [{|PG0020:PodLabel("app", "web")|}]
        [{|PG0020:PodAnnotation("a", "b")|}]
        [{|PG0020:SelectorLabel("app", "web")|}]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """);

    [Fact]
    public Task LabelPodsFalseOnAJobAndACronJob_NoDiagnostic() => Verify.Analyzer(Usings + """
        [Job("seed", LabelPods = false)]
        [RestartPolicy(RestartPolicy.Never)]
        [Label("app", "seed")]
        [Container("seed", "busybox:1.36")]
        public partial class Seed { }

        [CronJob("cleanup", "@daily", LabelPods = false)]
        [RestartPolicy(RestartPolicy.OnFailure)]
        [Container("cleanup", "busybox:1.36")]
        public partial class Cleanup { }
        """);

    [Fact]
    public Task LabelPodsFalseOnADeployment_PG0021_OnTheArgument() => Verify.Analyzer(Usings + """
        [Deployment("web", {|#0:LabelPods = false|})]
        [Label("app", "web")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PG0021", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("LabelPods = false would leave the Deployment's pod template without labels, but its selector must select the template's labels and must not be empty: remove LabelPods = false, or give the pods [PodLabel]s"));

    [Fact]
    public Task LabelPodsFalseOnAStatefulSetAndADaemonSet_PG0021_OnTheArgument() => Verify.Analyzer(Usings + """
        [StatefulSet("db", {|PG0021:LabelPods = false|}, ServiceName = "db")]
        [Container("db", "postgres:16")]
        public partial class Db { }

        [DaemonSet("agent", {|PG0021:LabelPods = false|})]
        [Container("agent", "busybox:1.36")]
        public partial class Agent { }
        """);

    [Fact]
    public Task LabelPodsFalseWithPodLabels_PG0021_OnTheArgument() => Verify.Analyzer(Usings + """
        [Job("seed", {|#0:LabelPods = false|})]
        [RestartPolicy(RestartPolicy.Never)]
        [PodLabel("app", "seed")]
        [Container("seed", "busybox:1.36")]
        public partial class Seed { }
        """,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PG0021", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("LabelPods = false says the pod template has no labels, but [PodLabel]s give it some: remove one or the other"));

    [Fact]
    public Task LabelPodsTrueOnADeployment_NoDiagnostic() => Verify.Analyzer(Usings + """
        [Deployment("web", LabelPods = true)]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """);

    [Fact]
    public Task SelectorNotMatchingThePodLabels_PG1413_OnTheSelectorKey() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [PodLabel("app", "api")]
        [SelectorLabel({|#0:"app"|}, "web")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """,
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("PG1413", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"api\"}: `selector` does not match template `labels`"));

    [Fact]
    public Task SelectorLabelsNotOnTheWorkloadLabels_PG1413_OnTheSelectorKey() => Verify.Analyzer(Usings + """
        [Job("migrate")]
        [RestartPolicy(RestartPolicy.Never)]
        [Label("app", "migrate")]
        [SelectorLabel({|PG1413:"batch"|}, "x")]
        [Container("job", "busybox:1.36")]
        public partial class Migrate { }
        """);

    [Fact]
    public Task SelectorLabelValueNotALabel_PG1830_OnTheValue() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [PodLabel("app", "web")]
        [SelectorLabel("app", {|PG1830:"web frontend"|})]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """);

    [Fact]
    public Task PodLabelKeyInvalid_PG1016_OnlyOnce_OnThePodLabelKey() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [PodLabel({|PG1016:"-bad"|}, "x")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """);

    [Fact]
    public Task PodLabelGivenTwice_PG0015_OnTheSecondKey() => Verify.Analyzer(Usings + """
        [Deployment("web")]
        [PodLabel("app", "web")]
        [PodLabel({|PG0015:"app"|}, "api")]
        [Container("web", "nginx:1.27")]
        public partial class Web { }
        """);
}

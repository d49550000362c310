namespace ProbeGen.Tests;

internal static class Sources
{
    /// <summary>The seed example exactly as API.md §1 writes it.</summary>
    public const string Seed = """
        using ProbeGen;

        namespace Demo;

        [Pod("test-liveness-exec")]
        [Label("test", "liveness")]
        [Container("liveness", "busybox",
            Args = new[] { "/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -rf /tmp/healthy; sleep 600" })]
        [LivenessProbe(Exec = new[] { "cat", "/tmp/healthy" }, InitialDelaySeconds = 5, PeriodSeconds = 5)]
        public partial class LivenessExec { }
        """;

    /// <summary>Every Pod-level and container attribute, nested containers, an init container and a sidecar.</summary>
    public const string Full = """
        using ProbeGen;

        namespace Demo.Workloads
        {
            public static partial class Shop
            {
                [Pod("shop", Namespace = "prod")]
                [Label("app.kubernetes.io/name", "shop")]
                [Label("tier", "web")]
                [Annotation("example.com/owner", "team-a")]
                [RestartPolicy(RestartPolicy.OnFailure)]
                [TerminationGracePeriod(60)]
                [ServiceAccount("shop-sa")]
                [NodeSelector("kubernetes.io/os", "linux")]
                [Container("api", "example.com/shop/api:1.4.2", Command = new[] { "dotnet" }, Args = new[] { "Shop.Api.dll" },
                    WorkingDir = "/app", ImagePullPolicy = PullPolicy.IfNotPresent)]
                [ContainerPort(8080, Name = "http")]
                [ContainerPort(9090, Name = "grpc", Protocol = PortProtocol.Tcp)]
                [Env("ASPNETCORE_ENVIRONMENT", "Production")]
                [EnvSecretKey("DB_PASSWORD", "shop-db", "password")]
                [EnvConfigMapKey("FEATURE_FLAGS", "shop-config", "flags")]
                [EnvFromField("POD_IP", "status.podIP")]
                [Resources(CpuRequest = "250m", MemoryRequest = "256Mi", CpuLimit = "1", MemoryLimit = "512Mi")]
                [StartupProbe(HttpGet = "/healthz/startup", PortName = "http", FailureThreshold = 30, PeriodSeconds = 2)]
                [ReadinessProbe(HttpGet = "/healthz/ready", PortName = "http", Scheme = HttpScheme.Http, HttpHeaders = new[] { "X-Probe: ready", "Accept: text/plain" }, SuccessThreshold = 2)]
                [LivenessProbe(Grpc = true, Port = 9090, GrpcService = "liveness", TimeoutSeconds = 3, TerminationGracePeriodSeconds = 15)]
                public partial class ShopPod
                {
                    [Container("cache", "redis:7")]
                    [ContainerPort(6379, HostPort = 16379)]
                    [LivenessProbe(TcpSocket = true, Port = 6379, Host = "127.0.0.1")]
                    public partial class Cache { }

                    [InitContainer("migrate", "example.com/shop/migrate:1.4.2", Args = new[] { "--apply" })]
                    public partial class Migrate { }

                    [InitContainer("proxy", "envoyproxy/envoy:v1.31", RestartPolicy = ContainerRestartPolicy.Always)]
                    [ReadinessProbe(Exec = new[] { "sh", "-c", "test -f /tmp/ready" })]
                    public partial class Proxy { }
                }
            }
        }
        """;

    /// <summary>Deployment, Job and CronJob with every controller argument.</summary>
    public const string Controllers = """
        using ProbeGen;

        namespace Demo.Controllers;

        [Deployment("web", Namespace = "shop", Replicas = 3, MinReadySeconds = 5, RevisionHistoryLimit = 4, ProgressDeadlineSeconds = 120)]
        [Label("app", "web")]
        [Label("tier", "frontend")]
        [Container("web", "nginx:1.27")]
        [ContainerPort(80, Name = "http")]
        [ReadinessProbe(HttpGet = "/ready", PortName = "http")]
        public partial class Web { }

        [Deployment("nolabels")]
        [Container("app", "nginx:1.27")]
        public partial class NoLabels { }

        [Job("sum", BackoffLimit = 4, Completions = 1, Parallelism = 1, ActiveDeadlineSeconds = 600, TtlSecondsAfterFinished = 100)]
        [RestartPolicy(RestartPolicy.Never)]
        [Container("sum", "busybox:1.36", Command = new[] { "sh", "-c", "echo $((1+2+3))" })]
        public partial class Sum { }

        [CronJob("hourly", "@hourly", TimeZone = "Etc/UTC", ConcurrencyPolicy = ConcurrencyPolicy.Replace, StartingDeadlineSeconds = 30,
            SuccessfulJobsHistoryLimit = 2, FailedJobsHistoryLimit = 2, Suspend = true, BackoffLimit = 1)]
        [Label("app", "tick")]
        [RestartPolicy(RestartPolicy.OnFailure)]
        [Container("tick", "busybox:1.36")]
        public partial class Hourly { }
        """;

    /// <summary>The apps controllers beside Deployment: a StatefulSet with every spec argument, a bare one, and a DaemonSet.</summary>
    public const string Sets = """
        using ProbeGen;

        namespace Demo.Sets;

        [StatefulSet("db", Namespace = "data", Replicas = 3, ServiceName = "db-headless", PodManagementPolicy = PodManagementPolicy.Parallel,
            MinReadySeconds = 10, RevisionHistoryLimit = 5)]
        [Label("app", "db")]
        [Container("postgres", "postgres:16")]
        [ContainerPort(5432, Name = "pg")]
        [ReadinessProbe(TcpSocket = true, Port = 5432)]
        public partial class Db { }

        [StatefulSet("cache")]
        [Container("redis", "redis:7")]
        public partial class Cache { }

        [DaemonSet("node-agent", Namespace = "monitoring", MinReadySeconds = 5, RevisionHistoryLimit = 3)]
        [Label("app", "node-agent")]
        [Container("agent", "prom/node-exporter:v1.8.2")]
        [ContainerPort(9100, Name = "metrics")]
        public partial class NodeAgent { }
        """;
}

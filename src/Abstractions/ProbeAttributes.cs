using System;

namespace ProbeGen
{
    /// <summary>
    /// The arguments every probe shares. Choose exactly one handler: <see cref="Exec"/>, <see cref="HttpGet"/>,
    /// <see cref="TcpSocket"/> or <see cref="Grpc"/>. A timing you do not set is not written, so the API server's
    /// defaults apply (timeout 1 s, period 10 s, success 1, failure 3).
    /// </summary>
    public abstract class ProbeAttribute : Attribute
    {
        /// <summary>exec handler: the command run in the container; exit code 0 is success (<c>new[] { "cat", "/tmp/healthy" }</c>).</summary>
        public string[]? Exec { get; set; }

        /// <summary>httpGet handler: the path requested (<c>/healthz</c>); status 200–399 is success. Needs <see cref="Port"/> or <see cref="PortName"/>.</summary>
        public string? HttpGet { get; set; }

        /// <summary>tcpSocket handler: success when a TCP connection opens. Needs <see cref="Port"/> or <see cref="PortName"/>.</summary>
        public bool TcpSocket { get; set; }

        /// <summary>grpc handler: the gRPC health-checking protocol. Needs a numeric <see cref="Port"/>.</summary>
        public bool Grpc { get; set; }

        /// <summary>The port probed (httpGet, tcpSocket, grpc), 1–65535.</summary>
        public int Port { get; set; }

        /// <summary>The port probed by name (httpGet, tcpSocket): a <see cref="ContainerPortAttribute.Name"/> of this container.</summary>
        public string? PortName { get; set; }

        /// <summary>The host to connect to (httpGet, tcpSocket); default: the pod IP.</summary>
        public string? Host { get; set; }

        /// <summary>httpGet: <c>HTTP</c> or <c>HTTPS</c> (default HTTP).</summary>
        public HttpScheme Scheme { get; set; }

        /// <summary>httpGet: request headers, each <c>"Name: value"</c>.</summary>
        public string[]? HttpHeaders { get; set; }

        /// <summary>grpc: the service name sent in the health check request.</summary>
        public string? GrpcService { get; set; }

        /// <summary><c>initialDelaySeconds</c>: wait after the container starts before the first probe (default 0).</summary>
        public int InitialDelaySeconds { get; set; }

        /// <summary><c>timeoutSeconds</c>: how long one probe may take (default 1).</summary>
        public int TimeoutSeconds { get; set; }

        /// <summary><c>periodSeconds</c>: how often to probe (default 10).</summary>
        public int PeriodSeconds { get; set; }

        /// <summary><c>successThreshold</c>: consecutive successes to count as healthy again (default 1; must be 1 for liveness and startup).</summary>
        public int SuccessThreshold { get; set; }

        /// <summary><c>failureThreshold</c>: consecutive failures before acting (default 3).</summary>
        public int FailureThreshold { get; set; }

        /// <summary><c>terminationGracePeriodSeconds</c>: grace period when this probe kills the container (liveness and startup only; &gt; 0).</summary>
        public long TerminationGracePeriodSeconds { get; set; }
    }

    /// <summary>
    /// <c>livenessProbe</c>: when it fails <c>FailureThreshold</c> times, the kubelet kills the container and the pod's
    /// restart policy decides whether it comes back.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class LivenessProbeAttribute : ProbeAttribute
    {
    }

    /// <summary><c>readinessProbe</c>: while it fails, the pod is removed from Service endpoints; the container is not restarted.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class ReadinessProbeAttribute : ProbeAttribute
    {
    }

    /// <summary><c>startupProbe</c>: liveness and readiness wait until it succeeds once; if it keeps failing the container is killed.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class StartupProbeAttribute : ProbeAttribute
    {
    }
}

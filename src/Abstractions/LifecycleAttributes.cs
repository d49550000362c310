using System;

namespace ProbeGen
{
    /// <summary>
    /// The container's <c>lifecycle.preStop</c> hook, on the class that carries its <c>[Container]</c>: run before the
    /// container is sent SIGTERM, within <c>terminationGracePeriodSeconds</c>. Set one handler: <c>Exec</c>,
    /// <c>HttpGet</c> (with <c>Port</c> or <c>PortName</c>), <c>TcpSocketPort</c> or <c>SleepSeconds</c>.
    /// </summary>
    /// <example>
    /// <code>
    /// [Container("web", "nginx:1.27")]
    /// [PreStop(Exec = new[] { "nginx", "-s", "quit" })]
    /// [PostStart(HttpGet = "/warm", Port = 8080)]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class PreStopAttribute : Attribute
    {
        /// <summary><c>exec.command</c>: the command run in the container (not in a shell: <c>new[] { "sh", "-c", "…" }</c> for one).</summary>
        public string[]? Exec { get; set; }

        /// <summary><c>httpGet.path</c>: the path requested (<c>"/shutdown"</c>); with <c>Port</c> or <c>PortName</c>.</summary>
        public string? HttpGet { get; set; }

        /// <summary><c>httpGet.port</c> as a number, 1–65535.</summary>
        public int Port { get; set; }

        /// <summary><c>httpGet.port</c> as the name of a container port (<c>"http"</c>).</summary>
        public string? PortName { get; set; }

        /// <summary><c>httpGet.host</c>. Unset: the pod's IP.</summary>
        public string? Host { get; set; }

        /// <summary><c>httpGet.scheme</c>. Unset: <c>HTTP</c>.</summary>
        public HttpScheme Scheme { get; set; }

        /// <summary><c>tcpSocket.port</c>, 1–65535 (kept for compatibility: the kubelet does not run a tcpSocket hook).</summary>
        public int TcpSocketPort { get; set; }

        /// <summary><c>sleep.seconds</c>: the kubelet waits this long, 0 to <c>terminationGracePeriodSeconds</c>.</summary>
        public long SleepSeconds { get; set; }
    }

    /// <summary>
    /// The container's <c>lifecycle.postStart</c> hook, on the class that carries its <c>[Container]</c>: run right after
    /// the container is created (the container is not Running until it returns). Set one handler: <c>Exec</c>,
    /// <c>HttpGet</c> (with <c>Port</c> or <c>PortName</c>), <c>TcpSocketPort</c> or <c>SleepSeconds</c>.
    /// </summary>
    /// <example>
    /// <code>
    /// [Container("web", "nginx:1.27")]
    /// [PostStart(Exec = new[] { "sh", "-c", "cp /config/* /etc/app/" })]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class PostStartAttribute : Attribute
    {
        /// <summary><c>exec.command</c>: the command run in the container (not in a shell: <c>new[] { "sh", "-c", "…" }</c> for one).</summary>
        public string[]? Exec { get; set; }

        /// <summary><c>httpGet.path</c>: the path requested; with <c>Port</c> or <c>PortName</c>.</summary>
        public string? HttpGet { get; set; }

        /// <summary><c>httpGet.port</c> as a number, 1–65535.</summary>
        public int Port { get; set; }

        /// <summary><c>httpGet.port</c> as the name of a container port (<c>"http"</c>).</summary>
        public string? PortName { get; set; }

        /// <summary><c>httpGet.host</c>. Unset: the pod's IP.</summary>
        public string? Host { get; set; }

        /// <summary><c>httpGet.scheme</c>. Unset: <c>HTTP</c>.</summary>
        public HttpScheme Scheme { get; set; }

        /// <summary><c>tcpSocket.port</c>, 1–65535 (kept for compatibility: the kubelet does not run a tcpSocket hook).</summary>
        public int TcpSocketPort { get; set; }

        /// <summary><c>sleep.seconds</c>: the kubelet waits this long, 0 to <c>terminationGracePeriodSeconds</c>.</summary>
        public long SleepSeconds { get; set; }
    }
}

using System.Globalization;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Lifecycle
{
    /// <summary>The prober's failure output per handler, in the kubelet's wording (the Pod's IP shown as 10.0.0.1).</summary>
    internal static class ProbeMessages
    {
        private const string PodIp = "10.0.0.1";

        public static string Kind(ProbeKind kind) => kind switch
        {
            ProbeKind.Liveness => "Liveness",
            ProbeKind.Readiness => "Readiness",
            _ => "Startup",
        };

        public static string Failure(ProbeSpec probe)
        {
            if (probe.Exec is { } exec) return "command \"" + string.Join(" ", exec.Command) + "\" exited with a non-zero code";
            if (probe.HttpGet is not null) return "HTTP probe failed with statuscode: 500";
            if (probe.TcpSocket is { } tcp) return "dial tcp " + (tcp.Host ?? PodIp) + ":" + tcp.Port + ": connect: connection refused";
            if (probe.Grpc is not null) return "service unhealthy (responded with \"NOT_SERVING\")";
            return "probe failed";
        }

        public static string Timeout(ProbeSpec probe)
        {
            string seconds = probe.EffectiveTimeoutSeconds.ToString(CultureInfo.InvariantCulture) + "s";
            if (probe.Exec is { } exec) return "command \"" + string.Join(" ", exec.Command) + "\" timed out";
            if (probe.HttpGet is { } http)
            {
                string scheme = http.Scheme is { Length: > 0 } s ? s.ToLowerInvariant() : "http";
                string path = http.Path is { Length: > 0 } p ? (p.StartsWith("/", System.StringComparison.Ordinal) ? p : "/" + p) : "/";
                return "Get \"" + scheme + "://" + (http.Host ?? PodIp) + ":" + http.Port + path + "\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)";
            }
            if (probe.TcpSocket is { } tcp) return "dial tcp " + (tcp.Host ?? PodIp) + ":" + tcp.Port + ": i/o timeout";
            if (probe.Grpc is not null) return "timeout: health rpc did not complete within " + seconds;
            return "timeout after " + seconds;
        }
    }
}

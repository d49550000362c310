using System.Linq;
using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation
{
    /// <summary>What a probe actually hits, with named ports resolved through the container's declared ports.</summary>
    public static class ProbeTargets
    {
        /// <summary>
        /// The declared port a probe port refers to (by name, or by number), or null. A number declared for several
        /// protocols (53/UDP and 53/TCP) resolves to the TCP one: probes connect over TCP.
        /// </summary>
        public static ContainerPortSpec? Declared(ContainerSpec container, PortRef? port)
        {
            if (port is null) return null;
            ContainerPortSpec? first = null;
            foreach (var p in container.Ports)
            {
                if (!(port.Name is not null ? p.Name == port.Name : p.ContainerPort == port.Number)) continue;
                if (p.Protocol is null or "TCP") return p;
                first ??= p;
            }
            return first;
        }

        /// <summary>The port number a probe port resolves to, or null when a name resolves to nothing.</summary>
        public static int? Number(ContainerSpec container, PortRef? port) =>
            port is null ? null : port.Name is null ? port.Number : Declared(container, port)?.ContainerPort;

        /// <summary>The probe's port, whatever its handler (exec has none).</summary>
        public static PortRef? Port(ProbeSpec probe) =>
            probe.HttpGet?.Port ?? probe.TcpSocket?.Port ?? (probe.Grpc?.Port is int g ? PortRef.FromNumber(g) : null);

        /// <summary>
        /// True when two probes check the same thing: same handler, same command or request, same resolved port.
        /// A named and a numeric port are the same target when the name resolves to that number.
        /// </summary>
        public static bool SameTarget(ContainerSpec container, ProbeSpec a, ProbeSpec b)
        {
            if (a.HandlerCount != 1 || b.HandlerCount != 1) return false;
            if (a.Exec is { } ea) return b.Exec is { } eb && ea.Command == eb.Command;
            if (a.HttpGet is { } ha)
            {
                return b.HttpGet is { } hb
                    && (ha.Path ?? "/") == (hb.Path ?? "/")
                    && (ha.Scheme ?? "HTTP") == (hb.Scheme ?? "HTTP")
                    && ha.Host == hb.Host
                    && ha.Headers.SequenceEqual(hb.Headers)
                    && SamePort(container, ha.Port, hb.Port);
            }
            if (a.TcpSocket is { } ta) return b.TcpSocket is { } tb && ta.Host == tb.Host && SamePort(container, ta.Port, tb.Port);
            if (a.Grpc is { } ga) return b.Grpc is { } gb && ga.Port == gb.Port && ga.Service == gb.Service;
            return false;
        }

        private static bool SamePort(ContainerSpec container, PortRef? a, PortRef? b)
        {
            if (a == b) return true;
            int? na = Number(container, a), nb = Number(container, b);
            return na is not null && na == nb;
        }

        /// <summary>How long a probe must keep failing before it acts: failureThreshold × periodSeconds (API defaults for unset).</summary>
        public static long FailureWindowSeconds(ProbeSpec p) => (long)p.EffectiveFailureThreshold * p.EffectivePeriodSeconds;
    }
}

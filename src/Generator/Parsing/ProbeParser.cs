using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ProbeGen.Core.Model;
using ProbeGen.Core.Validation;

namespace ProbeGen.Generator.Parsing
{
    /// <summary>
    /// A probe attribute → <see cref="ProbeSpec"/>. The attribute has one flat set of arguments; each handler takes the
    /// ones it understands, and an argument no chosen handler reads is PG0007 (it would be silently lost).
    /// </summary>
    internal static class ProbeParser
    {
        public static ProbeSpec Parse(Args a, ProbeKind kind, string path, ParseSession s)
        {
            if (s.WantLocations) s.Map(path, a.Location);
            var execArg = a.Named("Exec");
            bool hasExec = execArg is { IsNull: false };
            var exec = hasExec ? ValueReader.StringArray(execArg, "Exec", a.NamedLocation("Exec"), s) : default;
            string? httpPath = ValueReader.OptionalString(a.Named("HttpGet"), "HttpGet", a.NamedLocation("HttpGet"), s);
            bool hasHttp = a.Named("HttpGet") is { IsNull: false };
            bool hasTcp = ValueReader.OptionalBool(a.Named("TcpSocket"), s) == true;
            bool hasGrpc = ValueReader.OptionalBool(a.Named("Grpc"), s) == true;

            int? port = a.HasNamed("Port") ? ValueReader.OptionalInt(a.Named("Port"), s) : null;
            string? portName = ValueReader.OptionalString(a.Named("PortName"), "PortName", a.NamedLocation("PortName"), s);
            string? host = ValueReader.OptionalString(a.Named("Host"), "Host", a.NamedLocation("Host"), s);
            string? scheme = ValueReader.Enum(a.Named("Scheme"), "HttpScheme", WorkloadParser.SchemeMemberList, WorkloadParser.SchemeValueList, "Scheme", a.NamedLocation("Scheme"), s);
            var headerLines = ValueReader.StringArray(a.Named("HttpHeaders"), "HttpHeaders", a.NamedLocation("HttpHeaders"), s);
            string? grpcService = ValueReader.OptionalString(a.Named("GrpcService"), "GrpcService", a.NamedLocation("GrpcService"), s);

            string probeName = "[" + kind + "Probe]";
            if (port is not null && portName is not null)
            {
                s.Report(RuleCatalog.PortAndPortName, a.NamedLocation("PortName"),
                    probeName + " sets both Port and PortName: a probe targets one port, by number or by name");
            }
            void NotUsed(string arg, string needs)
            {
                s.Report(RuleCatalog.HandlerArgumentMismatch, a.NamedLocation(arg),
                    probeName + ": " + arg + " is used only by " + needs + ", which this probe does not use; it would not be written to the manifest");
            }
            if (scheme is not null && !hasHttp) NotUsed("Scheme", "HttpGet");
            if (!headerLines.IsDefault && !hasHttp) NotUsed("HttpHeaders", "HttpGet");
            if (grpcService is not null && !hasGrpc) NotUsed("GrpcService", "Grpc = true");
            if (host is not null && !hasHttp && !hasTcp) NotUsed("Host", "HttpGet and TcpSocket");
            if (port is not null && !hasHttp && !hasTcp && !hasGrpc) NotUsed("Port", "HttpGet, TcpSocket and Grpc");
            if (portName is not null && !hasHttp && !hasTcp)
            {
                if (hasGrpc)
                {
                    s.Report(RuleCatalog.HandlerArgumentMismatch, a.NamedLocation("PortName"),
                        probeName + ": a gRPC probe's port is a number (grpc.port is an int32 in Kubernetes); use Port instead of PortName");
                }
                else
                {
                    NotUsed("PortName", "HttpGet and TcpSocket");
                }
            }

            var headers = new List<HttpHeaderSpec>();
            for (int i = 0; i < headerLines.Count; i++)
            {
                string line = headerLines[i];
                int colon = line.IndexOf(':');
                if (colon < 0)
                {
                    s.Report(RuleCatalog.HttpHeaderFormat, a.NamedLocation("HttpHeaders"),
                        probeName + ": HttpHeaders[" + i.ToString(CultureInfo.InvariantCulture) + "] \"" + line + "\" is not in the form \"Name: value\"");
                    continue;
                }
                headers.Add(new HttpHeaderSpec(line.Substring(0, colon), line.Substring(colon + 1).TrimStart(' ', '\t')));
            }

            var portRef = portName is not null ? PortRef.FromName(portName) : port is int p ? PortRef.FromNumber(p) : null;
            Location? portLocation = portName is not null ? a.NamedLocation("PortName") : port is not null ? a.NamedLocation("Port") : null;

            ExecActionSpec? execSpec = null;
            if (hasExec)
            {
                if (s.WantLocations) s.Map(path + ".exec", a.NamedLocation("Exec"));
                execSpec = new ExecActionSpec(exec.IsDefault ? EquatableArray<string>.Empty : exec);
            }
            HttpGetActionSpec? http = null;
            if (hasHttp)
            {
                if (s.WantLocations) s.Map(path + ".httpGet", a.NamedLocation("HttpGet"));
                if (s.WantLocations) s.Map(path + ".httpGet.path", a.NamedLocation("HttpGet"));
                if (s.WantLocations) s.Map(path + ".httpGet.port", portLocation);
                if (s.WantLocations) s.Map(path + ".httpGet.host", a.NamedLocation("Host"));
                if (s.WantLocations) s.Map(path + ".httpGet.scheme", a.NamedLocation("Scheme"));
                if (s.WantLocations) s.Map(path + ".httpGet.httpHeaders", a.NamedLocation("HttpHeaders"));
                http = new HttpGetActionSpec(httpPath, portRef, host, scheme, headerLines.IsDefault ? default : EquatableArray.From(headers));
            }
            TcpSocketActionSpec? tcp = null;
            if (hasTcp)
            {
                if (s.WantLocations) s.Map(path + ".tcpSocket", a.NamedLocation("TcpSocket"));
                if (s.WantLocations) s.Map(path + ".tcpSocket.port", portLocation);
                if (s.WantLocations) s.Map(path + ".tcpSocket.host", a.NamedLocation("Host"));
                tcp = new TcpSocketActionSpec(portRef, host);
            }
            GrpcActionSpec? grpc = null;
            if (hasGrpc)
            {
                if (s.WantLocations) s.Map(path + ".grpc", a.NamedLocation("Grpc"));
                if (s.WantLocations) s.Map(path + ".grpc.port", a.NamedLocation("Port"));
                if (s.WantLocations) s.Map(path + ".grpc.service", a.NamedLocation("GrpcService"));
                grpc = new GrpcActionSpec(port, grpcService);
            }

            // The timings: generated from Mapping.cs (WorkloadParser.g.cs).
            return WorkloadParser.ReadProbeAttributeProbe(a, path, s, new ProbeSpec(execSpec, http, tcp, grpc));
        }
    }
}

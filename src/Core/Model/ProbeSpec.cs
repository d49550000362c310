namespace ProbeGen.Core.Model
{
    /// <summary>Which of a container's three probes a <see cref="ProbeSpec"/> is.</summary>
    public enum ProbeKind
    {
        Liveness,
        Readiness,
        Startup,
    }

    public sealed record ExecActionSpec(EquatableArray<string> Command);

    public sealed record HttpHeaderSpec(string Name, string Value);

    public sealed record HttpGetActionSpec(string? Path, PortRef? Port, string? Host, string? Scheme, EquatableArray<HttpHeaderSpec> Headers);

    public sealed record TcpSocketActionSpec(PortRef? Port, string? Host);

    public sealed record GrpcActionSpec(int? Port, string? Service);

    /// <summary>
    /// A probe exactly as written: every handler the user set (so the rules can see two), and every timing the user
    /// wrote (null = not written, so the API server's default applies and nothing is emitted). The timings are
    /// init-only properties generated from eng/SchemaGen/Mapping.cs (Records.g.cs).
    /// </summary>
    public sealed partial record ProbeSpec(
        ExecActionSpec? Exec,
        HttpGetActionSpec? HttpGet,
        TcpSocketActionSpec? TcpSocket,
        GrpcActionSpec? Grpc)
    {
        /// <summary>The API server's defaults (SetDefaults_Probe), used when rules reason about timings.</summary>
        public const int DefaultTimeoutSeconds = 1, DefaultPeriodSeconds = 10, DefaultSuccessThreshold = 1, DefaultFailureThreshold = 3;

        public int HandlerCount => (Exec is null ? 0 : 1) + (HttpGet is null ? 0 : 1) + (TcpSocket is null ? 0 : 1) + (Grpc is null ? 0 : 1);

        /// <summary>Effective values after the API server's defaulting (0 or unset means the default).</summary>
        public int EffectivePeriodSeconds => PeriodSeconds is int p && p > 0 ? p : DefaultPeriodSeconds;
        public int EffectiveTimeoutSeconds => TimeoutSeconds is int t && t > 0 ? t : DefaultTimeoutSeconds;
        public int EffectiveSuccessThreshold => SuccessThreshold is int s && s > 0 ? s : DefaultSuccessThreshold;
        public int EffectiveFailureThreshold => FailureThreshold is int f && f > 0 ? f : DefaultFailureThreshold;
    }
}

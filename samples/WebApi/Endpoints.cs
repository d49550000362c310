namespace WebApi;

/// <summary>
/// The health endpoints and the port, written once: the app maps them and the Deployment's probes target them,
/// so the probes cannot drift from the code.
/// </summary>
public static class Endpoints
{
    /// <summary>Where Kestrel listens in the container (the .NET 8+ container default, set explicitly below).</summary>
    public const int HttpPort = 8080;

    public const string HttpPortText = "8080";

    /// <summary>Liveness: the process is up and serving requests at all.</summary>
    public const string Liveness = "/healthz";

    /// <summary>Readiness: the app has finished starting and can take traffic.</summary>
    public const string Readiness = "/ready";
}

namespace BankOfAnthos;

/// <summary>
/// What the services share, named once: the label values every object carries, the release's image registry and
/// version, the service account and the ConfigMaps (published beside the workloads, still YAML).
/// </summary>
internal static class Release
{
    public const string Application = "bank-of-anthos";
    public const string Environment = "development";
    public const string Version = "v0.6.10";

    /// <summary>Images are pinned by digest too: the tag says which release, the digest what runs.</summary>
    public const string Registry = "us-central1-docker.pkg.dev/bank-of-anthos-ci/bank-of-anthos/";

    public const string ServiceAccount = "bank-of-anthos";

    /// <summary>Istio starts the app only once its sidecar is up, so the first outbound call does not fail.</summary>
    public const string HoldUntilProxyStarts = "{ \"holdApplicationUntilProxyStarts\": true }";

    /// <summary>The ConfigMaps the pods read whole (envFrom).</summary>
    public const string EnvironmentConfig = "environment-config";
    public const string ServiceApiConfig = "service-api-config";
    public const string DemoDataConfig = "demo-data-config";
    public const string AccountsDbConfig = "accounts-db-config";
    public const string LedgerDbConfig = "ledger-db-config";

    /// <summary>The Secret with the JWT key pair: userservice signs with the private key, the others verify with the public one.</summary>
    public const string JwtKeySecret = "jwt-key";
}

namespace BankOfAnthos;

/// <summary>The assembly's manifests (the generated catalogue is internal), for tools and tests that reference this project.</summary>
public static class ProbeGenCatalogue
{
    public static System.Collections.Generic.IReadOnlyList<ProbeGen.ManifestEntry> All => ProbeGen.Generated.Manifests.All;
}

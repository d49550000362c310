using System;

namespace ProbeGen.Tests;

/// <summary>
/// One workload with every volume source and mount, shared by VolumeAttributeGeneratorTests (YAML, kubectl) and
/// VolumeAttributeDiagnosticsTests (no diagnostic), so the two cannot drift apart.
/// </summary>
internal static class VolumeSources
{
    public const string EveryVolumeSourceAndMount = """
        using ProbeGen;

        namespace Shop;

        [Deployment("web")]
        [ConfigMapVolume("config", ConfigMap = "web-config", DefaultMode = "0644", Optional = true)]
        [SecretVolume("tls", SecretName = "web-tls", DefaultMode = "0400")]
        [EmptyDirVolume("cache", Medium = "Memory", SizeLimit = "256Mi")]
        [EmptyDirVolume("scratch")]
        [PersistentVolumeClaimVolume("data", ClaimName = "web-data", ReadOnly = true)]
        [HostPathVolume("logs", Path = "/var/log", Type = HostPathType.DirectoryOrCreate)]
        [CsiVolume("secrets", Driver = "secrets-store.csi.k8s.io", ReadOnly = true, NodePublishSecret = "creds")]
        [Set("spec.template.spec.volumes[6].csi.volumeAttributes['secretProviderClass']", "vault")]
        [DownwardApiVolume("podinfo", DefaultMode = "0444")]
        [Set("spec.template.spec.volumes[7].downwardAPI.items[0].path", "labels")]
        [Set("spec.template.spec.volumes[7].downwardAPI.items[0].fieldRef.fieldPath", "metadata.labels")]
        [ProjectedVolume("token")]
        [EphemeralVolume("work", AccessModes = new[] { "ReadWriteOnce" }, Storage = "1Gi", StorageClassName = "fast")]
        [Set("spec.template.spec.volumes[8].projected.sources[0].serviceAccountToken.path", "token")]
        [Set("spec.template.spec.volumes[8].projected.sources[0].serviceAccountToken.expirationSeconds", 3600)]
        [Set("spec.template.spec.volumes[10].name", "shared")]
        [Set("spec.template.spec.volumes[10].nfs.server", "nfs.example.com")]
        [Set("spec.template.spec.volumes[10].nfs.path", "/exports")]
        [Container("web", "nginx:1.27")]
        [VolumeMount("config", "/etc/nginx/conf.d", ReadOnly = true)]
        [VolumeMount("tls", "/etc/tls", ReadOnly = true, RecursiveReadOnly = RecursiveReadOnly.IfPossible)]
        [VolumeMount("data", "/srv", SubPath = "www")]
        public partial class Web
        {
            [Container("sidecar", "busybox:1.36")]
            [EnvFromField("POD_NAME", "metadata.name")]
            [VolumeMount("logs", "/logs", SubPathExpr = "$(POD_NAME)", MountPropagation = MountPropagation.HostToContainer)]
            [VolumeMount("scratch", "/scratch")]
            [VolumeMount("cache", "/cache")]
            [VolumeMount("podinfo", "/etc/podinfo")]
            [VolumeMount("token", "/var/run/secrets/tokens")]
            [VolumeMount("secrets", "/mnt/secrets")]
            [VolumeMount("shared", "/shared")]
            [VolumeMount("work", "/work")]
            public partial class Sidecar { }

            [InitContainer("init", "busybox:1.36")]
            [VolumeMount("scratch", "/scratch")]
            public partial class Init { }
        }
        """;

    /// <summary>
    /// The analyzer test's spelling: no namespace, and without the csi volumeAttributes [Set], StorageClassName and
    /// expirationSeconds the generator test adds. Each removal must match, so an edit above cannot silently skip it.
    /// </summary>
    public static string WithoutNamespaceAndExtras { get; } = EveryVolumeSourceAndMount
        .Without("\n\nnamespace Shop;\n\n", "\n")
        .Without("[Set(\"spec.template.spec.volumes[6].csi.volumeAttributes['secretProviderClass']\", \"vault\")]\n", "")
        .Without(", StorageClassName = \"fast\"", "")
        .Without("[Set(\"spec.template.spec.volumes[8].projected.sources[0].serviceAccountToken.expirationSeconds\", 3600)]\n", "");

    private static string Without(this string source, string part, string with) =>
        source.Contains(part, StringComparison.Ordinal) ? source.Replace(part, with, StringComparison.Ordinal)
            : throw new InvalidOperationException("VolumeSources: '" + part + "' is no longer in the shared source");
}

using System;

namespace ProbeGen
{
    // The pod's volumes: one attribute per source, so "exactly one source per volume" holds by construction. Each is one
    // item of spec.volumes, numbered in source order (the first volume attribute is volumes[0]); a [Set] volume of a
    // source without an attribute comes after them. File modes are octal strings ("0644"): C# has no octal literal, and
    // the decimal 0644 is 644, not the 420 Kubernetes means.

    /// <summary>
    /// A volume from a ConfigMap (<c>spec.volumes[i].configMap</c>): each key becomes a file. Repeatable; volumes are
    /// numbered in source order. Select keys with <c>[VolumeItem(name, key, path)]</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class ConfigMapVolumeAttribute : Attribute
    {
        /// <summary>Declares a ConfigMap volume.</summary>
        /// <param name="name">The volume name (a DNS label, unique in the pod) that <c>[VolumeMount]</c> refers to.</param>
        public ConfigMapVolumeAttribute(string name) => Name = name;

        /// <summary>The volume name.</summary>
        public string Name { get; }

        /// <summary><c>configMap.name</c>: the ConfigMap to read (required by the API server).</summary>
        public string? ConfigMap { get; set; }

        /// <summary><c>configMap.defaultMode</c>, in octal with its leading zero: <c>"0644"</c> (the YAML holds the decimal 420). Unset: 0644.</summary>
        public string? DefaultMode { get; set; }

        /// <summary><c>configMap.optional</c>: the pod starts even when the ConfigMap (or a key) is missing.</summary>
        public bool Optional { get; set; }
    }

    /// <summary>A volume from a Secret (<c>spec.volumes[i].secret</c>): each key becomes a file. Repeatable; volumes are numbered in source order. Select keys with <c>[VolumeItem(name, key, path)]</c>.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class SecretVolumeAttribute : Attribute
    {
        /// <summary>Declares a Secret volume.</summary>
        /// <param name="name">The volume name (a DNS label, unique in the pod).</param>
        public SecretVolumeAttribute(string name) => Name = name;

        /// <summary>The volume name.</summary>
        public string Name { get; }

        /// <summary><c>secret.secretName</c>: the Secret to read (required by the API server).</summary>
        public string? SecretName { get; set; }

        /// <summary><c>secret.defaultMode</c>, in octal with its leading zero: <c>"0400"</c> (the YAML holds the decimal 256). Unset: 0644.</summary>
        public string? DefaultMode { get; set; }

        /// <summary><c>secret.optional</c>: the pod starts even when the Secret (or a key) is missing.</summary>
        public bool Optional { get; set; }
    }

    /// <summary>A scratch volume that lives as long as the pod (<c>spec.volumes[i].emptyDir</c>). Repeatable; volumes are numbered in source order.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class EmptyDirVolumeAttribute : Attribute
    {
        /// <summary>Declares an emptyDir volume (<c>emptyDir: {}</c> when no argument is given).</summary>
        /// <param name="name">The volume name (a DNS label, unique in the pod).</param>
        public EmptyDirVolumeAttribute(string name) => Name = name;

        /// <summary>The volume name.</summary>
        public string Name { get; }

        /// <summary><c>emptyDir.medium</c>: <c>"Memory"</c> (tmpfs), <c>"HugePages"</c> or <c>"HugePages-2Mi"</c>; unset: the node's disk.</summary>
        public string? Medium { get; set; }

        /// <summary><c>emptyDir.sizeLimit</c>, a quantity (<c>"1Gi"</c>).</summary>
        public string? SizeLimit { get; set; }
    }

    /// <summary>A volume bound to a PersistentVolumeClaim (<c>spec.volumes[i].persistentVolumeClaim</c>). Repeatable; volumes are numbered in source order.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class PersistentVolumeClaimVolumeAttribute : Attribute
    {
        /// <summary>Declares a PersistentVolumeClaim volume.</summary>
        /// <param name="name">The volume name (a DNS label, unique in the pod).</param>
        public PersistentVolumeClaimVolumeAttribute(string name) => Name = name;

        /// <summary>The volume name.</summary>
        public string Name { get; }

        /// <summary><c>persistentVolumeClaim.claimName</c>: the claim in the pod's namespace (required by the API server).</summary>
        public string? ClaimName { get; set; }

        /// <summary><c>persistentVolumeClaim.readOnly</c>: force every mount read-only.</summary>
        public bool ReadOnly { get; set; }
    }

    /// <summary>A file or directory of the node (<c>spec.volumes[i].hostPath</c>). Repeatable; volumes are numbered in source order.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class HostPathVolumeAttribute : Attribute
    {
        /// <summary>Declares a hostPath volume.</summary>
        /// <param name="name">The volume name (a DNS label, unique in the pod).</param>
        public HostPathVolumeAttribute(string name) => Name = name;

        /// <summary>The volume name.</summary>
        public string Name { get; }

        /// <summary><c>hostPath.path</c> on the node (required by the API server, no <c>..</c>).</summary>
        public string? Path { get; set; }

        /// <summary><c>hostPath.type</c>: what must exist there. Unset: no check.</summary>
        public HostPathType Type { get; set; }
    }

    /// <summary>
    /// A volume of a CSI driver (<c>spec.volumes[i].csi</c>, e.g. the secrets-store driver). Repeatable; volumes are
    /// numbered in source order. <c>volumeAttributes</c> entries: <c>[Set("…volumes[i].csi.volumeAttributes['key']", …)]</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class CsiVolumeAttribute : Attribute
    {
        /// <summary>Declares a CSI volume.</summary>
        /// <param name="name">The volume name (a DNS label, unique in the pod).</param>
        public CsiVolumeAttribute(string name) => Name = name;

        /// <summary>The volume name.</summary>
        public string Name { get; }

        /// <summary><c>csi.driver</c>: the driver's name (<c>secrets-store.csi.k8s.io</c>; required by the API server).</summary>
        public string? Driver { get; set; }

        /// <summary><c>csi.fsType</c> (<c>ext4</c>); unset: the driver's default.</summary>
        public string? FsType { get; set; }

        /// <summary><c>csi.readOnly</c>.</summary>
        public bool ReadOnly { get; set; }

        /// <summary><c>csi.nodePublishSecretRef.name</c>: a Secret passed to the driver.</summary>
        public string? NodePublishSecret { get; set; }
    }

    /// <summary>
    /// A volume of the pod's own fields as files (<c>spec.volumes[i].downwardAPI</c>). Repeatable; volumes are numbered
    /// in source order. Its files: <c>[Set("…volumes[i].downwardAPI.items[0].path", …)]</c> and <c>…items[0].fieldRef.fieldPath</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class DownwardApiVolumeAttribute : Attribute
    {
        /// <summary>Declares a downwardAPI volume.</summary>
        /// <param name="name">The volume name (a DNS label, unique in the pod).</param>
        public DownwardApiVolumeAttribute(string name) => Name = name;

        /// <summary>The volume name.</summary>
        public string Name { get; }

        /// <summary><c>downwardAPI.defaultMode</c>, in octal with its leading zero (<c>"0644"</c>).</summary>
        public string? DefaultMode { get; set; }
    }

    /// <summary>
    /// A volume that projects several sources into one directory (<c>spec.volumes[i].projected</c>). Repeatable; volumes
    /// are numbered in source order. Its sources: <c>[Set("…volumes[i].projected.sources[0].serviceAccountToken.path", …)]</c> ….
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class ProjectedVolumeAttribute : Attribute
    {
        /// <summary>Declares a projected volume.</summary>
        /// <param name="name">The volume name (a DNS label, unique in the pod).</param>
        public ProjectedVolumeAttribute(string name) => Name = name;

        /// <summary>The volume name.</summary>
        public string Name { get; }

        /// <summary><c>projected.defaultMode</c>, in octal with its leading zero (<c>"0644"</c>).</summary>
        public string? DefaultMode { get; set; }
    }

    /// <summary>
    /// A volume backed by a PersistentVolumeClaim the pod creates and deletes with itself (<c>spec.volumes[i].ephemeral</c>,
    /// a generic ephemeral volume). Repeatable; volumes are numbered in source order. Other fields of its claim template:
    /// <c>[Set("…volumes[i].ephemeral.volumeClaimTemplate.spec.volumeMode", …)]</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class EphemeralVolumeAttribute : Attribute
    {
        /// <summary>Declares an ephemeral volume.</summary>
        /// <param name="name">The volume name (a DNS label, unique in the pod).</param>
        public EphemeralVolumeAttribute(string name) => Name = name;

        /// <summary>The volume name.</summary>
        public string Name { get; }

        /// <summary><c>volumeClaimTemplate.spec.accessModes</c> (<c>"ReadWriteOnce"</c> …; at least one is required by the API server).</summary>
        public string[]? AccessModes { get; set; }

        /// <summary><c>volumeClaimTemplate.spec.resources.requests.storage</c>, a quantity (<c>"1Gi"</c>; required by the API server).</summary>
        public string? Storage { get; set; }

        /// <summary><c>volumeClaimTemplate.spec.storageClassName</c>; unset: the cluster's default class.</summary>
        public string? StorageClassName { get; set; }
    }

    /// <summary>
    /// One file of a ConfigMap or Secret volume (<c>spec.volumes[i].configMap.items[j]</c> or <c>….secret.items[j]</c>):
    /// one key is written to the file at a path of its own in the volume instead of every key to a file of
    /// its own name. On the workload class, beside the volume; repeatable; a volume's items are numbered in source order.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class VolumeItemAttribute : Attribute
    {
        /// <summary>Projects one key of a volume to a file.</summary>
        /// <param name="volumeName">The name of a <c>[ConfigMapVolume]</c> or <c>[SecretVolume]</c> of this workload.</param>
        /// <param name="key">The ConfigMap's or Secret's key (<c>key</c>).</param>
        /// <param name="path">The file's path in the volume (<c>path</c>): relative, no <c>..</c>.</param>
        public VolumeItemAttribute(string volumeName, string key, string path)
        {
            VolumeName = volumeName;
            Key = key;
            Path = path;
        }

        /// <summary>The volume's name.</summary>
        public string VolumeName { get; }

        /// <summary>The key (<c>key</c>).</summary>
        public string Key { get; }

        /// <summary>The file's path in the volume (<c>path</c>).</summary>
        public string Path { get; }

        /// <summary><c>mode</c> of this file, in octal with its leading zero: <c>"0400"</c> (the YAML holds the decimal 256). Unset: the volume's DefaultMode.</summary>
        public string? Mode { get; set; }
    }

    /// <summary>
    /// Mounts one of the pod's volumes into this container (<c>volumeMounts[j]</c>), on the container's class. Repeatable;
    /// mounts are numbered in source order.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class VolumeMountAttribute : Attribute
    {
        /// <summary>Mounts a volume.</summary>
        /// <param name="volumeName">The name of a volume of the pod (<c>[ConfigMapVolume("config")]</c> …).</param>
        /// <param name="mountPath">Where in the container (an absolute path, unique in the container).</param>
        public VolumeMountAttribute(string volumeName, string mountPath)
        {
            VolumeName = volumeName;
            MountPath = mountPath;
        }

        /// <summary>The volume's name (<c>name</c>).</summary>
        public string VolumeName { get; }

        /// <summary>The mount path (<c>mountPath</c>).</summary>
        public string MountPath { get; }

        /// <summary><c>readOnly</c>.</summary>
        public bool ReadOnly { get; set; }

        /// <summary><c>subPath</c>: a relative path inside the volume to mount instead of its root (no <c>..</c>).</summary>
        public string? SubPath { get; set; }

        /// <summary><c>subPathExpr</c>: like <c>SubPath</c>, with <c>$(VAR)</c> expanded from the container's environment; not with <c>SubPath</c>.</summary>
        public string? SubPathExpr { get; set; }

        /// <summary><c>mountPropagation</c>. Unset: <c>None</c>.</summary>
        public MountPropagation MountPropagation { get; set; }

        /// <summary><c>recursiveReadOnly</c> (only with <c>ReadOnly = true</c>). Unset: <c>Disabled</c>.</summary>
        public RecursiveReadOnly RecursiveReadOnly { get; set; }
    }

    /// <summary>A hostPath volume's <c>type</c>: what the kubelet checks (or creates) at the path before mounting.</summary>
    public enum HostPathType
    {
        /// <summary><c>DirectoryOrCreate</c>: a directory, created (0755) when missing.</summary>
        DirectoryOrCreate,

        /// <summary><c>Directory</c>: an existing directory.</summary>
        Directory,

        /// <summary><c>FileOrCreate</c>: a file, created (0644) when missing.</summary>
        FileOrCreate,

        /// <summary><c>File</c>: an existing file.</summary>
        File,

        /// <summary><c>Socket</c>: an existing UNIX socket.</summary>
        Socket,

        /// <summary><c>CharDevice</c>: an existing character device.</summary>
        CharDevice,

        /// <summary><c>BlockDevice</c>: an existing block device.</summary>
        BlockDevice,
    }

    /// <summary>A volume mount's <c>mountPropagation</c>: whether mounts made later below it propagate between host and container.</summary>
    public enum MountPropagation
    {
        /// <summary><c>None</c> (the default): no propagation.</summary>
        None,

        /// <summary><c>HostToContainer</c>: the container sees mounts the host makes later.</summary>
        HostToContainer,

        /// <summary><c>Bidirectional</c>: both ways; only for privileged containers.</summary>
        Bidirectional,
    }

    /// <summary>A volume mount's <c>recursiveReadOnly</c>: whether a read-only mount is read-only all the way down.</summary>
    public enum RecursiveReadOnly
    {
        /// <summary><c>Disabled</c> (the default): only the top mount is read-only.</summary>
        Disabled,

        /// <summary><c>IfPossible</c>: recursively read-only where the runtime supports it.</summary>
        IfPossible,

        /// <summary><c>Enabled</c>: recursively read-only, or the pod fails to start where the runtime cannot.</summary>
        Enabled,
    }
}

using System;

namespace ProbeGen
{
    /// <summary>
    /// The container's <c>securityContext</c>, on the class that carries its <c>[Container]</c> or <c>[InitContainer]</c>.
    /// Only the arguments you write are emitted (unset: the pod's <c>[PodSecurityContext]</c>, else the runtime's default).
    /// Fields without an argument (<c>seLinuxOptions</c>, <c>windowsOptions</c>) are set with
    /// <c>[Set("securityContext.seLinuxOptions.level", "s0:c123,c456")]</c> on the same class.
    /// </summary>
    /// <example>
    /// <code>
    /// [Container("web", "nginx:1.27")]
    /// [SecurityContext(RunAsNonRoot = true, RunAsUser = 1000, ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false,
    ///     DropCapabilities = new[] { "ALL" }, SeccompProfile = SeccompProfileType.RuntimeDefault)]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class SecurityContextAttribute : Attribute
    {
        /// <summary><c>runAsNonRoot</c>: the kubelet refuses to start the container as UID 0.</summary>
        public bool RunAsNonRoot { get; set; }

        /// <summary><c>runAsUser</c>: the UID the entrypoint runs as, 0–4294967295.</summary>
        public long RunAsUser { get; set; }

        /// <summary><c>runAsGroup</c>: the primary GID, 0–4294967295.</summary>
        public long RunAsGroup { get; set; }

        /// <summary><c>readOnlyRootFilesystem</c>: the container's root filesystem is mounted read-only.</summary>
        public bool ReadOnlyRootFilesystem { get; set; }

        /// <summary><c>allowPrivilegeEscalation</c>: whether a process can gain more privileges than its parent (<c>no_new_privs</c> when false).</summary>
        public bool AllowPrivilegeEscalation { get; set; }

        /// <summary><c>privileged</c>: the container runs with the host's privileges (then <c>AllowPrivilegeEscalation</c> cannot be false).</summary>
        public bool Privileged { get; set; }

        /// <summary><c>procMount</c>. Unset: <c>Default</c>.</summary>
        public ProcMount ProcMount { get; set; }

        /// <summary><c>capabilities.add</c>: POSIX capabilities to add (<c>"NET_ADMIN"</c>).</summary>
        public string[]? AddCapabilities { get; set; }

        /// <summary><c>capabilities.drop</c>: POSIX capabilities to drop (<c>"ALL"</c>).</summary>
        public string[]? DropCapabilities { get; set; }

        /// <summary><c>seccompProfile.type</c>.</summary>
        public SeccompProfileType SeccompProfile { get; set; }

        /// <summary><c>seccompProfile.localhostProfile</c>: the profile's path under the kubelet's seccomp folder; with <c>SeccompProfile = SeccompProfileType.Localhost</c> only.</summary>
        public string? SeccompLocalhostProfile { get; set; }

        /// <summary><c>appArmorProfile.type</c>.</summary>
        public AppArmorProfileType AppArmorProfile { get; set; }

        /// <summary><c>appArmorProfile.localhostProfile</c>: the profile loaded on the node; with <c>AppArmorProfile = AppArmorProfileType.Localhost</c> only.</summary>
        public string? AppArmorLocalhostProfile { get; set; }
    }

    /// <summary>
    /// The pod's <c>securityContext</c>, on the workload class (for a controller, in its pod template): defaults for every
    /// container, and the volume ownership (<c>fsGroup</c>). Only the arguments you write are emitted. Fields without an
    /// argument (<c>sysctls</c>, <c>seLinuxOptions</c>, <c>windowsOptions</c>) are set with <c>[Set]</c>:
    /// <c>[Set("spec.securityContext.sysctls[0].name", "net.ipv4.ip_local_port_range")]</c>.
    /// </summary>
    /// <example>
    /// <code>
    /// [Deployment("web")]
    /// [PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, FsGroup = 2000, SeccompProfile = SeccompProfileType.RuntimeDefault)]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class PodSecurityContextAttribute : Attribute
    {
        /// <summary><c>runAsNonRoot</c>: the kubelet refuses to start any container as UID 0.</summary>
        public bool RunAsNonRoot { get; set; }

        /// <summary><c>runAsUser</c>: the UID every container's entrypoint runs as, 0–4294967295.</summary>
        public long RunAsUser { get; set; }

        /// <summary><c>runAsGroup</c>: the primary GID, 0–4294967295.</summary>
        public long RunAsGroup { get; set; }

        /// <summary><c>fsGroup</c>: the GID that owns the pod's volumes and is added to every container's groups, 0–4294967295.</summary>
        public long FsGroup { get; set; }

        /// <summary><c>fsGroupChangePolicy</c>. Unset: <c>Always</c>.</summary>
        public FsGroupChangePolicy FsGroupChangePolicy { get; set; }

        /// <summary><c>supplementalGroups</c>: more GIDs for every container's first process (<c>new long[] { 3000 }</c> or <c>[3000]</c>).</summary>
        public long[]? SupplementalGroups { get; set; }

        /// <summary><c>supplementalGroupsPolicy</c>. Unset: <c>Merge</c>.</summary>
        public SupplementalGroupsPolicy SupplementalGroupsPolicy { get; set; }

        /// <summary><c>seccompProfile.type</c>, for every container that sets none.</summary>
        public SeccompProfileType SeccompProfile { get; set; }

        /// <summary><c>seccompProfile.localhostProfile</c>; with <c>SeccompProfile = SeccompProfileType.Localhost</c> only.</summary>
        public string? SeccompLocalhostProfile { get; set; }

        /// <summary><c>appArmorProfile.type</c>, for every container that sets none.</summary>
        public AppArmorProfileType AppArmorProfile { get; set; }

        /// <summary><c>appArmorProfile.localhostProfile</c>; with <c>AppArmorProfile = AppArmorProfileType.Localhost</c> only.</summary>
        public string? AppArmorLocalhostProfile { get; set; }
    }
}

namespace ProbeGen
{
    /// <summary>A pod's <c>spec.restartPolicy</c>: what the kubelet does when a container exits or fails its liveness probe.</summary>
    public enum RestartPolicy
    {
        /// <summary><c>Always</c> (the API server's default): restart every container that exits, whatever its exit code. The Pod stays <c>Running</c>.</summary>
        Always,

        /// <summary><c>OnFailure</c>: restart containers that exit with a non-zero code or fail liveness; a clean exit ends them (<c>Succeeded</c>).</summary>
        OnFailure,

        /// <summary><c>Never</c>: never restart; a container killed by a failed liveness probe stays dead and the Pod goes <c>Failed</c>.</summary>
        Never,
    }

    /// <summary>An init container's <c>restartPolicy</c>; <c>Always</c> makes it a native sidecar that runs beside the containers.</summary>
    public enum ContainerRestartPolicy
    {
        /// <summary><c>Always</c>: a native sidecar (Kubernetes 1.29+); it may carry probes.</summary>
        Always,
    }

    /// <summary>A container's <c>imagePullPolicy</c>.</summary>
    public enum PullPolicy
    {
        /// <summary><c>Always</c>: pull on every container start.</summary>
        Always,

        /// <summary><c>IfNotPresent</c>: pull only when the node lacks the image.</summary>
        IfNotPresent,

        /// <summary><c>Never</c>: never pull; the image must already be on the node.</summary>
        Never,
    }

    /// <summary>A container's <c>terminationMessagePolicy</c>: where the message shown for a terminated container comes from.</summary>
    public enum TerminationMessagePolicy
    {
        /// <summary><c>File</c>: the file at <c>terminationMessagePath</c> (the API server's default).</summary>
        File,

        /// <summary><c>FallbackToLogsOnError</c>: that file, or the end of the container's log when it failed and the file is empty.</summary>
        FallbackToLogsOnError,
    }

    /// <summary>A container port's <c>protocol</c>.</summary>
    public enum PortProtocol
    {
        /// <summary><c>TCP</c> (the API server's default).</summary>
        Tcp,

        /// <summary><c>UDP</c>.</summary>
        Udp,

        /// <summary><c>SCTP</c>.</summary>
        Sctp,
    }

    /// <summary>An <c>httpGet</c> probe's <c>scheme</c>.</summary>
    public enum HttpScheme
    {
        /// <summary><c>HTTP</c> (the default).</summary>
        Http,

        /// <summary><c>HTTPS</c>; the kubelet does not verify the certificate.</summary>
        Https,
    }

    /// <summary>A Job's <c>completionMode</c>.</summary>
    public enum CompletionMode
    {
        /// <summary><c>NonIndexed</c> (the default): the Job is complete after <c>completions</c> successful pods, any of them.</summary>
        NonIndexed,

        /// <summary><c>Indexed</c>: each index 0 … completions-1 needs one successful pod.</summary>
        Indexed,
    }

    /// <summary>A CronJob's <c>concurrencyPolicy</c>: what happens when a run is due while the previous one is still running.</summary>
    public enum ConcurrencyPolicy
    {
        /// <summary><c>Allow</c> (the default): runs may overlap.</summary>
        Allow,

        /// <summary><c>Forbid</c>: skip the new run.</summary>
        Forbid,

        /// <summary><c>Replace</c>: stop the running job and start the new one.</summary>
        Replace,
    }

    /// <summary>A StatefulSet's <c>podManagementPolicy</c>: how its Pods are created and deleted.</summary>
    public enum PodManagementPolicy
    {
        /// <summary><c>OrderedReady</c> (the default): one Pod at a time, each after the previous one is Ready; deleted in reverse.</summary>
        OrderedReady,

        /// <summary><c>Parallel</c>: all Pods at once, without waiting for readiness.</summary>
        Parallel,
    }
    /// <summary>A <c>seccompProfile.type</c>: which seccomp filter the container's processes run under.</summary>
    public enum SeccompProfileType
    {
        /// <summary><c>Unconfined</c>: no seccomp filter.</summary>
        Unconfined,

        /// <summary><c>RuntimeDefault</c>: the container runtime's default profile (what the restricted Pod Security Standard asks for).</summary>
        RuntimeDefault,

        /// <summary><c>Localhost</c>: a profile file on the node, named by <c>SeccompLocalhostProfile</c>.</summary>
        Localhost,
    }

    /// <summary>An <c>appArmorProfile.type</c>: which AppArmor profile the container's processes run under.</summary>
    public enum AppArmorProfileType
    {
        /// <summary><c>Unconfined</c>: no AppArmor profile.</summary>
        Unconfined,

        /// <summary><c>RuntimeDefault</c>: the container runtime's default profile.</summary>
        RuntimeDefault,

        /// <summary><c>Localhost</c>: a profile loaded on the node, named by <c>AppArmorLocalhostProfile</c>.</summary>
        Localhost,
    }

    /// <summary>A container's <c>procMount</c>: how much of /proc is masked.</summary>
    public enum ProcMount
    {
        /// <summary><c>Default</c>: the runtime's masked and read-only paths (the API server's default).</summary>
        Default,

        /// <summary><c>Unmasked</c>: nothing masked; needs a user namespace (<c>hostUsers: false</c>).</summary>
        Unmasked,
    }

    /// <summary>A pod's <c>fsGroupChangePolicy</c>: when the kubelet changes the volumes' ownership to <c>fsGroup</c>.</summary>
    public enum FsGroupChangePolicy
    {
        /// <summary><c>OnRootMismatch</c>: only when the volume's root does not already match (faster for large volumes).</summary>
        OnRootMismatch,

        /// <summary><c>Always</c>: on every mount (the default).</summary>
        Always,
    }

    /// <summary>A pod's <c>supplementalGroupsPolicy</c>: how the containers' supplementary groups are computed.</summary>
    public enum SupplementalGroupsPolicy
    {
        /// <summary><c>Merge</c>: the image's /etc/group memberships plus the pod's groups (the default).</summary>
        Merge,

        /// <summary><c>Strict</c>: only the pod's groups.</summary>
        Strict,
    }
}

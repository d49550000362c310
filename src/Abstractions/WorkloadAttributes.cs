using System;

namespace ProbeGen
{
    /// <summary>
    /// Makes this <c>partial</c> class a Kubernetes <c>v1/Pod</c>. The build writes <c>&lt;name&gt;.pod.yaml</c> and the
    /// generator adds <c>ManifestYaml</c> (and <c>CreateManifest()</c> when the project references KubernetesClient).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class PodAttribute : Attribute
    {
        /// <summary>Declares a Pod.</summary>
        /// <param name="name">The Pod's <c>metadata.name</c>: a lowercase RFC 1123 subdomain (<c>my-app</c>), at most 253 characters.</param>
        public PodAttribute(string name) => Name = name;

        /// <summary>The Pod's <c>metadata.name</c>.</summary>
        public string Name { get; }

        /// <summary><c>metadata.namespace</c>, a lowercase RFC 1123 label. Unset: the namespace <c>kubectl apply</c> targets.</summary>
        public string? Namespace { get; set; }

        /// <summary>
        /// <c>metadata.generateName</c>: a prefix from which the API server makes a unique name (prefix + 5 random characters) when
        /// the name is empty: <c>[Job("", GenerateName = "migrate-")]</c>. Works with <c>kubectl create</c>, not <c>kubectl apply</c>.
        /// </summary>
        public string? GenerateName { get; set; }
    }

    /// <summary>
    /// Makes this <c>partial</c> class an <c>apps/v1 Deployment</c>; the pod-level and container attributes go into its
    /// pod template. <c>selector.matchLabels</c> and the template labels are the class's <see cref="LabelAttribute"/>s,
    /// or <c>app: &lt;name&gt;</c> when it has none.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class DeploymentAttribute : Attribute
    {
        /// <summary>Declares a Deployment.</summary>
        /// <param name="name">The Deployment's <c>metadata.name</c>: a lowercase RFC 1123 subdomain.</param>
        public DeploymentAttribute(string name) => Name = name;

        /// <summary>The Deployment's <c>metadata.name</c>.</summary>
        public string Name { get; }

        /// <summary><c>metadata.namespace</c>, a lowercase RFC 1123 label.</summary>
        public string? Namespace { get; set; }

        /// <summary>
        /// <c>metadata.generateName</c>: a prefix from which the API server makes a unique name (prefix + 5 random characters) when
        /// the name is empty: <c>[Job("", GenerateName = "migrate-")]</c>. Works with <c>kubectl create</c>, not <c>kubectl apply</c>.
        /// </summary>
        public string? GenerateName { get; set; }

        /// <summary>
        /// <c>false</c> would leave the pod template without labels; a Deployment's selector must select them, so it is an
        /// error here (PG0021): it exists so that a manifest without template labels imports as it is. Default <c>true</c>.
        /// </summary>
        public bool LabelPods { get; set; } = true;

        /// <summary><c>spec.replicas</c> (default 1), not negative.</summary>
        public int Replicas { get; set; }

        /// <summary><c>spec.minReadySeconds</c> (default 0), not negative.</summary>
        public int MinReadySeconds { get; set; }

        /// <summary><c>spec.revisionHistoryLimit</c> (default 10), not negative.</summary>
        public int RevisionHistoryLimit { get; set; }

        /// <summary><c>spec.progressDeadlineSeconds</c> (default 600), greater than <see cref="MinReadySeconds"/>.</summary>
        public int ProgressDeadlineSeconds { get; set; }
    }

    /// <summary>
    /// Makes this <c>partial</c> class a <c>batch/v1 Job</c>. A Job's pod needs <c>[RestartPolicy(RestartPolicy.OnFailure)]</c>
    /// or <c>Never</c>: Kubernetes defaults an unset policy to <c>Always</c> and rejects it.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class JobAttribute : Attribute
    {
        /// <summary>Declares a Job.</summary>
        /// <param name="name">The Job's <c>metadata.name</c>: a lowercase RFC 1123 subdomain.</param>
        public JobAttribute(string name) => Name = name;

        /// <summary>The Job's <c>metadata.name</c>.</summary>
        public string Name { get; }

        /// <summary><c>metadata.namespace</c>, a lowercase RFC 1123 label.</summary>
        public string? Namespace { get; set; }

        /// <summary>
        /// <c>metadata.generateName</c>: a prefix from which the API server makes a unique name (prefix + 5 random characters) when
        /// the name is empty: <c>[Job("", GenerateName = "migrate-")]</c>. Works with <c>kubectl create</c>, not <c>kubectl apply</c>.
        /// </summary>
        public string? GenerateName { get; set; }

        /// <summary>
        /// <c>false</c>: the pod template carries no labels (no <c>spec.template.metadata.labels</c>) instead of the
        /// workload's <c>[Label]</c>s; the Job controller labels its pods itself (<c>batch.kubernetes.io/job-name</c> …).
        /// Default <c>true</c>. Not with <c>[PodLabel]</c>s; an error on a Deployment, StatefulSet or DaemonSet (PG0021),
        /// whose selector must select the template's labels.
        /// </summary>
        public bool LabelPods { get; set; } = true;

        /// <summary><c>spec.backoffLimit</c>: retries before the Job is marked failed (default 6).</summary>
        public int BackoffLimit { get; set; }

        /// <summary><c>spec.completions</c>: successful pods needed.</summary>
        public int Completions { get; set; }

        /// <summary><c>spec.parallelism</c>: pods running at once.</summary>
        public int Parallelism { get; set; }

        /// <summary><c>spec.activeDeadlineSeconds</c>: the Job's time limit.</summary>
        public long ActiveDeadlineSeconds { get; set; }

        /// <summary><c>spec.ttlSecondsAfterFinished</c>: delete the finished Job after this long.</summary>
        public int TtlSecondsAfterFinished { get; set; }

        /// <summary>
        /// <c>spec.completionMode</c>: <c>NonIndexed</c> (the default) or <c>Indexed</c>, where each pod gets an index
        /// 0 … completions-1 (<c>JOB_COMPLETION_INDEX</c>) and <see cref="Completions"/> is required.
        /// </summary>
        public CompletionMode CompletionMode { get; set; }

        /// <summary><c>spec.backoffLimitPerIndex</c>: retries per index of an <c>Indexed</c> Job, instead of one limit for the whole Job.</summary>
        public int BackoffLimitPerIndex { get; set; }

        /// <summary><c>spec.maxFailedIndexes</c>: with <see cref="BackoffLimitPerIndex"/>, the Job fails once more indexes than this have failed; at most <see cref="Completions"/>.</summary>
        public int MaxFailedIndexes { get; set; }
    }

    /// <summary>Makes this <c>partial</c> class a <c>batch/v1 CronJob</c>; the Job arguments describe its job template.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class CronJobAttribute : Attribute
    {
        /// <summary>Declares a CronJob.</summary>
        /// <param name="name">The CronJob's <c>metadata.name</c>: a lowercase RFC 1123 subdomain of at most 52 characters.</param>
        /// <param name="schedule">A 5-field cron schedule (<c>*/5 * * * *</c>) or a macro such as <c>@hourly</c>.</param>
        public CronJobAttribute(string name, string schedule)
        {
            Name = name;
            Schedule = schedule;
        }

        /// <summary>The CronJob's <c>metadata.name</c>.</summary>
        public string Name { get; }

        /// <summary><c>spec.schedule</c>.</summary>
        public string Schedule { get; }

        /// <summary><c>metadata.namespace</c>, a lowercase RFC 1123 label.</summary>
        public string? Namespace { get; set; }

        /// <summary>
        /// <c>metadata.generateName</c>: a prefix from which the API server makes a unique name (prefix + 5 random characters) when
        /// the name is empty: <c>[Job("", GenerateName = "migrate-")]</c>. Works with <c>kubectl create</c>, not <c>kubectl apply</c>.
        /// </summary>
        public string? GenerateName { get; set; }

        /// <summary>
        /// <c>false</c>: the pod template carries no labels (no <c>spec.template.metadata.labels</c>) instead of the
        /// workload's <c>[Label]</c>s; the Job controller labels its pods itself (<c>batch.kubernetes.io/job-name</c> …).
        /// Default <c>true</c>. Not with <c>[PodLabel]</c>s; an error on a Deployment, StatefulSet or DaemonSet (PG0021),
        /// whose selector must select the template's labels.
        /// </summary>
        public bool LabelPods { get; set; } = true;

        /// <summary><c>spec.timeZone</c>: an IANA time zone such as <c>Europe/Paris</c> (not <c>Local</c>).</summary>
        public string? TimeZone { get; set; }

        /// <summary><c>spec.concurrencyPolicy</c> (default <see cref="ProbeGen.ConcurrencyPolicy.Allow"/>).</summary>
        public ConcurrencyPolicy ConcurrencyPolicy { get; set; }

        /// <summary><c>spec.startingDeadlineSeconds</c>.</summary>
        public long StartingDeadlineSeconds { get; set; }

        /// <summary><c>spec.successfulJobsHistoryLimit</c> (default 3).</summary>
        public int SuccessfulJobsHistoryLimit { get; set; }

        /// <summary><c>spec.failedJobsHistoryLimit</c> (default 1).</summary>
        public int FailedJobsHistoryLimit { get; set; }

        /// <summary><c>spec.suspend</c>.</summary>
        public bool Suspend { get; set; }

        /// <summary>The job template's <c>spec.backoffLimit</c>.</summary>
        public int BackoffLimit { get; set; }

        /// <summary>The job template's <c>spec.completions</c>.</summary>
        public int Completions { get; set; }

        /// <summary>The job template's <c>spec.parallelism</c>.</summary>
        public int Parallelism { get; set; }

        /// <summary>The job template's <c>spec.activeDeadlineSeconds</c>.</summary>
        public long ActiveDeadlineSeconds { get; set; }

        /// <summary>The job template's <c>spec.ttlSecondsAfterFinished</c>.</summary>
        public int TtlSecondsAfterFinished { get; set; }

        /// <summary>The job template's <c>spec.completionMode</c> (<c>Indexed</c> needs <see cref="Completions"/>).</summary>
        public CompletionMode CompletionMode { get; set; }

        /// <summary>The job template's <c>spec.backoffLimitPerIndex</c> (with <c>Indexed</c> only).</summary>
        public int BackoffLimitPerIndex { get; set; }

        /// <summary>The job template's <c>spec.maxFailedIndexes</c> (with <see cref="BackoffLimitPerIndex"/>, at most <see cref="Completions"/>).</summary>
        public int MaxFailedIndexes { get; set; }
    }

    /// <summary>
    /// Makes this <c>partial</c> class an <c>apps/v1 StatefulSet</c>: Pods with stable names (<c>&lt;name&gt;-0</c>, <c>-1</c> …)
    /// created in order. The pod-level and container attributes go into its pod template; <c>selector.matchLabels</c> and the
    /// template labels are the class's <see cref="LabelAttribute"/>s, or <c>app: &lt;name&gt;</c> when it has none.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class StatefulSetAttribute : Attribute
    {
        /// <summary>Declares a StatefulSet.</summary>
        /// <param name="name">The StatefulSet's <c>metadata.name</c>: a lowercase RFC 1123 <b>label</b> (no dots, at most 63 characters).</param>
        public StatefulSetAttribute(string name) => Name = name;

        /// <summary>The StatefulSet's <c>metadata.name</c>.</summary>
        public string Name { get; }

        /// <summary><c>metadata.namespace</c>, a lowercase RFC 1123 label.</summary>
        public string? Namespace { get; set; }

        /// <summary>
        /// <c>metadata.generateName</c>: a prefix from which the API server makes a unique name (prefix + 5 random characters) when
        /// the name is empty. Works with <c>kubectl create</c>, not <c>kubectl apply</c>.
        /// </summary>
        public string? GenerateName { get; set; }

        /// <summary>
        /// <c>false</c> would leave the pod template without labels; a StatefulSet's selector must select them, so it is an
        /// error here (PG0021): it exists so that a manifest without template labels imports as it is. Default <c>true</c>.
        /// </summary>
        public bool LabelPods { get; set; } = true;

        /// <summary><c>spec.replicas</c> (default 1), not negative.</summary>
        public int Replicas { get; set; }

        /// <summary><c>spec.serviceName</c>: the headless Service that gives each Pod its DNS name (<c>&lt;pod&gt;.&lt;service&gt;</c>).</summary>
        public string? ServiceName { get; set; }

        /// <summary><c>spec.podManagementPolicy</c> (default <see cref="ProbeGen.PodManagementPolicy.OrderedReady"/>).</summary>
        public PodManagementPolicy PodManagementPolicy { get; set; }

        /// <summary><c>spec.minReadySeconds</c> (default 0), not negative.</summary>
        public int MinReadySeconds { get; set; }

        /// <summary><c>spec.revisionHistoryLimit</c> (default 10).</summary>
        public int RevisionHistoryLimit { get; set; }
    }

    /// <summary>
    /// Makes this <c>partial</c> class an <c>apps/v1 DaemonSet</c>: one Pod on every (matching) node. The pod-level and
    /// container attributes go into its pod template; <c>selector.matchLabels</c> and the template labels are the class's
    /// <see cref="LabelAttribute"/>s, or <c>app: &lt;name&gt;</c> when it has none.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class DaemonSetAttribute : Attribute
    {
        /// <summary>Declares a DaemonSet.</summary>
        /// <param name="name">The DaemonSet's <c>metadata.name</c>: a lowercase RFC 1123 subdomain.</param>
        public DaemonSetAttribute(string name) => Name = name;

        /// <summary>The DaemonSet's <c>metadata.name</c>.</summary>
        public string Name { get; }

        /// <summary><c>metadata.namespace</c>, a lowercase RFC 1123 label.</summary>
        public string? Namespace { get; set; }

        /// <summary>
        /// <c>metadata.generateName</c>: a prefix from which the API server makes a unique name (prefix + 5 random characters) when
        /// the name is empty. Works with <c>kubectl create</c>, not <c>kubectl apply</c>.
        /// </summary>
        public string? GenerateName { get; set; }

        /// <summary>
        /// <c>false</c> would leave the pod template without labels; a DaemonSet's selector must select them, so it is an
        /// error here (PG0021): it exists so that a manifest without template labels imports as it is. Default <c>true</c>.
        /// </summary>
        public bool LabelPods { get; set; } = true;

        /// <summary><c>spec.minReadySeconds</c> (default 0), not negative.</summary>
        public int MinReadySeconds { get; set; }

        /// <summary><c>spec.revisionHistoryLimit</c> (default 10), not negative.</summary>
        public int RevisionHistoryLimit { get; set; }
    }
}

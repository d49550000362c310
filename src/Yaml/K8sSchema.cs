using System.Collections.Generic;

namespace ProbeGen.Yaml
{
    /// <summary>
    /// The Kubernetes fields of each object the YAML front-end reads (k8s.io/api, JSON names): those the model
    /// carries and those it does not. A key in neither list is not a Kubernetes field at all (kubectl's strict
    /// validation rejects it as an unknown field). The tests hold these lists against KubernetesClient's models.
    /// </summary>
    internal sealed class KObject
    {
        public KObject(string typeName, string[] modeled, string[] notModeled)
        {
            TypeName = typeName;
            Modeled = new HashSet<string>(modeled, System.StringComparer.Ordinal);
            NotModeled = new HashSet<string>(notModeled, System.StringComparer.Ordinal);
        }

        /// <summary>The Kubernetes type (<c>Probe</c>, <c>Container</c> …), as named in k8s.io/api.</summary>
        public string TypeName { get; }
        public HashSet<string> Modeled { get; }
        public HashSet<string> NotModeled { get; }

        public bool Knows(string field) => Modeled.Contains(field) || NotModeled.Contains(field);
    }

    internal static class K8sSchema
    {
        public static readonly KObject Pod = new("Pod",
            new[] { "apiVersion", "kind", "metadata", "spec" },
            new[] { "status" });

        public static readonly KObject Deployment = new("Deployment",
            new[] { "apiVersion", "kind", "metadata", "spec" },
            new[] { "status" });

        public static readonly KObject Job = new("Job",
            new[] { "apiVersion", "kind", "metadata", "spec" },
            new[] { "status" });

        public static readonly KObject CronJob = new("CronJob",
            new[] { "apiVersion", "kind", "metadata", "spec" },
            new[] { "status" });

        public static readonly KObject ObjectMeta = new("ObjectMeta",
            new[] { "name", "namespace", "labels", "annotations" },
            new[]
            {
                "generateName", "selfLink", "uid", "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp",
                "deletionGracePeriodSeconds", "ownerReferences", "finalizers", "managedFields",
            });

        public static readonly KObject PodSpec = new("PodSpec",
            new[] { "restartPolicy", "terminationGracePeriodSeconds", "serviceAccountName", "nodeSelector", "initContainers", "containers" },
            new[]
            {
                "activeDeadlineSeconds", "affinity", "automountServiceAccountToken", "dnsConfig", "dnsPolicy", "enableServiceLinks",
                "ephemeralContainers", "hostAliases", "hostIPC", "hostNetwork", "hostPID", "hostUsers", "hostname", "hostnameOverride",
                "imagePullSecrets", "nodeName", "os", "overhead", "preemptionPolicy", "priority", "priorityClassName", "readinessGates",
                "resourceClaims", "resources", "runtimeClassName", "schedulerName", "schedulingGates", "securityContext",
                "serviceAccount", "setHostnameAsFQDN", "shareProcessNamespace", "subdomain", "tolerations",
                "topologySpreadConstraints", "volumes", "evictionResponders", "schedulingGroup",
            });

        public static readonly KObject Container = new("Container",
            new[]
            {
                "name", "image", "command", "args", "workingDir", "imagePullPolicy", "restartPolicy", "ports", "env", "resources",
                "livenessProbe", "readinessProbe", "startupProbe",
            },
            new[]
            {
                "envFrom", "lifecycle", "resizePolicy", "restartPolicyRules", "securityContext", "stdin", "stdinOnce",
                "terminationMessagePath", "terminationMessagePolicy", "tty", "volumeDevices", "volumeMounts",
            });

        public static readonly KObject ContainerPort = new("ContainerPort",
            new[] { "containerPort", "name", "protocol", "hostPort" },
            new[] { "hostIP" });

        public static readonly KObject EnvVar = new("EnvVar",
            new[] { "name", "value", "valueFrom" },
            new string[0]);

        public static readonly KObject EnvVarSource = new("EnvVarSource",
            new[] { "configMapKeyRef", "secretKeyRef", "fieldRef" },
            new[] { "resourceFieldRef", "fileKeyRef" });

        public static readonly KObject KeySelector = new("ConfigMapKeySelector",
            new[] { "name", "key" },
            new[] { "optional" });

        public static readonly KObject ObjectFieldSelector = new("ObjectFieldSelector",
            new[] { "fieldPath" },
            new[] { "apiVersion" });

        public static readonly KObject ResourceRequirements = new("ResourceRequirements",
            new[] { "limits", "requests" },
            new[] { "claims" });

        public static readonly KObject Probe = new("Probe",
            new[]
            {
                "exec", "httpGet", "tcpSocket", "grpc", "initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold",
                "failureThreshold", "terminationGracePeriodSeconds",
            },
            new string[0]);

        public static readonly KObject ExecAction = new("ExecAction", new[] { "command" }, new string[0]);

        public static readonly KObject HttpGetAction = new("HTTPGetAction",
            new[] { "path", "port", "host", "scheme", "httpHeaders" },
            new[] { "protocol" });

        public static readonly KObject HttpHeader = new("HTTPHeader", new[] { "name", "value" }, new string[0]);

        public static readonly KObject TcpSocketAction = new("TCPSocketAction", new[] { "port", "host" }, new string[0]);

        public static readonly KObject GrpcAction = new("GRPCAction", new[] { "port", "service" }, new[] { "mode" });

        public static readonly KObject DeploymentSpec = new("DeploymentSpec",
            new[] { "replicas", "minReadySeconds", "revisionHistoryLimit", "progressDeadlineSeconds", "selector", "template" },
            new[] { "paused", "strategy" });

        public static readonly KObject LabelSelector = new("LabelSelector", new[] { "matchLabels" }, new[] { "matchExpressions" });

        public static readonly KObject PodTemplateSpec = new("PodTemplateSpec", new[] { "metadata", "spec" }, new string[0]);

        /// <summary>A pod template's metadata: ProbeGen writes only its labels (the workload's).</summary>
        public static readonly KObject TemplateMeta = new("ObjectMeta",
            new[] { "labels" },
            new[]
            {
                "name", "namespace", "annotations", "generateName", "selfLink", "uid", "resourceVersion", "generation",
                "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "ownerReferences", "finalizers", "managedFields",
            });

        public static readonly KObject JobSpec = new("JobSpec",
            new[] { "backoffLimit", "completions", "parallelism", "activeDeadlineSeconds", "ttlSecondsAfterFinished", "template" },
            new[]
            {
                "backoffLimitPerIndex", "completionMode", "managedBy", "manualSelector", "maxFailedIndexes", "podFailurePolicy",
                "podReplacementPolicy", "selector", "successPolicy", "suspend", "scheduling",
            });

        public static readonly KObject CronJobSpec = new("CronJobSpec",
            new[]
            {
                "schedule", "timeZone", "concurrencyPolicy", "startingDeadlineSeconds", "successfulJobsHistoryLimit",
                "failedJobsHistoryLimit", "suspend", "jobTemplate",
            },
            new string[0]);

        public static readonly KObject JobTemplateSpec = new("JobTemplateSpec", new[] { "spec" }, new[] { "metadata" });

        /// <summary>Every object, for the schema test.</summary>
        public static IReadOnlyList<KObject> All { get; } = new[]
        {
            Pod, Deployment, Job, CronJob, ObjectMeta, PodSpec, Container, ContainerPort, EnvVar, EnvVarSource, KeySelector,
            ObjectFieldSelector, ResourceRequirements, Probe, ExecAction, HttpGetAction, HttpHeader, TcpSocketAction, GrpcAction,
            DeploymentSpec, LabelSelector, PodTemplateSpec, TemplateMeta, JobSpec, CronJobSpec, JobTemplateSpec,
        };
    }
}

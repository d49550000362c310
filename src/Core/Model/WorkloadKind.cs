namespace ProbeGen.Core.Model
{
    public enum WorkloadKind
    {
        Pod,
        Deployment,
        Job,
        CronJob,
    }

    public static class WorkloadKinds
    {
        public static string ApiVersion(this WorkloadKind kind) => kind switch
        {
            WorkloadKind.Pod => "v1",
            WorkloadKind.Deployment => "apps/v1",
            _ => "batch/v1",
        };

        /// <summary>The Kubernetes <c>kind</c> string.</summary>
        public static string KindName(this WorkloadKind kind) => kind switch
        {
            WorkloadKind.Pod => "Pod",
            WorkloadKind.Deployment => "Deployment",
            WorkloadKind.Job => "Job",
            _ => "CronJob",
        };

        /// <summary>The kind as it appears in manifest file names: <c>pod</c>, <c>deployment</c>, <c>job</c>, <c>cronjob</c>.</summary>
        public static string FileSuffix(this WorkloadKind kind) => kind switch
        {
            WorkloadKind.Pod => "pod",
            WorkloadKind.Deployment => "deployment",
            WorkloadKind.Job => "job",
            _ => "cronjob",
        };

        /// <summary>The field path of the pod spec inside the object (<c>spec</c>, <c>spec.template.spec</c> …).</summary>
        public static string PodSpecPath(this WorkloadKind kind) => kind switch
        {
            WorkloadKind.Pod => "spec",
            WorkloadKind.CronJob => "spec.jobTemplate.spec.template.spec",
            _ => "spec.template.spec",
        };
    }
}

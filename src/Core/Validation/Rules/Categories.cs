namespace ProbeGen.Core.Validation.Rules
{
    internal static class Categories
    {
        public const string Metadata = "Kubernetes.Metadata";
        public const string Containers = "Kubernetes.Containers";
        public const string Ports = "Kubernetes.Ports";
        public const string Probes = "Kubernetes.Probes";
        public const string Workloads = "Kubernetes.Workloads";
        public const string Resources = "Kubernetes.Resources";
        public const string Lifecycle = "Kubernetes.Lifecycle";
        public const string Volumes = "Kubernetes.Volumes";
        public const string Restart = "ProbeGen.RestartSemantics";
        public const string BestPractice = "ProbeGen.ProbeBestPractice";
    }
}

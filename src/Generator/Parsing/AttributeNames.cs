namespace ProbeGen.Generator.Parsing
{
    /// <summary>The attributes ProbeGen reads, by metadata name (namespace <c>ProbeGen</c>).</summary>
    internal static class AttributeNames
    {
        public const string Namespace = "ProbeGen";

        public const string Pod = "ProbeGen.PodAttribute";
        public const string Deployment = "ProbeGen.DeploymentAttribute";
        public const string Job = "ProbeGen.JobAttribute";
        public const string CronJob = "ProbeGen.CronJobAttribute";

        /// <summary>The ProbeGen attribute's simple class name, or null when the attribute is not one of ours.</summary>
        public static string? OwnName(Microsoft.CodeAnalysis.AttributeData attribute)
        {
            var cls = attribute.AttributeClass;
            if (cls is null || cls.ContainingType is not null) return null;
            var ns = cls.ContainingNamespace;
            if (ns is null || ns.Name != Namespace || ns.ContainingNamespace is not { IsGlobalNamespace: true }) return null;
            return cls.Name;
        }

        public static bool IsWorkload(string? name) => ProbeGen.Core.Model.WorkloadKinds.FromAttributeName(name) is not null;

        public static bool IsContainer(string? name) => name is "ContainerAttribute" or "InitContainerAttribute";

        /// <summary>Attributes that describe the container declared on the same class.</summary>
        public static bool IsContainerPart(string? name) =>
            name is "ContainerPortAttribute" or "EnvAttribute" or "EnvSecretKeyAttribute" or "EnvConfigMapKeyAttribute"
                or "EnvFromSecretAttribute" or "EnvFromConfigMapAttribute"
                or "EnvFromFieldAttribute" or "ResourcesAttribute" or "ResourceRequestAttribute" or "ResourceLimitAttribute" or "LivenessProbeAttribute" or "ReadinessProbeAttribute"
                or "StartupProbeAttribute"
            || Core.Schema.LoweredAttributes.Find(name)?.Scope == Core.Schema.LoweredScope.Container;

        /// <summary>Attributes that describe the pod and belong on the workload class.</summary>
        public static bool IsPodPart(string? name) =>
            name is "RestartPolicyAttribute" or "LabelAttribute" or "AnnotationAttribute" or "TerminationGracePeriodAttribute"
                or "ServiceAccountAttribute" or "NodeSelectorAttribute" or "PodLabelAttribute" or "PodAnnotationAttribute" or "SelectorLabelAttribute" or "VolumeItemAttribute"
            || Core.Schema.LoweredAttributes.Find(name)?.Scope is Core.Schema.LoweredScope.PodSpec or Core.Schema.LoweredScope.Workload;
    }
}

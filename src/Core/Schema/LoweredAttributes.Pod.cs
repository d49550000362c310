using System.Collections.Generic;

namespace ProbeGen.Core.Schema
{
    /// <summary>[PodSpec] (the pod spec's own scalars), [ImagePullSecret] and [Toleration] (list items), [DeploymentStrategy] (the workload's spec): property → field, once.</summary>
    public static partial class LoweredAttributes
    {
        public static readonly LoweredAttribute PodSpec = new LoweredAttribute("PodSpecAttribute", LoweredScope.PodSpec, "", false, new[]
        {
            Lowered.Property("HostNetwork", PodSpecSchema.HostNetwork),
            Lowered.Property("HostPID", PodSpecSchema.HostPID),
            Lowered.Property("HostIPC", PodSpecSchema.HostIPC),
            Lowered.Property("DnsPolicy", PodSpecSchema.DnsPolicy),
            Lowered.Property("PriorityClassName", PodSpecSchema.PriorityClassName),
            Lowered.Property("PreemptionPolicy", PodSpecSchema.PreemptionPolicy),
            Lowered.Property("AutomountServiceAccountToken", PodSpecSchema.AutomountServiceAccountToken),
            Lowered.Property("EnableServiceLinks", PodSpecSchema.EnableServiceLinks),
            Lowered.Property("ShareProcessNamespace", PodSpecSchema.ShareProcessNamespace),
            Lowered.Property("SchedulerName", PodSpecSchema.SchedulerName),
            Lowered.Property("RuntimeClassName", PodSpecSchema.RuntimeClassName),
            Lowered.Property("Hostname", PodSpecSchema.Hostname),
            Lowered.Property("Subdomain", PodSpecSchema.Subdomain),
            Lowered.Property("SetHostnameAsFQDN", PodSpecSchema.SetHostnameAsFQDN),
        });

        public static readonly LoweredAttribute ImagePullSecret = new LoweredAttribute("ImagePullSecretAttribute", LoweredScope.PodSpec, Lowered.PathOf(PodSpecSchema.ImagePullSecrets), true, new[]
        {
            Lowered.Ctor(0, "name", LocalObjectReferenceSchema.Name),
        });

        public static readonly LoweredAttribute Toleration = new LoweredAttribute("TolerationAttribute", LoweredScope.PodSpec, Lowered.PathOf(PodSpecSchema.Tolerations), true, new[]
        {
            Lowered.Property("Key", TolerationSchema.Key),
            Lowered.Property("Operator", TolerationSchema.Operator),
            Lowered.Property("Value", TolerationSchema.Value),
            Lowered.Property("Effect", TolerationSchema.Effect),
            Lowered.Property("TolerationSeconds", TolerationSchema.TolerationSeconds),
        });

        public static readonly LoweredAttribute DeploymentStrategy = new LoweredAttribute("DeploymentStrategyAttribute", LoweredScope.Workload, Lowered.PathOf(DeploymentSchema.Spec, DeploymentSpecSchema.Strategy), false, new[]
        {
            Lowered.Property("Type", DeploymentStrategySchema.Type),
            Lowered.Property("MaxSurge", DeploymentStrategySchema.RollingUpdate, RollingUpdateDeploymentSchema.MaxSurge),
            Lowered.Property("MaxUnavailable", DeploymentStrategySchema.RollingUpdate, RollingUpdateDeploymentSchema.MaxUnavailable),
        });

        static partial void AddPod(List<LoweredAttribute> all)
        {
            all.Add(DeploymentStrategy);
            all.Add(PodSpec);
            all.Add(ImagePullSecret);
            all.Add(Toleration);
        }
    }
}

using System.Collections.Generic;

namespace ProbeGen.Core.Schema
{
    /// <summary>
    /// [PodSpec] (the pod spec's own scalars), [ImagePullSecret], [Toleration] and [TopologySpread] (list items),
    /// [DeploymentStrategy], [StatefulSetUpdateStrategy] and [DaemonSetUpdateStrategy] (the workload's spec, each on its one kind): property → field, once.
    /// </summary>
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

        // The three arguments the API server requires are the constructor's; labelSelector (a map and a list of
        // requirements) has no lowered form, so it stays [Set] on the same item (spec.topologySpreadConstraints[i].labelSelector…).
        public static readonly LoweredAttribute TopologySpread = new LoweredAttribute("TopologySpreadAttribute", LoweredScope.PodSpec, Lowered.PathOf(PodSpecSchema.TopologySpreadConstraints), true, new[]
        {
            Lowered.Ctor(0, "maxSkew", TopologySpreadConstraintSchema.MaxSkew),
            Lowered.Ctor(1, "topologyKey", TopologySpreadConstraintSchema.TopologyKey),
            Lowered.Ctor(2, "whenUnsatisfiable", TopologySpreadConstraintSchema.WhenUnsatisfiable),
            Lowered.Property("MinDomains", TopologySpreadConstraintSchema.MinDomains),
            Lowered.Property("NodeAffinityPolicy", TopologySpreadConstraintSchema.NodeAffinityPolicy),
            Lowered.Property("NodeTaintsPolicy", TopologySpreadConstraintSchema.NodeTaintsPolicy),
            Lowered.Property("MatchLabelKeys", TopologySpreadConstraintSchema.MatchLabelKeys),
        });

        public static readonly LoweredAttribute DeploymentStrategy = new LoweredAttribute("DeploymentStrategyAttribute", LoweredScope.Workload, Lowered.PathOf(DeploymentSchema.Spec, DeploymentSpecSchema.Strategy), false, new[]
        {
            Lowered.Property("Type", DeploymentStrategySchema.Type),
            Lowered.Property("MaxSurge", DeploymentStrategySchema.RollingUpdate, RollingUpdateDeploymentSchema.MaxSurge),
            Lowered.Property("MaxUnavailable", DeploymentStrategySchema.RollingUpdate, RollingUpdateDeploymentSchema.MaxUnavailable),
        }, kind: KindDescriptors.Deployment);

        public static readonly LoweredAttribute StatefulSetUpdateStrategy = new LoweredAttribute("StatefulSetUpdateStrategyAttribute", LoweredScope.Workload, Lowered.PathOf(StatefulSetSchema.Spec, StatefulSetSpecSchema.UpdateStrategy), false, new[]
        {
            Lowered.Property("Type", StatefulSetUpdateStrategySchema.Type),
            Lowered.Property("Partition", StatefulSetUpdateStrategySchema.RollingUpdate, RollingUpdateStatefulSetStrategySchema.Partition),
            Lowered.Property("MaxUnavailable", StatefulSetUpdateStrategySchema.RollingUpdate, RollingUpdateStatefulSetStrategySchema.MaxUnavailable),
        }, kind: KindDescriptors.StatefulSet);

        public static readonly LoweredAttribute DaemonSetUpdateStrategy = new LoweredAttribute("DaemonSetUpdateStrategyAttribute", LoweredScope.Workload, Lowered.PathOf(DaemonSetSchema.Spec, DaemonSetSpecSchema.UpdateStrategy), false, new[]
        {
            Lowered.Property("Type", DaemonSetUpdateStrategySchema.Type),
            Lowered.Property("MaxSurge", DaemonSetUpdateStrategySchema.RollingUpdate, RollingUpdateDaemonSetSchema.MaxSurge),
            Lowered.Property("MaxUnavailable", DaemonSetUpdateStrategySchema.RollingUpdate, RollingUpdateDaemonSetSchema.MaxUnavailable),
        }, kind: KindDescriptors.DaemonSet);

        static partial void AddPod(List<LoweredAttribute> all)
        {
            all.Add(DeploymentStrategy);
            all.Add(StatefulSetUpdateStrategy);
            all.Add(DaemonSetUpdateStrategy);
            all.Add(TopologySpread);
            all.Add(PodSpec);
            all.Add(ImagePullSecret);
            all.Add(Toleration);
        }
    }
}

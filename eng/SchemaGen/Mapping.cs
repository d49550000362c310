using ProbeGen.Core.Schema;

namespace ProbeGen.SchemaGen
{
    /// <summary>
    /// The hand-written half of the plumbing: which Kubernetes fields ProbeGen's model carries, and which attribute
    /// property writes each. C# compiled into the tool, so a misspelt property (<c>nameof</c>) or field (the generated
    /// descriptors) does not compile. A field is modeled iff a line here names it. Run the tool after an edit:
    /// <c>dotnet run --project eng/SchemaGen</c>.
    /// </summary>
    internal static class Mapping
    {
        public static MappingSpec Spec { get; } = new MappingSpec(
            new[]
            {
                // A model record whose fields the tool generates, in YAML emission order. Field: generated all the way
                // (record property, attribute reader, YAML writer and reader, import); Hand: a shape that needs judgement,
                // written in the hand-written partials (the record property and a Write/Read hook named after the field).
                // A modeledBy text is what PG0044 tells a [Set] on that field to use; the attribute blocks below give the rest.
                MappingSpec.Model("ContainerSpec", ContainerSchema.Descriptor,
                    MappingSpec.Field(ContainerSchema.Name, required: true),
                    MappingSpec.Field(ContainerSchema.Image, required: true),
                    MappingSpec.Field(ContainerSchema.Command),
                    MappingSpec.Field(ContainerSchema.Args),
                    MappingSpec.Field(ContainerSchema.WorkingDir),
                    MappingSpec.Hand(ContainerSchema.Ports, MappingSpec.By<ContainerPortAttribute>()),
                    MappingSpec.Hand(ContainerSchema.Env, MappingSpec.By<EnvAttribute>() + " (or " + MappingSpec.Named<EnvSecretKeyAttribute>() + "/"
                        + MappingSpec.Named<EnvConfigMapKeyAttribute>() + "/" + MappingSpec.Named<EnvFromFieldAttribute>() + ")"),
                    MappingSpec.Hand(ContainerSchema.Resources, MappingSpec.By<ResourcesAttribute>()),
                    MappingSpec.Hand(ContainerSchema.LivenessProbe, MappingSpec.By<LivenessProbeAttribute>()),
                    MappingSpec.Hand(ContainerSchema.ReadinessProbe, MappingSpec.By<ReadinessProbeAttribute>()),
                    MappingSpec.Hand(ContainerSchema.StartupProbe, MappingSpec.By<StartupProbeAttribute>()),
                    MappingSpec.Field(ContainerSchema.ImagePullPolicy),
                    MappingSpec.Field(ContainerSchema.RestartPolicy),
                    MappingSpec.Field(ContainerSchema.TerminationMessagePath),
                    MappingSpec.Field(ContainerSchema.TerminationMessagePolicy)),
                // A probe: the handlers (one flat set of attribute arguments shared by four shapes) by hand, the timings generated.
                MappingSpec.Extend("ProbeSpec", "Probe", ProbeSchema.Descriptor,
                    MappingSpec.Hand(ProbeSchema.Exec),
                    MappingSpec.Hand(ProbeSchema.HttpGet),
                    MappingSpec.Hand(ProbeSchema.TcpSocket),
                    MappingSpec.Hand(ProbeSchema.Grpc),
                    MappingSpec.Field(ProbeSchema.InitialDelaySeconds),
                    MappingSpec.Field(ProbeSchema.TimeoutSeconds),
                    MappingSpec.Field(ProbeSchema.PeriodSeconds),
                    MappingSpec.Field(ProbeSchema.SuccessThreshold),
                    MappingSpec.Field(ProbeSchema.FailureThreshold),
                    MappingSpec.Field(ProbeSchema.TerminationGracePeriodSeconds)),
                // A workload's metadata: fields of the hand-written positional WorkloadSpec (name, namespace, labels, annotations by hand).
                MappingSpec.Extend("WorkloadSpec", "Metadata", ObjectMetaSchema.Descriptor,
                    MappingSpec.Hand(ObjectMetaSchema.Name, "the workload attribute's name"),
                    MappingSpec.Field(ObjectMetaSchema.GenerateName, modeledBy: "the workload attribute's GenerateName"),
                    MappingSpec.Hand(ObjectMetaSchema.Namespace, "the workload attribute's Namespace"),
                    MappingSpec.Hand(ObjectMetaSchema.Labels, MappingSpec.By<LabelAttribute>("key, value")),
                    MappingSpec.Hand(ObjectMetaSchema.Annotations, MappingSpec.By<AnnotationAttribute>("key, value"))),
                // The pod spec: scalars first, then the node selector and the containers (hand-written hooks).
                MappingSpec.Body("PodSpec", PodSpecSchema.Descriptor,
                    MappingSpec.Field(PodSpecSchema.RestartPolicy),
                    MappingSpec.Field(PodSpecSchema.TerminationGracePeriodSeconds),
                    MappingSpec.Field(PodSpecSchema.ServiceAccountName),
                    MappingSpec.Hand(PodSpecSchema.NodeSelector, MappingSpec.By<NodeSelectorAttribute>("key, value")),
                    MappingSpec.Hand(PodSpecSchema.InitContainers, MappingSpec.By<InitContainerAttribute>("name, image") + " on a nested class"),
                    MappingSpec.Hand(PodSpecSchema.Containers, MappingSpec.By<ContainerAttribute>("name, image"))),
                // A controller spec's scalars, written first in its object; the selector and the pod template follow by hand.
                MappingSpec.Body("DeploymentSpec", DeploymentSpecSchema.Descriptor,
                    MappingSpec.Field(DeploymentSpecSchema.Replicas),
                    MappingSpec.Field(DeploymentSpecSchema.MinReadySeconds),
                    MappingSpec.Field(DeploymentSpecSchema.RevisionHistoryLimit),
                    MappingSpec.Field(DeploymentSpecSchema.ProgressDeadlineSeconds)),
                MappingSpec.Body("JobSpec", JobSpecSchema.Descriptor,
                    MappingSpec.Field(JobSpecSchema.BackoffLimit),
                    MappingSpec.Field(JobSpecSchema.Completions),
                    MappingSpec.Field(JobSpecSchema.Parallelism),
                    MappingSpec.Field(JobSpecSchema.ActiveDeadlineSeconds),
                    MappingSpec.Field(JobSpecSchema.TtlSecondsAfterFinished)),
                MappingSpec.Body("CronJobSpec", CronJobSpecSchema.Descriptor,
                    MappingSpec.Field(CronJobSpecSchema.Schedule, required: true),
                    MappingSpec.Field(CronJobSpecSchema.TimeZone),
                    MappingSpec.Field(CronJobSpecSchema.ConcurrencyPolicy),
                    MappingSpec.Field(CronJobSpecSchema.StartingDeadlineSeconds),
                    MappingSpec.Field(CronJobSpecSchema.SuccessfulJobsHistoryLimit),
                    MappingSpec.Field(CronJobSpecSchema.FailedJobsHistoryLimit),
                    MappingSpec.Field(CronJobSpecSchema.Suspend)),
                MappingSpec.Body("StatefulSetSpec", StatefulSetSpecSchema.Descriptor,
                    MappingSpec.Field(StatefulSetSpecSchema.Replicas),
                    MappingSpec.Field(StatefulSetSpecSchema.ServiceName),
                    MappingSpec.Field(StatefulSetSpecSchema.PodManagementPolicy),
                    MappingSpec.Field(StatefulSetSpecSchema.MinReadySeconds),
                    MappingSpec.Field(StatefulSetSpecSchema.RevisionHistoryLimit)),
                MappingSpec.Body("DaemonSetSpec", DaemonSetSpecSchema.Descriptor,
                    MappingSpec.Field(DaemonSetSpecSchema.MinReadySeconds),
                    MappingSpec.Field(DaemonSetSpecSchema.RevisionHistoryLimit)),
            },
            new[]
            {
                // Which attribute property writes which model field (the attribute readers and the import emitter).
                MappingSpec.Attribute<ContainerAttribute>("ContainerSpec",
                    MappingSpec.Ctor(0, ContainerSchema.Name, "The container name"),
                    MappingSpec.Ctor(1, ContainerSchema.Image, "The container image"),
                    MappingSpec.Map(nameof(ContainerAttribute.Command), ContainerSchema.Command),
                    MappingSpec.Map(nameof(ContainerAttribute.Args), ContainerSchema.Args),
                    MappingSpec.Map(nameof(ContainerAttribute.WorkingDir), ContainerSchema.WorkingDir),
                    MappingSpec.Map(nameof(ContainerAttribute.ImagePullPolicy), ContainerSchema.ImagePullPolicy),
                    MappingSpec.Map(nameof(ContainerAttribute.TerminationMessagePath), ContainerSchema.TerminationMessagePath),
                    MappingSpec.Map(nameof(ContainerAttribute.TerminationMessagePolicy), ContainerSchema.TerminationMessagePolicy)),
                MappingSpec.Attribute<InitContainerAttribute>("ContainerSpec",
                    MappingSpec.Ctor(0, ContainerSchema.Name, "The container name"),
                    MappingSpec.Ctor(1, ContainerSchema.Image, "The container image"),
                    MappingSpec.Map(nameof(InitContainerAttribute.Command), ContainerSchema.Command),
                    MappingSpec.Map(nameof(InitContainerAttribute.Args), ContainerSchema.Args),
                    MappingSpec.Map(nameof(InitContainerAttribute.WorkingDir), ContainerSchema.WorkingDir),
                    MappingSpec.Map(nameof(InitContainerAttribute.ImagePullPolicy), ContainerSchema.ImagePullPolicy),
                    // Only Always exists in C#; the import emitter's own message explains the other values.
                    MappingSpec.Map(nameof(InitContainerAttribute.RestartPolicy), ContainerSchema.RestartPolicy, importByHand: true),
                    MappingSpec.Map(nameof(InitContainerAttribute.TerminationMessagePath), ContainerSchema.TerminationMessagePath),
                    MappingSpec.Map(nameof(InitContainerAttribute.TerminationMessagePolicy), ContainerSchema.TerminationMessagePolicy)),
                // The three probe attributes' timings (declared once, on their base class).
                MappingSpec.Attribute<ProbeAttribute>("ProbeSpec",
                    MappingSpec.Map(nameof(ProbeAttribute.InitialDelaySeconds), ProbeSchema.InitialDelaySeconds),
                    MappingSpec.Map(nameof(ProbeAttribute.TimeoutSeconds), ProbeSchema.TimeoutSeconds),
                    MappingSpec.Map(nameof(ProbeAttribute.PeriodSeconds), ProbeSchema.PeriodSeconds),
                    MappingSpec.Map(nameof(ProbeAttribute.SuccessThreshold), ProbeSchema.SuccessThreshold),
                    MappingSpec.Map(nameof(ProbeAttribute.FailureThreshold), ProbeSchema.FailureThreshold),
                    MappingSpec.Map(nameof(ProbeAttribute.TerminationGracePeriodSeconds), ProbeSchema.TerminationGracePeriodSeconds)),
                // The workload attributes' metadata arguments (Name and Namespace are read by hand).
                MappingSpec.Attribute<PodAttribute>("WorkloadSpec", MappingSpec.Map(nameof(PodAttribute.GenerateName), ObjectMetaSchema.GenerateName)),
                MappingSpec.Attribute<DeploymentAttribute>("WorkloadSpec", MappingSpec.Map(nameof(DeploymentAttribute.GenerateName), ObjectMetaSchema.GenerateName)),
                MappingSpec.Attribute<JobAttribute>("WorkloadSpec", MappingSpec.Map(nameof(JobAttribute.GenerateName), ObjectMetaSchema.GenerateName)),
                MappingSpec.Attribute<CronJobAttribute>("WorkloadSpec", MappingSpec.Map(nameof(CronJobAttribute.GenerateName), ObjectMetaSchema.GenerateName)),
                MappingSpec.Attribute<StatefulSetAttribute>("WorkloadSpec", MappingSpec.Map(nameof(StatefulSetAttribute.GenerateName), ObjectMetaSchema.GenerateName)),
                MappingSpec.Attribute<DaemonSetAttribute>("WorkloadSpec", MappingSpec.Map(nameof(DaemonSetAttribute.GenerateName), ObjectMetaSchema.GenerateName)),
                MappingSpec.Attribute<DeploymentAttribute>("DeploymentSpec",
                    MappingSpec.Map(nameof(DeploymentAttribute.Replicas), DeploymentSpecSchema.Replicas),
                    MappingSpec.Map(nameof(DeploymentAttribute.MinReadySeconds), DeploymentSpecSchema.MinReadySeconds),
                    MappingSpec.Map(nameof(DeploymentAttribute.RevisionHistoryLimit), DeploymentSpecSchema.RevisionHistoryLimit),
                    MappingSpec.Map(nameof(DeploymentAttribute.ProgressDeadlineSeconds), DeploymentSpecSchema.ProgressDeadlineSeconds)),
                MappingSpec.Attribute<JobAttribute>("JobSpec",
                    MappingSpec.Map(nameof(JobAttribute.BackoffLimit), JobSpecSchema.BackoffLimit),
                    MappingSpec.Map(nameof(JobAttribute.Completions), JobSpecSchema.Completions),
                    MappingSpec.Map(nameof(JobAttribute.Parallelism), JobSpecSchema.Parallelism),
                    MappingSpec.Map(nameof(JobAttribute.ActiveDeadlineSeconds), JobSpecSchema.ActiveDeadlineSeconds),
                    MappingSpec.Map(nameof(JobAttribute.TtlSecondsAfterFinished), JobSpecSchema.TtlSecondsAfterFinished)),
                MappingSpec.Attribute<CronJobAttribute>("CronJobSpec",
                    // The import writes the schedule itself: it goes before Namespace, which no block maps yet.
                    MappingSpec.Ctor(1, CronJobSpecSchema.Schedule, "The CronJob schedule", importByHand: true),
                    MappingSpec.Map(nameof(CronJobAttribute.TimeZone), CronJobSpecSchema.TimeZone),
                    MappingSpec.Map(nameof(CronJobAttribute.ConcurrencyPolicy), CronJobSpecSchema.ConcurrencyPolicy),
                    MappingSpec.Map(nameof(CronJobAttribute.StartingDeadlineSeconds), CronJobSpecSchema.StartingDeadlineSeconds),
                    MappingSpec.Map(nameof(CronJobAttribute.SuccessfulJobsHistoryLimit), CronJobSpecSchema.SuccessfulJobsHistoryLimit),
                    MappingSpec.Map(nameof(CronJobAttribute.FailedJobsHistoryLimit), CronJobSpecSchema.FailedJobsHistoryLimit),
                    MappingSpec.Map(nameof(CronJobAttribute.Suspend), CronJobSpecSchema.Suspend)),
                MappingSpec.Attribute<StatefulSetAttribute>("StatefulSetSpec",
                    MappingSpec.Map(nameof(StatefulSetAttribute.Replicas), StatefulSetSpecSchema.Replicas),
                    MappingSpec.Map(nameof(StatefulSetAttribute.ServiceName), StatefulSetSpecSchema.ServiceName),
                    MappingSpec.Map(nameof(StatefulSetAttribute.PodManagementPolicy), StatefulSetSpecSchema.PodManagementPolicy),
                    MappingSpec.Map(nameof(StatefulSetAttribute.MinReadySeconds), StatefulSetSpecSchema.MinReadySeconds),
                    MappingSpec.Map(nameof(StatefulSetAttribute.RevisionHistoryLimit), StatefulSetSpecSchema.RevisionHistoryLimit)),
                MappingSpec.Attribute<DaemonSetAttribute>("DaemonSetSpec",
                    MappingSpec.Map(nameof(DaemonSetAttribute.MinReadySeconds), DaemonSetSpecSchema.MinReadySeconds),
                    MappingSpec.Map(nameof(DaemonSetAttribute.RevisionHistoryLimit), DaemonSetSpecSchema.RevisionHistoryLimit)),
                // The job template's fields, on [CronJob] too.
                MappingSpec.Attribute<CronJobAttribute>("JobSpec",
                    MappingSpec.Map(nameof(CronJobAttribute.BackoffLimit), JobSpecSchema.BackoffLimit),
                    MappingSpec.Map(nameof(CronJobAttribute.Completions), JobSpecSchema.Completions),
                    MappingSpec.Map(nameof(CronJobAttribute.Parallelism), JobSpecSchema.Parallelism),
                    MappingSpec.Map(nameof(CronJobAttribute.ActiveDeadlineSeconds), JobSpecSchema.ActiveDeadlineSeconds),
                    MappingSpec.Map(nameof(CronJobAttribute.TtlSecondsAfterFinished), JobSpecSchema.TtlSecondsAfterFinished)),
            },
            new[]
            {
                // Modeled by hand-written code (parsers, emitters, reader) that the tool does not generate yet.
                MappingSpec.Modeled(PodSchema.Descriptor, PodSchema.ApiVersion, PodSchema.Kind, PodSchema.Metadata, PodSchema.Spec),
                MappingSpec.Modeled(DeploymentSchema.Descriptor, DeploymentSchema.ApiVersion, DeploymentSchema.Kind, DeploymentSchema.Metadata, DeploymentSchema.Spec),
                MappingSpec.Modeled(JobSchema.Descriptor, JobSchema.ApiVersion, JobSchema.Kind, JobSchema.Metadata, JobSchema.Spec),
                MappingSpec.Modeled(CronJobSchema.Descriptor, CronJobSchema.ApiVersion, CronJobSchema.Kind, CronJobSchema.Metadata, CronJobSchema.Spec),
                MappingSpec.Modeled(StatefulSetSchema.Descriptor, StatefulSetSchema.ApiVersion, StatefulSetSchema.Kind, StatefulSetSchema.Metadata, StatefulSetSchema.Spec),
                MappingSpec.Modeled(DaemonSetSchema.Descriptor, DaemonSetSchema.ApiVersion, DaemonSetSchema.Kind, DaemonSetSchema.Metadata, DaemonSetSchema.Spec),
                MappingSpec.Modeled(ContainerPortSchema.Descriptor, ContainerPortSchema.ContainerPortField, ContainerPortSchema.Name, ContainerPortSchema.Protocol, ContainerPortSchema.HostPort),
                MappingSpec.Modeled(EnvVarSchema.Descriptor, EnvVarSchema.Name, EnvVarSchema.Value, EnvVarSchema.ValueFrom),
                MappingSpec.Modeled(EnvVarSourceSchema.Descriptor, EnvVarSourceSchema.ConfigMapKeyRef, EnvVarSourceSchema.SecretKeyRef, EnvVarSourceSchema.FieldRef),
                MappingSpec.Modeled(ConfigMapKeySelectorSchema.Descriptor, ConfigMapKeySelectorSchema.Name, ConfigMapKeySelectorSchema.Key),
                MappingSpec.Modeled(SecretKeySelectorSchema.Descriptor, SecretKeySelectorSchema.Name, SecretKeySelectorSchema.Key),
                MappingSpec.Modeled(ObjectFieldSelectorSchema.Descriptor, ObjectFieldSelectorSchema.FieldPath),
                MappingSpec.Modeled(ResourceRequirementsSchema.Descriptor, ResourceRequirementsSchema.Limits, ResourceRequirementsSchema.Requests),
                MappingSpec.Modeled(ExecActionSchema.Descriptor, ExecActionSchema.Command),
                MappingSpec.Modeled(HTTPGetActionSchema.Descriptor, HTTPGetActionSchema.Path, HTTPGetActionSchema.Port, HTTPGetActionSchema.Host, HTTPGetActionSchema.Scheme, HTTPGetActionSchema.HttpHeaders),
                MappingSpec.Modeled(HTTPHeaderSchema.Descriptor, HTTPHeaderSchema.Name, HTTPHeaderSchema.Value),
                MappingSpec.Modeled(TCPSocketActionSchema.Descriptor, TCPSocketActionSchema.Port, TCPSocketActionSchema.Host),
                MappingSpec.Modeled(GRPCActionSchema.Descriptor, GRPCActionSchema.Port, GRPCActionSchema.Service),
                MappingSpec.Modeled(DeploymentSpecSchema.Descriptor, DeploymentSpecSchema.Selector, DeploymentSpecSchema.Template),
                MappingSpec.Modeled(StatefulSetSpecSchema.Descriptor, StatefulSetSpecSchema.Selector, StatefulSetSpecSchema.Template),
                MappingSpec.Modeled(DaemonSetSpecSchema.Descriptor, DaemonSetSpecSchema.Selector, DaemonSetSpecSchema.Template),
                MappingSpec.Modeled(LabelSelectorSchema.Descriptor, LabelSelectorSchema.MatchLabels),
                MappingSpec.Modeled(PodTemplateSpecSchema.Descriptor, PodTemplateSpecSchema.Metadata, PodTemplateSpecSchema.Spec),
                MappingSpec.Modeled(JobSpecSchema.Descriptor, JobSpecSchema.Template),
                MappingSpec.Modeled(CronJobSpecSchema.Descriptor, CronJobSpecSchema.JobTemplate),
                MappingSpec.Modeled(JobTemplateSpecSchema.Descriptor, JobTemplateSpecSchema.Spec),
                // A pod template's metadata (view TemplateMeta in schema.txt): its labels ([PodLabel]) and annotations ([PodAnnotation]).
                MappingSpec.Modeled(TemplateMetaSchema.Descriptor, TemplateMetaSchema.Labels, TemplateMetaSchema.Annotations),
                // A Job's selector ([SelectorLabel]; with manualSelector through [Set]).
                MappingSpec.Modeled(JobSpecSchema.Descriptor, JobSpecSchema.Selector),
            },
            parts: new[]
            {
                // Pod-level attributes that set one pod-spec field each with their constructor argument (the last string is what messages call it).
                MappingSpec.Part<RestartPolicyAttribute>("PodSpec", 0, PodSpecSchema.RestartPolicy, "[RestartPolicy]"),
                MappingSpec.Part<TerminationGracePeriodAttribute>("PodSpec", 0, PodSpecSchema.TerminationGracePeriodSeconds, "[TerminationGracePeriod] seconds"),
                MappingSpec.Part<ServiceAccountAttribute>("PodSpec", 0, PodSpecSchema.ServiceAccountName, "[ServiceAccount] name"),
            });
    }
}

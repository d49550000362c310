using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// ValidatePodTemplateSpecForReplicaSet (and the StatefulSet and DaemonSet checks): a controller's pod template sets
    /// no activeDeadlineSeconds — a Pod that is killed after a deadline would be replaced forever. Jobs may set it.
    /// </summary>
    public sealed class TemplateActiveDeadlineForbidden : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1415", "A controller's pod template has no activeDeadlineSeconds", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            // The kind as the message names it: a Deployment's template is validated as its ReplicaSet's.
            string? owner = workload.Kind switch
            {
                WorkloadKind.Deployment => "ReplicaSet",
                WorkloadKind.StatefulSet => "StatefulSet",
                WorkloadKind.DaemonSet => "DaemonSet",
                _ => null,
            };
            if (owner is null) return;
            var pod = SettingsView.PodSpec(workload);
            if (pod.Leaf("activeDeadlineSeconds") is not null)
            {
                sink.Forbidden(Rule, pod.PathOf("activeDeadlineSeconds"), "activeDeadlineSeconds in " + owner + " is not Supported");
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// ValidatePodTemplateSpec: a controller's pod template labels are validated like metadata labels, at
    /// <c>spec.template.labels</c> (no <c>metadata</c> in the API server's path). ProbeGen writes the <c>[PodLabel]</c>s there,
    /// else the workload's labels (a Deployment without labels gets <c>app: &lt;name&gt;</c>, so a name over 63 characters is caught here).
    /// The source path is the manifest's real one, <c>spec.template.metadata.labels[key]</c>.
    /// </summary>
    public sealed class PodTemplateLabels : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1016", "Pod template labels are valid labels", RuleSeverity.Error, Categories.Metadata);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            if (!workload.Kind.HasPodTemplate()) return;
            var labels = PodTemplates.EffectivePodLabels(workload);
            string template = workload.Kind.PodTemplatePath();
            LabelKey.CheckKeys(Rule, labels, template + ".labels", template + ".metadata.labels", sink);
            LabelValue.CheckValues(Rule, labels, template + ".labels", template + ".metadata.labels", sink);
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>
    /// ValidatePodSpec → ValidateLabels(spec.NodeSelector): node selector keys are qualified names and values are
    /// label values, reported at the map (<c>spec.nodeSelector</c>) as the API server does; the key is the source path.
    /// </summary>
    public sealed class NodeSelector : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1407", "Node selector keys and values are valid labels", RuleSeverity.Error, Categories.Workloads);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            string path = workload.Kind.PodSpecPath() + ".nodeSelector";
            LabelKey.CheckKeys(Rule, workload.Pod.NodeSelector, path, path, sink);
            LabelValue.CheckValues(Rule, workload.Pod.NodeSelector, path, path, sink);
        }
    }
}

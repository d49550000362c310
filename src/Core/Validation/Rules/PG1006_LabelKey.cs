using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateLabels → ValidateLabelName: every label key is a qualified name. The API server reports at the map; the key is the source path.</summary>
    public sealed class LabelKey : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1006", "A label key is a qualified name", RuleSeverity.Error, Categories.Metadata);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => CheckKeys(Rule, workload.Labels, "metadata.labels", "metadata.labels", sink);

        /// <summary>Shared with the pod template's labels (PG1016).</summary>
        internal static void CheckKeys(RuleDescriptor rule, EquatableArray<KeyValue> labels, string path, string sourceMap, FindingSink sink)
        {
            foreach (var label in labels)
            {
                foreach (var error in K8sFormats.QualifiedName(label.Key))
                {
                    sink.Report(rule, path, path + ": Invalid value: " + K8sText.Quote(label.Key) + ": " + error, sourceMap + "[" + label.Key + "]");
                }
            }
        }
    }
}

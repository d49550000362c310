using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateLabels → IsValidLabelValue: empty, or at most 63 characters of [-A-Za-z0-9_.] starting and ending alphanumeric.</summary>
    public sealed class LabelValue : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1007", "A label value is at most 63 characters of letters, digits, '-', '_' and '.'", RuleSeverity.Error, Categories.Metadata);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink) => CheckValues(Rule, workload.Labels, "metadata.labels", "metadata.labels", sink);

        /// <summary>Shared with the pod template's labels (PG1016).</summary>
        internal static void CheckValues(RuleDescriptor rule, EquatableArray<KeyValue> labels, string path, string sourceMap, FindingSink sink)
        {
            foreach (var label in labels)
            {
                foreach (var error in K8sFormats.LabelValue(label.Value))
                {
                    sink.Report(rule, path, path + ": Invalid value: " + K8sText.Quote(label.Value) + ": " + error, sourceMap + "[" + label.Key + "].value");
                }
            }
        }
    }
}

using ProbeGen.Core.Model;

namespace ProbeGen.Core.Validation.Rules
{
    /// <summary>ValidateAnnotations: every annotation key, lower-cased, is a qualified name.</summary>
    public sealed class AnnotationKey : IWorkloadRule
    {
        public static readonly RuleDescriptor Rule = new("PG1008", "An annotation key is a qualified name", RuleSeverity.Error, Categories.Metadata);

        public RuleDescriptor Descriptor => Rule;

        public void Check(WorkloadSpec workload, FindingSink sink)
        {
            const string path = "metadata.annotations";
            foreach (var annotation in workload.Annotations)
            {
                foreach (var error in K8sFormats.QualifiedName(annotation.Key.ToLowerInvariant()))
                {
                    sink.Report(Rule, path, path + ": Invalid value: " + K8sText.Quote(annotation.Key) + ": " + error, path + "[" + annotation.Key + "]");
                }
            }
        }
    }
}
